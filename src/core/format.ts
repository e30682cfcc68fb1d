/** Intl formatting with cached formatters (creating them is the slow part). */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options)).format(value);
}

export function formatMoney(amount: number, currency: string, locale: string): string {
  return formatNumber(amount, locale, { style: 'currency', currency });
}

export function formatPercent(fraction: number, locale: string): string {
  return formatNumber(fraction, locale, { style: 'percent', maximumFractionDigits: 0 });
}

/** `unit` is an Intl unit: `centimeter`, `inch`, `kilogram`, `pound`. */
export function formatUnit(value: number, unit: string, locale: string, maximumFractionDigits = 1): string {
  return formatNumber(value, locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits });
}

/**
 * A file size as the shopper reads it: kB below 1 MB, never rounded to zero or up to the next
 * whole number (`500 kB`, `10.2 kB`, `2.5 MB`, `25 MB`): a stated limit is the limit checked.
 */
export function formatBytes(bytes: number, locale: string): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : bytes >= 1024 ? [bytes / 1024, 'kilobyte'] : [bytes, 'byte'];
  // Truncated, so a limit of 10.24 kB reads 10.2 kB and never more than it is.
  return formatNumber(value, locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1, roundingMode: 'trunc' });
}

/** A date (ISO string or Date) as the shopper reads it; a plain `YYYY-MM-DD` stays that calendar day. */
export function formatDate(value: string | Date, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const plainDay = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = typeof value === 'string' ? new Date(plainDay ? `${value}T00:00:00Z` : value) : value;
  const opts = plainDay ? { ...options, timeZone: 'UTC' } : options;
  return cached(`d|${locale}|${JSON.stringify(opts)}`, () => new Intl.DateTimeFormat(locale, opts)).format(date);
}

/** Intl plural category (`one`, `other`, …) for count-dependent English messages. */
export function plural(count: number, locale: string): Intl.LDMLPluralRule {
  return cached(`p|${locale}`, () => new Intl.PluralRules(locale)).select(count);
}
