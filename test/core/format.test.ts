import { afterEach, describe, expect, it } from 'vitest';
import { formatBytes, formatMoney, formatNumber, formatPercent, formatUnit } from '../../src/core/format.js';
import { formatList, regionName } from '../../src/core/format-names.js';
import { formatDay, formatDecimal } from '../../src/core/format-plain.js';
import { spyOnIntlFormatters } from '../elements/intl-spy.js';

const locales = [
  'en',
  'en-US',
  'en-GB',
  'en-IN',
  'zh',
  'zh-CN',
  'zh-Hant-TW',
  'ja',
  'ko',
  'de',
  'fr',
  'ar-EG',
  'hi-IN',
  'es',
  'en-u-nu-arab',
];
const counts = [0, 1, 7, 42, 999, 1000, 1234, 5000, 12_345, 99_999, 100_000, 123_456, 1_234_567, -3, 2.5];
const fractions = [0, 0.004, 0.005, 0.125, 0.285, 0.455, 0.5, 0.999, 1, 0.333333, 12.5, -0.2];

describe('format', () => {
  const real = Intl.NumberFormat;
  afterEach(() => {
    Intl.NumberFormat = real;
  });

  it('writes counts exactly as Intl does, in every locale', () => {
    for (const locale of locales)
      for (const n of counts) expect(formatNumber(n, locale), `${n} in ${locale}`).toBe(new Intl.NumberFormat(locale).format(n));
  });

  it('writes percentages exactly as Intl does, in every locale', () => {
    for (const locale of locales)
      for (const f of fractions)
        expect(formatPercent(f, locale), `${f} in ${locale}`).toBe(
          new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(f),
        );
  });

  it('writes file sizes and durations exactly as Intl does', () => {
    const values = [0, 0.04, 0.05, 1, 2.25, 2.35, 9.95, 10, 59.5, 60, 999.96, 1234.5, 99_999, 100_000];
    for (const locale of [...locales, 'zh-Hans-CN', 'en-CA'])
      for (const unit of ['byte', 'kilobyte', 'megabyte', 'second', 'minute', 'centimeter'])
        for (const digits of [0, 1])
          for (const v of values)
            expect(formatUnit(v, unit, locale, digits), `${v} ${unit} in ${locale}, ${digits} digits`).toBe(
              new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: digits }).format(v),
            );
  });

  it('writes decimals (a review average) exactly as Intl does, in every locale', () => {
    const values = [0, 0.05, 0.95, 1, 2.25, 2.35, 3.333333, 4.05, 4.15, 4.25, 4.95, 4.999, 9.95, 1234.56, 99_999.96, 100_000.5, -1.25];
    for (const locale of locales)
      for (const digits of [0, 1, 2])
        for (const v of values)
          expect(formatDecimal(v, locale, digits), `${v} in ${locale}, ${digits} digits`).toBe(
            new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v),
          );
  });

  it('writes amounts of money exactly as Intl does', () => {
    const amounts = [0, 0.5, 4.95, 4.995, 12, 1234.5, 99_999.99, 99_999.995, 250_000, -3];
    for (const locale of [...locales, 'zh-Hans-CN'])
      for (const currency of ['EUR', 'USD', 'GBP', 'CNY', 'JPY', 'CAD', 'AUD', 'CHF', 'KRW', 'eur'])
        for (const a of amounts)
          expect(formatMoney(a, currency, locale), `${a} ${currency} in ${locale}`).toBe(
            new Intl.NumberFormat(locale, { style: 'currency', currency }).format(a),
          );
  });

  it('writes long and medium dates exactly as Intl does, in the browser zone', () => {
    const instants: Date[] = [];
    for (let month = 0; month < 12; month++)
      for (const [day, hour] of [
        [1, 0],
        [9, 12],
        [28, 23],
      ] as const)
        instants.push(new Date(Date.UTC(2026, month, day, hour, 30)));
    instants.push(new Date('1999-12-31T23:59:59Z'), new Date('2024-02-29T00:00:00Z'));
    for (const locale of ['en', 'en-US', 'EN', 'zh', 'zh-CN', 'zh-Hans', 'zh-Hans-CN', 'en-GB', 'de', 'ja'])
      for (const dateStyle of ['long', 'medium'] as const)
        for (const d of instants) {
          const intl = new Intl.DateTimeFormat(locale, { dateStyle }).format(d);
          expect(formatDay(d, locale, dateStyle), `${d.toISOString()} ${locale} ${dateStyle}`).toBe(intl);
          expect(formatDay(d.toISOString(), locale, dateStyle)).toBe(intl);
        }
    // A plain day stays that calendar day; the default style is long.
    expect(formatDay('2026-03-01', 'en')).toBe('March 1, 2026');
    expect(formatDay('2026-03-01', 'zh-CN')).toBe('2026年3月1日');
    expect(formatDay('2026-03-01', 'de')).toBe('1. März 2026');
  });

  it('needs no Intl for a review average, a date or a fee in English or Chinese', () => {
    const realDates = Intl.DateTimeFormat;
    let made = 0;
    const count = <T extends object>(target: T) =>
      new Proxy(target, { construct: (t, args: unknown[]) => (made++, Reflect.construct(t as never, args) as object) });
    Intl.NumberFormat = count(real);
    Intl.DateTimeFormat = count(realDates);
    try {
      expect(formatDecimal(4.25, 'en', 1)).toBe('4.3');
      expect(formatDecimal(4, 'zh-CN', 1)).toBe('4.0');
      expect(formatDay('2026-10-30T09:00:00Z', 'en')).toBe('October 30, 2026');
      expect(formatDay('2026-10-30', 'zh-CN', 'medium')).toBe('2026年10月30日');
      expect(formatMoney(4.95, 'EUR', 'en')).toBe('€4.95');
      expect(made).toBe(0);
      formatDay('2026-10-30', 'fr');
      expect(made).toBe(1);
    } finally {
      Intl.DateTimeFormat = realDates;
    }
  });

  it('needs no Intl.NumberFormat for a small count or percentage in English or Chinese (first renders stay short)', () => {
    let made = 0;
    Intl.NumberFormat = new Proxy(real, {
      construct(target, args: ConstructorParameters<typeof real>) {
        made++;
        return new target(...args);
      },
    });
    expect(formatNumber(5000, 'en')).toBe('5,000');
    expect(formatNumber(0, 'zh-CN')).toBe('0');
    expect(formatPercent(0.45, 'en-GB')).toBe('45%');
    expect(formatBytes(25 * 1024 * 1024, 'en')).toBe('25 MB');
    expect(formatUnit(60, 'second', 'zh-CN', 0)).toBe('60秒');
    expect(made).toBe(0);
    // Other options still go through Intl (a key no earlier test cached).
    formatNumber(4500, 'en', { notation: 'compact' });
    expect(made).toBe(1);
  });

  // Before any test that caches a list formatter.
  it('needs no Intl.ListFormat for a list in English or Chinese, and makes one formatter per other locale', () => {
    const { made, restore } = spyOnIntlFormatters();
    try {
      expect(formatList(['not worn', 'with tags'], 'en-US')).toBe('not worn and with tags');
      expect(formatList(['德国', '法国', '中国'], 'zh-CN')).toBe('德国、法国和中国');
      expect(made).toEqual([]);
      expect(formatList(['a', 'b', 'c'], 'pt-BR')).toBe('a, b e c');
      formatList(['a', 'b'], 'pt-BR');
      expect(made).toEqual(['ListFormat']);
    } finally {
      restore();
    }
  });

  it('joins lists exactly as Intl.ListFormat does, in every locale', () => {
    const lists = [[], ['Germany'], ['Germany', 'France'], ['Germany', 'France', 'China'], ['A', 'B', 'C', 'D', 'E']];
    for (const locale of locales) {
      const intl = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
      for (const items of lists) expect(formatList(items, locale), `${items.join('|')} in ${locale}`).toBe(intl.format(items));
    }
  });

  it('names regions from one cached Intl.DisplayNames per locale', () => {
    const { made, restore } = spyOnIntlFormatters();
    try {
      expect(['DE', 'FR', 'CN'].map((c) => regionName(c, 'it'))).toEqual(['Germania', 'Francia', 'Cina']);
      expect(made).toEqual(['DisplayNames']);
      expect(regionName('DE', 'zh-CN')).toBe('德国');
      expect(regionName('ZZZ', 'en')).toBe('ZZZ');
    } finally {
      restore();
    }
  });
});
