/**
 * Search-match highlighting with the CSS Custom Highlight API: no DOM is changed, so the
 * sanitised answers, focus and find-in-page are untouched. One shared `Highlight` holds
 * the ranges of every `<rl-faq>` on the page. Browsers without the API get no highlight.
 */
import type { FaqSearchHit } from '../../domain/faq-search.js';
import type { TextRange } from '../../domain/text-search.js';

/** Highlighted ranges at most: beyond this the highlight costs more than it tells. */
const HIGHLIGHT_MAX = 300;

export const HIGHLIGHT_NAME = 'rl-faq-match';

let shared: Highlight | undefined;

function registry(): Highlight | undefined {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return undefined;
  if (!shared) {
    shared = new Highlight();
    CSS.highlights.set(HIGHLIGHT_NAME, shared);
  }
  return shared;
}

export class FaqHighlighter {
  private mine: AbstractRange[] = [];

  /**
   * Highlights the hits rendered in `root`: questions, and answers that are open (closed
   * ones are not visible). Nothing for a single Latin letter, which matches nearly
   * everything (one Chinese character is a word).
   */
  show(root: ParentNode, query: string, hits: readonly FaqSearchHit[], openIds: ReadonlySet<string>): void {
    const q = query.trim();
    if (!(q.length >= 2 || /[\u3000-\u9fff\uf900-\ufaff]/.test(q))) return this.clear();
    let budget = HIGHLIGHT_MAX;
    const targets: { root: Node; ranges: readonly TextRange[] }[] = [];
    for (const hit of hits) {
      if (budget <= 0) break;
      budget -= hit.questionRanges.length + hit.answerRanges.length;
      const item = root.querySelector(`.item[data-id="${CSS.escape(hit.id)}"]`);
      const question = item?.querySelector('.question');
      const answer = openIds.has(hit.id) ? item?.querySelector('.answer') : null;
      if (question) targets.push({ root: question, ranges: hit.questionRanges });
      if (answer) targets.push({ root: answer, ranges: hit.answerRanges });
    }
    this.set(targets);
  }

  /** Replaces this instance's highlighted ranges. */
  set(targets: readonly { root: Node; ranges: readonly TextRange[] }[]): void {
    const highlight = registry();
    if (!highlight) return;
    this.clear();
    for (const { root, ranges } of targets) {
      for (const r of ranges) {
        const range = domRange(root, r.start, r.end);
        if (range) {
          highlight.add(range);
          this.mine.push(range);
        }
      }
    }
  }

  clear(): void {
    for (const r of this.mine) shared?.delete(r);
    this.mine = [];
  }
}

/**
 * A StaticRange over character offsets of `root`'s text content. Static, not live: the
 * browser need not update hundreds of live ranges on every re-render of the list.
 */
function domRange(root: Node, start: number, end: number): StaticRange | undefined {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let offset = 0;
  let startContainer: Node | undefined;
  let startOffset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!startContainer && start < offset + length) {
      startContainer = node;
      startOffset = start - offset;
    }
    if (startContainer && end <= offset + length) {
      return new StaticRange({ startContainer, startOffset, endContainer: node, endOffset: end - offset });
    }
    offset += length;
  }
  return undefined;
}
