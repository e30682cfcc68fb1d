import { afterEach, describe, expect, it } from 'vitest';
import { formatBytes, formatNumber, formatPercent, formatUnit } from '../../src/core/format.js';

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
    // Options (decimals, currency) still go through Intl (a key no earlier test cached).
    formatNumber(4.5, 'en', { minimumFractionDigits: 1, maximumFractionDigits: 3 });
    expect(made).toBe(1);
  });
});
