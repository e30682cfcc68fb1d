/**
 * A review's average (`4.3`) and dates (`October 30, 2026`, `2026年10月30日`) written by hand in
 * English and Chinese, as Intl writes them: inside the reviews' first data render they would
 * create the page's first NumberFormat and DateTimeFormat (~140 + 25 ms at 4× CPU throttle).
 * Other languages and options go through format.ts (Intl). A module of its own, so pages and
 * apps without reviews do not carry the month names.
 */
import { formatDate, formatNumber, plainDecimal, unitLanguage } from './format.js';

/** `value` with exactly `digits` decimals. */
export function formatDecimal(value: number, locale: string, digits: number): string {
  return (
    plainDecimal(value, locale, digits, digits) ??
    formatNumber(value, locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })
  );
}

const monthsEn = 'January February March April May June July August September October November December'.split(' ');

/** A day in the browser's zone as `dateStyle` long or medium writes it (a plain `YYYY-MM-DD` stays that day). */
export function formatDay(value: string | Date, locale: string, style: 'long' | 'medium' = 'long'): string {
  const plainDay = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = typeof value === 'string' ? new Date(plainDay ? `${value}T00:00:00Z` : value) : value;
  const [y, m, d] = plainDay
    ? [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()]
    : [date.getFullYear(), date.getMonth(), date.getDate()];
  const language = unitLanguage(locale);
  if (!language || !(y >= 1000 && y <= 9999)) return formatDate(value, locale, { dateStyle: style });
  if (language === 'zh') return `${y}年${m + 1}月${d}日`;
  const month = monthsEn[m]!;
  return `${style === 'long' ? month : month.slice(0, 3)} ${d}, ${y}`;
}
