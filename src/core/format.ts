/**
 * Intl formatting with cached formatters (creating them is the slow part: a page's first
 * `Intl.NumberFormat` or `DateTimeFormat` costs 135–160 ms at 4× CPU throttle, the ICU data it
 * loads). Whole counts, decimals and percentages in locales that write them `12,345.6` / `45%`,
 * and long/medium dates in English and Chinese skip Intl entirely, so first renders need none.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
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
  const keys = Object.keys(options);
  if (!keys.length && isPlain(value, locale)) return grouped(String(value));
  // A decimal such as a review's average (`4.3`): written by hand too, or it would be the page's
  // first NumberFormat (~140 ms at 4× CPU throttle) inside the reviews' first data render.
  if (keys.every((k) => k === 'minimumFractionDigits' || k === 'maximumFractionDigits')) {
    const text = plainDecimal(value, locale, options.minimumFractionDigits ?? 0, options.maximumFractionDigits);
    if (text !== undefined) return text;
  }
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** `value` with `min`…`max` decimals as Intl writes it in a plain-digit locale; undefined where Intl must. */
function plainDecimal(value: number, locale: string, min: number, max = Math.max(min, 3)): string | undefined {
  if (!(value >= 0 && value < 100_000) || !isPlain(0, locale) || !(min >= 0 && min <= max && max <= 6)) return undefined;
  // Half away from zero on the shortest decimal, as ICU rounds (9.95 → 10.0, not 9.9).
  const scale = 10 ** max;
  const [whole = '0', fraction = ''] = String(Math.round(Number((value * scale).toPrecision(15))) / scale).split('.');
  if (whole.length > 5) return undefined; // rounded up to 100,000 (Indian English groups it 1,00,000)
  const digits = fraction.padEnd(min, '0');
  return `${grouped(whole)}${digits ? `.${digits}` : ''}`;
}

/** Currency symbols as Intl writes them in our two catalogue languages (a fee in a first render). */
const symbols = new Map([
  ['en', new Map(Object.entries({ EUR: '€', USD: '$', GBP: '£', CNY: 'CN¥', JPY: '¥', CAD: 'CA$', AUD: 'A$' }))],
  ['zh', new Map(Object.entries({ EUR: '€', USD: 'US$', GBP: '£', CNY: '¥', JPY: 'JP¥', CAD: 'CA$', AUD: 'AU$' }))],
]);

export function formatMoney(amount: number, currency: string, locale: string): string {
  const symbol = symbols.get(unitLanguage(locale))?.get(currency.toUpperCase());
  const digits = currency.toUpperCase() === 'JPY' ? 0 : 2;
  const text = symbol === undefined ? undefined : plainDecimal(amount, 'en', digits, digits);
  return text === undefined ? formatNumber(amount, locale, { style: 'currency', currency }) : symbol + text;
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
const unitLanguage = (locale: string) => (/^en(-us)?$/i.test(locale) ? 'en' : /^zh(-cn|-hans(-cn)?)?$/i.test(locale) ? 'zh' : '');

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
  return (
    plainDate(date, locale, opts) ?? cached(`d|${locale}|${JSON.stringify(opts)}`, () => new Intl.DateTimeFormat(locale, opts)).format(date)
  );
}

const monthsEn = 'January February March April May June July August September October November December'.split(' ');

/**
 * A day as Intl writes `dateStyle` long or medium in English (US) or Simplified Chinese, in the
 * browser's zone or UTC, by hand: a review's date would otherwise create the page's first
 * DateTimeFormat (~135 ms at 4× throttle) in its first data render. Undefined where Intl must.
 */
function plainDate(date: Date, locale: string, options: Intl.DateTimeFormatOptions): string | undefined {
  const { dateStyle, timeZone, ...rest } = options;
  const language = unitLanguage(locale);
  if (!language || Object.keys(rest).length || (dateStyle !== 'long' && dateStyle !== 'medium')) return undefined;
  if (timeZone !== undefined && timeZone !== 'UTC') return undefined;
  if (Number.isNaN(date.getTime())) return undefined;
  const utc = timeZone === 'UTC';
  const [y, m, d] = utc
    ? [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()]
    : [date.getFullYear(), date.getMonth(), date.getDate()];
  if (y < 1000 || y > 9999) return undefined;
  if (language === 'zh') return `${y}年${m + 1}月${d}日`;
  const month = monthsEn[m]!;
  return `${dateStyle === 'long' ? month : month.slice(0, 3)} ${d}, ${y}`;
}
