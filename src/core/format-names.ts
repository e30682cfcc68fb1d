/**
 * Lists and region names for the full return policy, in a module of their own so product pages
 * (which use format.ts) do not carry them.
 */
import { cached, unitLanguage } from './format.js';

/**
 * A list joined as `Intl.ListFormat` (long, conjunction) writes it: by hand in `en`/`en-US`
 * (`A, B, and C`) and Simplified Chinese (`A、B和C`), so a first render needs no Intl (the page's
 * first Intl object loads ICU data: 75–250 ms at 4× throttle); a cached formatter elsewhere.
 */
export function formatList(items: readonly string[], locale: string): string {
  const lang = unitLanguage(locale);
  if (lang === 'en') return items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;
  if (lang === 'zh') return items.length < 3 ? items.join('和') : `${items.slice(0, -1).join('、')}和${items.at(-1)}`;
  return cached(`l|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items);
}

/** A region's name (`DE` → `Germany`) in `locale`, from one cached `Intl.DisplayNames`; the code itself where Intl has none. */
export function regionName(code: string, locale: string): string {
  try {
    return cached(`r|${locale}`, () => new Intl.DisplayNames(locale, { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}
