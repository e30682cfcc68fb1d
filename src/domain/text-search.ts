/**
 * Case- and accent-insensitive substring search that also works for Chinese text
 * (no word boundaries needed) and maps matches back to ranges in the original text,
 * so a view can highlight them.
 */

export interface SearchableText {
  /** The original text. */
  readonly text: string;
  /** The folded text that queries are matched against. */
  readonly folded: string;
  /** `origin[i]` is the index in `text` of the character that produced `folded[i]`; one extra entry for the end. */
  readonly origin: readonly number[];
}

export interface TextRange {
  start: number;
  end: number;
}

import { fold } from './fold.js';

export { fold };

/** Prepares a text for repeated searching: folds it once and keeps the way back to the original. */
export function prepareText(text: string): SearchableText {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += ch.length;
  }
  origin.push(text.length);
  return { text, folded, origin };
}

/** Splits a query into folded terms; every term must match (AND). */
export function queryTerms(query: string): string[] {
  return fold(query).split(/\s+/u).filter(Boolean);
}

/** All ranges (in original-text indices) where any term occurs; empty when a term is absent. */
export function findRanges(target: SearchableText, terms: readonly string[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const term of terms) {
    let at = target.folded.indexOf(term);
    while (at !== -1) {
      ranges.push({ start: target.origin[at]!, end: target.origin[at + term.length]! });
      at = target.folded.indexOf(term, at + term.length);
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** True when every term occurs in at least one of the texts. */
export function matchesAll(texts: readonly SearchableText[], terms: readonly string[]): boolean {
  return terms.every((term) => texts.some((t) => t.folded.includes(term)));
}
