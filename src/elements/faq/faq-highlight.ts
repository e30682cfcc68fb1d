/**
 * Search-match highlighting with the CSS Custom Highlight API: no DOM is changed, so the
 * sanitised answers, focus and find-in-page are untouched. One shared `Highlight` holds
 * the ranges of every `<rl-faq>` on the page. Browsers without the API get no highlight.
 */
import type { TextRange } from '../../domain/text-search.js';

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
  private mine: Range[] = [];

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

/** A DOM Range over character offsets of `root`'s text content. */
function domRange(root: Node, start: number, end: number): Range | undefined {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start < offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return undefined;
}
