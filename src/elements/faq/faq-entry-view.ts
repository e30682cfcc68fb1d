/**
 * One question and its answer, drawn as the WAI-ARIA APG accordion: a heading holding the
 * button, and the answer region (`hidden="until-found"` while closed, so find-in-page still
 * finds it). Drawn once per entry; later renders only change what changed (faq-list.ts), and a
 * search hides entries in place (faq-find.ts). Clicks and `beforematch` are handled by the list.
 */
import type { FaqViewEntry } from './faq-entry.js';
import type { FaqMessages } from './faq.messages.js';
import { attr, h, text } from './faq-dom.js';

export interface FaqEntryState {
  open: boolean;
  /** `aria-level` of the heading (already clamped). */
  level: string;
  t: FaqMessages;
}

/** The nodes of one drawn entry that later renders change. */
export interface FaqEntryNodes {
  item: HTMLElement;
  heading: Element;
  /** The question's text (what the search highlights). */
  question: Element;
  button: Element;
  panel: Element;
  copy: Element;
}

export function drawFaqEntry(entry: FaqViewEntry): FaqEntryNodes {
  const id = entry.id;
  const question = h('span', { class: 'question', part: 'question' }, entry.question);
  const button = h(
    'button',
    { type: 'button', class: 'header', part: 'button', id: `q-${id}`, 'aria-controls': `a-${id}` },
    question,
    h('span', { class: 'icon', part: 'icon' }),
  );
  const heading = h('div', { class: 'heading', part: 'heading', role: 'heading' }, button);
  const copy = h('button', { type: 'button', class: 'link-button', part: 'copy-link' });
  const panel = h(
    'div',
    { class: 'panel', part: 'panel', id: `a-${id}`, role: 'region', 'aria-labelledby': `q-${id}` },
    entry.answer,
    copy,
  );
  const item = h('div', { class: 'item', part: 'item', 'data-id': id }, heading, panel) as HTMLElement;
  return { item, heading, question, button, panel, copy };
}

/** Brings a drawn entry up to date: open or closed, heading level, wording. */
export function updateFaqEntry(nodes: FaqEntryNodes, entry: FaqViewEntry, { open, level, t }: FaqEntryState): void {
  attr(nodes.heading, 'aria-level', level);
  attr(nodes.button, 'aria-expanded', open ? 'true' : 'false');
  attr(nodes.panel, 'hidden', open ? null : 'until-found');
  attr(nodes.copy, 'aria-label', t.copyLinkTo(entry.question));
  text(nodes.copy, t.copyLink);
}
