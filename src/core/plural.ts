import { plural } from './format.js';

/**
 * English wording for a count, chosen by `Intl.PluralRules` rather than `n === 1` by hand:
 * `one` for 1, `other` for 0, 2, 1.5, … Chinese catalogues need no plural forms.
 */
export function countEn(count: number, one: string, other: string): string {
  return plural(count, 'en') === 'one' ? one : other;
}
