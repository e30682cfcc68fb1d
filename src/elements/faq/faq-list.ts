/**
 * The FAQ's list is drawn again only when what its entries show changes (entries, open
 * answers, heading level, language). A keystroke that only changes the hits leaves the list
 * to `noChange`, and faq-filter.ts hides the filtered entries in place: nothing is rebound or moved.
 */
import { noChange } from 'lit/html.js';
import type { FaqViewEntry } from './faq-entry.js';
import { renderFaqEntry, type FaqEntryActions } from './faq-entry-view.js';
import type { FaqMessages } from './faq.messages.js';

export class FaqList {
  /** What the list shows, as drawn in this render and in the one before. */
  private key?: readonly unknown[];
  private drawnKey?: readonly unknown[];
  /**
   * Counts the times the entries' nodes were created afresh: new entries, or a list the render
   * before did not draw. Drawing the same entries again (an answer opened, the language changed)
   * updates their nodes in place, so what was listed of them (faq-filter.ts) still holds.
   */
  drawing = 0;

  constructor(private readonly actions: FaqEntryActions) {}

  /** Call at the start of every render: a list this render does not draw is drawn afresh next time. */
  beginRender(): void {
    this.drawnKey = this.key;
    this.key = undefined;
  }

  /** The entries' templates, or `noChange` when nothing they show changed. */
  render(entries: readonly FaqViewEntry[], openIds: ReadonlySet<string>, level: string, t: FaqMessages): unknown {
    const key = [entries, openIds, level, t];
    const last = this.drawnKey;
    if (last && key.every((v, i) => v === last[i])) {
      this.key = last;
      return noChange;
    }
    this.key = key;
    if (last?.[0] !== entries) this.drawing++;
    return entries.map((e) => renderFaqEntry(e, { open: openIds.has(e.id), level, t }, this.actions));
  }
}
