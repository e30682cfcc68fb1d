/**
 * Filtering in place: entries a search leaves out get `hidden`, the others lose it, and only
 * those whose visibility changed are touched. The drawn nodes are listed once per drawing of
 * the list (one query each, not one per entry or hit), and handed to the highlighter.
 */
import type { FaqViewEntry } from './faq-entry.js';
import type { FaqHighlightTarget } from './faq-highlight.js';

interface DrawnNodes {
  entries: readonly FaqViewEntry[];
  items: readonly HTMLElement[];
  questions: readonly Element[];
  indexOf: ReadonlyMap<string, number>;
}

export class FaqFilter {
  #nodes?: DrawnNodes;
  #drawing = -1;
  #shown?: ReadonlySet<string> | null;

  /**
   * Shows only the entries in `shown` (all when undefined). `drawing` counts the drawings of
   * the list (faq-list.ts): when it changed, the nodes are listed again.
   */
  apply(root: ParentNode, entries: readonly FaqViewEntry[], shown: ReadonlySet<string> | undefined, drawing: number): void {
    this.list(root, entries, drawing);
    if (shown === this.#shown) return;
    this.#shown = shown;
    const { items } = this.#nodes!;
    for (let i = 0; i < items.length; i++) {
      const hide = shown ? !shown.has(entries[i]?.id ?? '') : false;
      if (items[i]!.hidden !== hide) items[i]!.hidden = hide;
    }
  }

  /** Lists the drawn nodes (once per drawing), leaving what is shown as it is. */
  list(root: ParentNode, entries: readonly FaqViewEntry[], drawing: number): void {
    if (drawing !== this.#drawing || !this.#nodes) {
      this.#drawing = drawing;
      this.#shown = null;
      this.#nodes = {
        entries,
        items: Array.from(root.querySelector('.list')?.children ?? []) as HTMLElement[],
        questions: Array.from(root.querySelectorAll('.question')),
        indexOf: new Map(entries.map((e, i) => [e.id, i])),
      };
    }
  }

  /** The question and answer nodes of entry `id`, as drawn. */
  target(id: string): FaqHighlightTarget | undefined {
    const i = this.#nodes?.indexOf.get(id);
    if (i === undefined || !this.#nodes) return undefined;
    return { question: this.#nodes.questions[i], answer: this.#nodes.entries[i]?.answer };
  }
}
