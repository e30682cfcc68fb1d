/**
 * Intl formatting with cached formatters (creating them is the slow part: a page's first
 * `Intl.NumberFormat` or `DateTimeFormat` costs 135–160 ms at 4× CPU throttle, the ICU data it
 * loads). Whole counts, percentages and common fees in locales that write them `12,345` / `45%`
 * / `€4.95` skip Intl entirely, so first renders need none; format-plain.ts does decimals and
 * dates the same way for the reviews.
 */

const cache = new Map<string, object>();

/** The formatter under `key`, made once (format-names.ts keeps its own in the same cache). */
export function cached<T extends object>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

/**
 * Locales whose default (Latin digits, `,` every three digits, `%` right after) we write by hand.
 * Below 100,000 so Indian English lakh grouping (`1,00,000`) never differs; no `-u-` extensions
 * (a numbering system may be asked for there).
 */
const plainDigits = /^(en|zh|ja|ko)(-[a-z\d]{2,8})*$/i;
const isPlain = (value: number, locale: string): boolean =>
  Number.isInteger(value) && value >= 0 && value < 100_000 && plainDigits.test(locale) && !/-u-/i.test(locale);

const grouped = (whole: string) => whole.replace(/\B(?=(\d{3})+$)/g, ',');

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  if (isPlain(value, locale) && !Object.keys(options).length) return grouped(String(value));
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** `value` with `min`…`max` decimals as Intl writes it in a plain-digit locale; undefined where Intl must. */
export function plainDecimal(value: number, locale: string, min: number, max = Math.max(min, 3)): string | undefined {
  if (!(value >= 0 && value < 100_000) || !isPlain(0, locale) || !(min >= 0 && min <= max && max <= 6)) return undefined;
  // Half away from zero on the shortest decimal, as ICU rounds (9.95 → 10.0, not 9.9).
  const scale = 10 ** max;
  const [whole = '0', fraction = ''] = String(Math.round(Number((value * scale).toPrecision(15))) / scale).split('.');
  if (whole.length > 5) return undefined; // rounded up to 100,000 (Indian English groups it 1,00,000)
  const digits = fraction.padEnd(min, '0');
  return `${grouped(whole)}${digits ? `.${digits}` : ''}`;
}

/** Currency symbols as Intl writes them in our two catalogue languages (a fee in a first render). */
const symbols: Record<string, Record<string, string>> = {
  en: { EUR: '€', USD: '$', GBP: '£', CNY: 'CN¥', JPY: '¥', CAD: 'CA$', AUD: 'A$' },
  zh: { EUR: '€', USD: 'US$', GBP: '£', CNY: '¥', JPY: 'JP¥', CAD: 'CA$', AUD: 'AU$' },
};

export function formatMoney(amount: number, currency: string, locale: string): string {
  const code = currency.toUpperCase();
  const table = symbols[unitLanguage(locale)];
  const digits = code === 'JPY' ? 0 : 2;
  const text = table && Object.hasOwn(table, code) ? plainDecimal(amount, 'en', digits, digits) : undefined;
  return text === undefined ? formatNumber(amount, locale, { style: 'currency', currency }) : table![code] + text;
}

export function formatPercent(fraction: number, locale: string): string {
  // The rounding of `maximumFractionDigits: 0` (half away from zero) on the exact double, as Intl does.
  const whole = Math.round(Number((fraction * 100).toPrecision(15)));
  if (isPlain(whole, locale) && whole < 1000 && fraction >= 0) return `${whole}%`;
  return formatNumber(fraction, locale, { style: 'percent', maximumFractionDigits: 0 });
}

/** Short units as Intl writes them in our two catalogue languages (file sizes and durations in first renders). */
const shortUnits = new Map([
  [
    'en',
    new Map([
      ['byte', ' byte'],
      ['kilobyte', ' kB'],
      ['megabyte', ' MB'],
      ['second', ' sec'],
      ['minute', ' min'],
    ]),
  ],
  [
    'zh',
    new Map([
      ['byte', ' B'],
      ['kilobyte', ' kB'],
      ['megabyte', ' MB'],
      ['second', '秒'],
      ['minute', '分钟'],
    ]),
  ],
]);
export const unitLanguage = (locale: string): string =>
  /^en(-us)?$/i.test(locale) ? 'en' : /^zh(-cn|-hans(-cn)?)?$/i.test(locale) ? 'zh' : '';

/** `unit` is an Intl unit: `centimeter`, `inch`, `kilogram`, `pound`. */
export function formatUnit(value: number, unit: string, locale: string, maximumFractionDigits = 1): string {
  const suffix = shortUnits.get(unitLanguage(locale))?.get(unit);
  if (suffix && value >= 0 && value < 100_000) {
    // Half away from zero on the shortest decimal (as Intl rounds 9.95 to 10), not on the binary value.
    const scale = 10 ** maximumFractionDigits;
    const [whole, fraction] = String(Math.round(Number((value * scale).toPrecision(15))) / scale).split('.');
    return `${formatNumber(Number(whole), 'en')}${fraction ? `.${fraction}` : ''}${suffix}`;
  }
  return formatNumber(value, locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits });
}

/**
 * A file size as the shopper reads it: kB below 1 MB, never rounded to zero or up to the next
 * whole number (`500 kB`, `10.2 kB`, `2.5 MB`, `25 MB`): a stated limit is the limit checked.
 */
export function formatBytes(bytes: number, locale: string): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : bytes >= 1024 ? [bytes / 1024, 'kilobyte'] : [bytes, 'byte'];
  // Truncated to one decimal, so a limit of 10.25 MB reads 10.2 MB and never more than it is
  // (on the shortest decimal: 10.2 × 10 is 101.99999… in binary).
  return formatUnit(Math.trunc(Number((value * 10).toPrecision(15))) / 10, unit, locale, 1);
}

/** A date (ISO string or Date) as the shopper reads it; a plain `YYYY-MM-DD` stays that calendar day. */
export function formatDate(value: string | Date, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const plainDay = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = typeof value === 'string' ? new Date(plainDay ? `${value}T00:00:00Z` : value) : value;
  const opts = plainDay ? { ...options, timeZone: 'UTC' } : options;
  return cached(`d|${locale}|${JSON.stringify(opts)}`, () => new Intl.DateTimeFormat(locale, opts)).format(date);
}
