/** Filtering a FAQ as the shopper types: a pure function over a prepared index. */
import { findRanges, matchesAll, prepareText, queryTerms, type SearchableText, type TextRange } from './text-search.js';

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
 * An empty query matches everything with no ranges (no term is missing, none has a range).
 */
export function searchFaq(index: readonly FaqSearchDoc[], query: string): FaqSearchHit[] {
  const terms = queryTerms(query);
  const hits: FaqSearchHit[] = [];
  for (const doc of index) {
    if (!matchesAll([doc.question, doc.answer], terms)) continue;
    hits.push({ id: doc.id, questionRanges: findRanges(doc.question, terms), answerRanges: findRanges(doc.answer, terms) });
  }
  return hits;
}

export { slugify } from './slug.js';
