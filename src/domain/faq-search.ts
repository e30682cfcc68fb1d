/** Filtering a FAQ as the shopper types: a pure function over a prepared index. */
import { findRanges, fold, matchesAll, prepareText, queryTerms, type SearchableText, type TextRange } from './text-search.js';

export interface FaqSearchDoc {
  id: string;
  question: SearchableText;
  /** The answer's visible text (markup removed). */
  answer: SearchableText;
}

export interface FaqSearchHit {
  id: string;
  questionRanges: TextRange[];
  answerRanges: TextRange[];
}

/** Builds the search index once per set of entries. */
export function indexFaq(entries: readonly { id: string; question: string; answerText: string }[]): FaqSearchDoc[] {
  return entries.map((e) => ({ id: e.id, question: prepareText(e.question), answer: prepareText(e.answerText) }));
}

/**
 * Entries matching every term of `query`, in their original order, with match ranges.
 * An empty query matches everything with no ranges.
 */
export function searchFaq(index: readonly FaqSearchDoc[], query: string): FaqSearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return index.map((d) => ({ id: d.id, questionRanges: [], answerRanges: [] }));
  const hits: FaqSearchHit[] = [];
  for (const doc of index) {
    if (!matchesAll([doc.question, doc.answer], terms)) continue;
    hits.push({ id: doc.id, questionRanges: findRanges(doc.question, terms), answerRanges: findRanges(doc.answer, terms) });
  }
  return hits;
}

/** A DOM-id-safe slug for entries that come without an id (light-DOM markup without `id`). */
export function slugify(text: string, taken: ReadonlySet<string> = new Set()): string {
  const base =
    fold(text)
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'faq';
  const ascii = /^[A-Za-z0-9-]+$/.test(base) ? base : `faq-${hash(text)}`;
  let id = ascii;
  for (let n = 2; taken.has(id); n++) id = `${ascii}-${n}`;
  return id;
}


/** Short stable hash (FNV-1a) so non-Latin questions still get a stable, URL-safe id. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
