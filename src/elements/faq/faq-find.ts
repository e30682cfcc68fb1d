/**
 * Search for `<rl-faq searchable>`, loaded only when searching is switched on: the index and
 * the hits (one search per query), filtering in place (faq-filter.ts) and the highlight
 * (faq-highlight.ts). A FAQ without search never downloads any of it.
 */
import { indexFaq, searchFaq, type FaqSearchDoc, type FaqSearchHit } from '../../domain/faq-search.js';
import type { FaqViewEntry } from './faq-entry.js';
import { FaqFilter } from './faq-filter.js';
import { FaqHighlighter } from './faq-highlight.js';

/** What the element shows after an update. */
export interface FaqSearchView {
  entries: readonly FaqViewEntry[];
  query: string;
  /** Ids the search keeps; undefined without a search. */
  shown: ReadonlySet<string> | undefined;
  openIds: ReadonlySet<string>;
  /** faq-list.ts's count of drawings. */
  drawing: number;
}

/** Matching entries opened automatically while searching, at most. */
const AUTO_OPEN_MAX = 5;

/** Questions whose text nodes are listed per idle step (500 entries: 10 steps). */
const PRIME_STEP = 50;

const whenIdle = (run: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 0);
};

export class FaqFinder {
  #index?: { entries: readonly FaqViewEntry[]; docs: FaqSearchDoc[] };
  #found?: { docs: readonly FaqSearchDoc[]; query: string; hits: FaqSearchHit[] };
  readonly #filter = new FaqFilter();
  readonly #highlighter = new FaqHighlighter();
  #highlighted?: readonly unknown[];
  #shownFor?: { hits: readonly FaqSearchHit[]; ids: ReadonlySet<string> };
  /** The view of the last update, and the drawing prepared for (see `apply`). */
  #latest?: FaqSearchView;
  #prepared?: number;

  /** Entries matching `query`, in their order, with match ranges. Render, toolbar and highlight all ask: one search per query. */
  hits(entries: readonly FaqViewEntry[], query: string): FaqSearchHit[] {
    const docs = this.#docs(entries);
    if (this.#found?.docs !== docs || this.#found.query !== query) this.#found = { docs, query, hits: searchFaq(docs, query) };
    return this.#found.hits;
  }

  /**
   * Ahead of the first keystroke (`apply` runs them when the page is idle, one step per idle period):
   * builds the index, lists the drawn nodes and the text nodes of every question, so the first letters
   * pay only for the search. Steps, not one call: done at once it was one idle task of 15–70 ms on a
   * 500-entry FAQ at 4× CPU throttle (issue 16), and a shopper's tap meanwhile would wait for it.
   */
  prepareSteps(root: ParentNode, entries: readonly FaqViewEntry[], drawing: number): (() => void)[] {
    const prime = (from: number) => () => {
      for (const e of entries.slice(from, from + PRIME_STEP)) {
        const question = this.#filter.target(e.id)?.question;
        if (question) this.#highlighter.prime(question);
      }
    };
    return [
      () => this.#docs(entries),
      () => this.#filter.list(root, entries, drawing),
      ...Array.from({ length: Math.ceil(entries.length / PRIME_STEP) }, (_, i) => prime(i * PRIME_STEP)),
      () => {
        // One search and highlight nobody sees (a highlighter of its own: the shopper's stay), so the
        // browser compiles their code now, not on the first letter.
        const probe = entries[0]?.question.slice(0, 2) ?? '';
        const unseen = new FaqHighlighter();
        unseen.show(probe, searchFaq(this.#docs(entries), probe).slice(0, 1), new Set(), (id) => this.#filter.target(id));
        unseen.clear();
      },
    ];
  }

  #docs(entries: readonly FaqViewEntry[]): FaqSearchDoc[] {
    if (this.#index?.entries !== entries) {
      this.#index = {
        entries,
        docs: indexFaq(entries.map((e) => ({ id: e.id, question: e.question, answerText: e.answer.textContent ?? '' }))),
      };
    }
    return this.#index.docs;
  }

  /** Ids matching `query`, or undefined without a query (everything shows); the same set while the hits are the same. */
  shown(entries: readonly FaqViewEntry[], query: string): ReadonlySet<string> | undefined {
    if (!query.trim()) return undefined;
    const hits = this.hits(entries, query);
    if (this.#shownFor?.hits !== hits) this.#shownFor = { hits, ids: new Set(hits.map((h) => h.id)) };
    return this.#shownFor.ids;
  }

  /**
   * The answers to open for these hits: those open before the search, plus the ones whose
   * answer matched (so the shopper sees why), only when the search has narrowed things down:
   * opening hundreds of answers helps nobody. `current` itself when nothing changes, so the
   * list is not drawn again.
   */
  opened(hits: readonly FaqSearchHit[], current: Set<string>, before: Iterable<string> = [], single = false): Set<string> {
    const answerHits = hits.length <= AUTO_OPEN_MAX ? hits.filter((h) => h.answerRanges.length).map((h) => h.id) : [];
    const next = single ? new Set(answerHits.slice(0, 1)) : new Set([...before, ...answerHits]);
    const same = next.size === current.size && [...next].every((id) => current.has(id));
    return same ? current : next;
  }

  /**
   * After each update: hides what the search leaves out and highlights the hits, each only when it
   * changed. A new drawing of the list is prepared for the next keystroke when the page is idle.
   */
  apply(root: ParentNode, view: FaqSearchView): void {
    this.#latest = view;
    if (view.drawing !== this.#prepared && view.entries.length) {
      this.#prepared = view.drawing;
      const steps = this.prepareSteps(root, view.entries, view.drawing);
      // Each step only if the list is still the one drawn (and the element still on the page).
      const next = () => {
        if (this.#latest?.drawing !== view.drawing || this.#latest.entries !== view.entries) return;
        steps.shift()?.();
        if (steps.length) whenIdle(next);
      };
      whenIdle(next);
    }
    this.#filter.apply(root, view.entries, view.shown, view.drawing);
    const hits = this.hits(view.entries, view.query);
    const key = [hits, view.openIds, view.drawing, view.query];
    const last = this.#highlighted;
    if (last && key.every((v, i) => v === last[i])) return;
    // Drawn again: the text of the listed nodes may have changed.
    if (last?.[2] !== view.drawing) this.#highlighter.forget();
    this.#highlighted = key;
    this.#highlighter.show(view.query, hits, view.openIds, (id) => this.#filter.target(id));
  }

  /** Removes this element's highlight (it left the page). */
  clear(): void {
    this.#highlighter.clear();
    this.#highlighted = undefined;
    this.#latest = undefined;
  }
}
