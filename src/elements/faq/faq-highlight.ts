/**
 * Search-match highlighting with the CSS Custom Highlight API: no DOM is changed, so the
 * sanitised answers, focus and find-in-page are untouched. One shared `Highlight` holds
 * the ranges of every `<rl-faq>` on the page. Browsers without the API get no highlight.
 *
 * No DOM query per hit: the element hands over each entry's question and answer nodes, and
 * the text nodes inside each are listed once (then reused for every keystroke), so a match
 * becomes a StaticRange by a binary search over their offsets.
 */
import type { FaqSearchHit } from '../../domain/faq-search.js';
import type { TextRange } from '../../domain/text-search.js';

/** Highlighted ranges at most: beyond this the highlight costs more than it tells. */
const HIGHLIGHT_MAX = 300;

export const HIGHLIGHT_NAME = 'rl-faq-match';

let shared: Highlight | undefined;

/** The page's one Highlight, registered on first use; undefined in browsers without the API. */
function registry(): Highlight | undefined {
  if (!shared && typeof Highlight === 'function' && CSS.highlights) CSS.highlights.set(HIGHLIGHT_NAME, (shared = new Highlight()));
  return shared;
}

/** The nodes an entry's ranges count characters in. */
export interface FaqHighlightTarget {
  question?: Node;
  answer?: Node;
}

/** An element's text nodes and where each starts in its text content. */
interface TextMap {
  nodes: Text[];
  starts: number[];
}

export class FaqHighlighter {
  #mine: StaticRange[] = [];
  #textMaps = new WeakMap<Node, TextMap>();

  /**
   * Highlights the hits: questions, and answers that are open (closed ones are not visible).
   * Nothing for a single Latin letter, which matches nearly everything (one Chinese character
   * is a word).
   */
  show(
    query: string,
    hits: readonly FaqSearchHit[],
    openIds: ReadonlySet<string>,
    targetOf: (id: string) => FaqHighlightTarget | undefined,
  ): void {
    this.clear();
    const q = query.trim();
    const highlight = registry();
    if (!highlight || !(q.length >= 2 || /[\u3000-\u9fff\uf900-\ufaff]/.test(q))) return;
    const add = (root: Node | undefined, ranges: readonly TextRange[]) => {
      if (!root || !ranges.length) return;
      const map = this.#textMap(root);
      for (const r of ranges) {
        const range = staticRange(map, r.start, r.end);
        if (range) {
          highlight.add(range);
          this.#mine.push(range);
        }
      }
    };
    let budget = HIGHLIGHT_MAX;
    for (const hit of hits) {
      if (budget <= 0) break;
      budget -= hit.questionRanges.length + hit.answerRanges.length;
      const target = targetOf(hit.id);
      add(target?.question, hit.questionRanges);
      if (openIds.has(hit.id)) add(target?.answer, hit.answerRanges);
    }
  }

  /** Removes this instance's ranges from the highlight. */
  clear(): void {
    for (const r of this.#mine) shared?.delete(r);
    this.#mine = [];
  }

  /** Forgets the listed text nodes: call when the nodes' text may have changed (new entries). */
  forget(): void {
    this.#textMaps = new WeakMap();
  }

  /** Lists the text nodes of `root` now rather than at its first highlight. */
  prime(root: Node): void {
    this.#textMap(root);
  }

  #textMap(root: Node): TextMap {
    let map = this.#textMaps.get(root);
    if (!map) {
      map = { nodes: [], starts: [] };
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let offset = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        map.nodes.push(node);
        map.starts.push(offset);
        offset += node.data.length;
      }
      this.#textMaps.set(root, map);
    }
    return map;
  }
}

/**
 * A StaticRange over character offsets of a text map. Static, not live: the browser need not
 * update hundreds of live ranges when the list changes.
 */
function staticRange({ nodes, starts }: TextMap, start: number, end: number): StaticRange | undefined {
  const first = nodeAt(starts, start, false);
  const last = nodeAt(starts, end, true);
  const startContainer = nodes[first];
  const endContainer = nodes[last];
  if (!startContainer || !endContainer || end - starts[last]! > endContainer.data.length) return undefined;
  return new StaticRange({ startContainer, startOffset: start - starts[first]!, endContainer, endOffset: end - starts[last]! });
}

/**
 * Index of the text node holding character `offset`: the last node starting at or before it
 * (`atEnd`: strictly before it, so a range's end stays in the node its last character is in).
 */
function nodeAt(starts: readonly number[], offset: number, atEnd: boolean): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (atEnd ? starts[mid]! < offset : starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
