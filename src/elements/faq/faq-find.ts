/**
 * Search for `<rl-faq searchable>`, loaded only when searching is switched on: the index and
 * the hits (one search per query), filtering in place (entries a search leaves out get
 * `hidden`, the others lose it, only those whose visibility changed are touched) and the
 * highlight (faq-highlight.ts). A FAQ without search never downloads any of it. The drawn nodes
 * come from the list (faq-list.ts): the search queries the DOM for none of them.
 */
import { indexFaq, searchFaq, type FaqSearchDoc, type FaqSearchHit } from '../../domain/faq-search.js';
import type { FaqViewEntry } from './faq-entry.js';
import type { FaqEntryNodes } from './faq-entry-view.js';
import { FaqHighlighter, type FaqHighlightTarget } from './faq-highlight.js';

/** What the element shows after an update. */
export interface FaqSearchView {
  entries: readonly FaqViewEntry[];
  query: string;
  /** Ids the search keeps; undefined without a search. */
  shown: ReadonlySet<string> | undefined;
  openIds: ReadonlySet<string>;
  /** The entries' nodes as drawn (faq-list.ts): a new array when they are drawn afresh. */
  nodes: readonly FaqEntryNodes[];
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
  /** The index of a set of entries, with where each id is among them. */
  #index?: { entries: readonly FaqViewEntry[]; docs: FaqSearchDoc[]; at: ReadonlyMap<string, number> };
  /** The last search: its hits, and their ids. */
  #found?: { docs: readonly FaqSearchDoc[]; query: string; hits: FaqSearchHit[]; ids: ReadonlySet<string> };
  readonly #highlighter = new FaqHighlighter();
  #highlighted?: readonly unknown[];
  /** The drawing and the ids its `hidden` attributes show. */
  #filtered?: readonly unknown[];
  /** What the last update showed (undefined once the element left the page), and the nodes prepared for (see `apply`). */
  #view?: FaqSearchView;
  #prepared?: readonly FaqEntryNodes[];

  /** Entries matching `query`, in their order, with match ranges. Render, toolbar and highlight all ask: one search per query. */
  hits(entries: readonly FaqViewEntry[], query: string): FaqSearchHit[] {
    return this.#search(entries, query).hits;
  }

  /** Ids matching `query`, or undefined without a query (everything shows); the same set while the hits are the same. */
  shown(entries: readonly FaqViewEntry[], query: string): ReadonlySet<string> | undefined {
    return query.trim() ? this.#search(entries, query).ids : undefined;
  }

  #search(entries: readonly FaqViewEntry[], query: string) {
    const docs = this.#docs(entries);
    if (this.#found?.docs !== docs || this.#found.query !== query) {
      const hits = searchFaq(docs, query);
      this.#found = { docs, query, hits, ids: new Set(hits.map((h) => h.id)) };
    }
    return this.#found;
  }

  /**
   * Ahead of the first keystroke (`apply` runs them when the page is idle, one step per idle period):
   * builds the index and lists the text nodes of every question, so the first letters pay only for
   * the search. Steps, not one call: done at once it was one idle task of 15–70 ms on a 500-entry FAQ
   * at 4× CPU throttle (issue 16), and a shopper's tap meanwhile would wait for it.
   */
  #prepareSteps({ entries, nodes }: FaqSearchView): (() => void)[] {
    const prime = (from: number) => () => {
      for (const drawn of nodes.slice(from, from + PRIME_STEP)) this.#highlighter.prime(drawn.question);
    };
    return [
      () => this.#docs(entries),
      ...Array.from({ length: Math.ceil(nodes.length / PRIME_STEP) }, (_, i) => prime(i * PRIME_STEP)),
      () => {
        // One search and highlight nobody sees (a highlighter of its own: the shopper's stay), so the
        // browser compiles their code now, not on the first letter.
        const probe = entries[0]?.question.slice(0, 2) ?? '';
        const unseen = new FaqHighlighter();
        unseen.show(probe, searchFaq(this.#docs(entries), probe).slice(0, 1), new Set(), this.#target);
        unseen.clear();
      },
    ];
  }

  /** The question and answer nodes of entry `id`, as drawn: the list draws one per entry, in order. */
  readonly #target = (id: string): FaqHighlightTarget | undefined => {
    const i = this.#index?.at.get(id);
    const view = this.#view;
    return i === undefined || !view ? undefined : { question: view.nodes[i]?.question, answer: view.entries[i]?.answer };
  };

  #docs(entries: readonly FaqViewEntry[]): FaqSearchDoc[] {
    if (this.#index?.entries !== entries) {
      this.#index = {
        entries,
        docs: indexFaq(entries.map((e) => ({ id: e.id, question: e.question, answerText: e.answer.textContent ?? '' }))),
        at: new Map(entries.map((e, i) => [e.id, i])),
      };
    }
    return this.#index.docs;
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
  apply(view: FaqSearchView): void {
    const { entries, nodes, shown } = view;
    this.#view = view;
    if (nodes !== this.#prepared && nodes.length) {
      this.#prepared = nodes;
      const steps = this.#prepareSteps(view);
      // Each step only if the list is still the one drawn (and the element still on the page).
      const next = () => {
        if (this.#view?.nodes !== nodes) return;
        steps.shift()?.();
        if (steps.length) whenIdle(next);
      };
      whenIdle(next);
    }
    const filtered = this.#filtered;
    if (filtered?.[0] !== nodes || filtered[1] !== shown) {
      this.#filtered = [nodes, shown];
      entries.forEach((e, i) => {
        const item = nodes[i]?.item;
        const hide = Boolean(shown && !shown.has(e.id));
        if (item && item.hidden !== hide) item.hidden = hide;
      });
    }
    const hits = this.hits(entries, view.query);
    const key = [hits, view.openIds, nodes, view.query];
    const last = this.#highlighted;
    if (last && key.every((v, i) => v === last[i])) return;
    // Drawn again: the text of the listed nodes may have changed.
    if (last?.[2] !== nodes) this.#highlighter.forget();
    this.#highlighted = key;
    this.#highlighter.show(view.query, hits, view.openIds, this.#target);
  }

  /** Removes this element's highlight (it left the page). */
  clear(): void {
    this.#highlighter.clear();
    this.#highlighted = undefined;
    this.#view = undefined;
  }
}
