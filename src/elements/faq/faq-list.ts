/**
 * The FAQ's list: each entry is drawn once (faq-entry-view.ts), and later renders change only
 * what changed (an answer opened, the heading level, the language). A keystroke that only
 * changes the hits leaves the list alone, and the search (faq-find.ts) hides the filtered entries in place:
 * nothing is drawn again or moved. Clicks, `beforematch` and the accordion keys are handled
 * here for all entries at once.
 */
import type { FaqViewEntry } from './faq-entry.js';
import { drawFaqEntry, updateFaqEntry, type FaqEntryNodes } from './faq-entry-view.js';
import type { FaqMessages } from './faq.messages.js';
import { h } from './faq-dom.js';
import { moveAmongQuestions } from './faq-links.js';

export interface FaqEntryActions {
  toggle(id: string): void;
  /** Find-in-page found text in the closed answer. */
  reveal(id: string): void;
  copyLink(id: string): void;
}

export class FaqList {
  /** The list element (`part="list"`). */
  readonly element = h('div', { class: 'list', part: 'list' });
  /**
   * The entries' nodes, for the search (faq-find.ts): a new array when the entries are drawn afresh
   * (new entries); drawing the same entries again changes these nodes in place.
   */
  nodes: readonly FaqEntryNodes[] = [];
  #entries?: readonly FaqViewEntry[];
  #key?: readonly unknown[];

  /** Which entry each of our buttons and answer regions belongs to, and what it does. */
  readonly #roles = new WeakMap<Element, [keyof FaqEntryActions, string]>();

  constructor(actions: FaqEntryActions) {
    const list = this.element;
    // Our own nodes only: an answer's markup may hold buttons and regions of its own.
    const act = (target: Element | null) => {
      const role = target && this.#roles.get(target);
      if (role) actions[role[0]](role[1]);
    };
    list.addEventListener('click', (event) => act((event.target as Element).closest('button')));
    // Caught on the way down: the event is fired at the answer region itself.
    list.addEventListener('beforematch', (event) => act(event.target as Element), true);
    list.addEventListener('keydown', (event) => moveAmongQuestions(event as KeyboardEvent, list));
  }

  /** Brings the list up to date; does nothing when nothing it shows changed. */
  render(entries: readonly FaqViewEntry[], openIds: ReadonlySet<string>, level: string, t: FaqMessages): void {
    const key = [entries, openIds, level, t];
    const last = this.#key;
    if (last && key.every((v, i) => v === last[i])) return;
    this.#key = key;
    // Only the answers opened or closed, unless the entries, level or language changed.
    const all = !last || last[0] !== entries || last[2] !== level || last[3] !== t;
    if (this.#entries !== entries) {
      // Focus on a question or "Copy link" stays there when the entries are drawn afresh.
      const root = this.element.getRootNode() as Document | ShadowRoot;
      const focused = root.activeElement && this.#roles.get(root.activeElement);
      let refocus: Element | undefined;
      const nodes = entries.map((entry) => {
        const drawn = drawFaqEntry(entry);
        this.#roles.set(drawn.button, ['toggle', entry.id]).set(drawn.copy, ['copyLink', entry.id]).set(drawn.panel, ['reveal', entry.id]);
        if (focused?.[1] === entry.id) refocus = focused[0] === 'toggle' ? drawn.button : drawn.copy;
        return drawn;
      });
      this.#entries = entries;
      this.nodes = nodes;
      this.element.replaceChildren(...nodes.map((n) => n.item));
      (refocus as HTMLElement | undefined)?.focus({ preventScroll: true });
    }
    const nodes = this.nodes;
    entries.forEach((entry, i) => {
      const open = openIds.has(entry.id);
      if (all || open !== (last[1] as ReadonlySet<string>).has(entry.id)) updateFaqEntry(nodes[i]!, entry, { open, level, t });
    });
  }
}
