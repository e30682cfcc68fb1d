/**
 * The FAQ's view model, read from the element's own `<details>` markup. Answers are kept
 * as DOM, so re-renders reuse the same nodes. (Adapter entries: see faq-load.ts.)
 */
import { slugify } from '../../domain/slug.js';
import { h } from './faq-dom.js';

export interface FaqViewEntry {
  id: string;
  question: string;
  /** Sanitised answer, rendered as-is (node identity is stable across renders). */
  answer: HTMLElement;
  /** Initially open (light-DOM `<details open>`). */
  open?: boolean;
}

/** Top-level `<details>` children of `host` (nested ones belong to their answer). */
export function readLightDomEntries(host: HTMLElement): FaqViewEntry[] {
  const taken = new Set<string>();
  const entries: FaqViewEntry[] = [];
  for (const details of host.querySelectorAll('details')) {
    if (details.parentElement?.closest('details')) continue;
    const summary = details.querySelector(':scope > summary');
    const question = (summary?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!question) continue;
    // The theme's own markup is already on the page, so it is trusted: cloned as written
    // (images, tables and all). Cloned scripts never run again.
    const answer = document.createDocumentFragment();
    for (const node of details.childNodes) if (node !== summary) answer.append(node.cloneNode(true));
    const id = details.id && !taken.has(details.id) ? details.id : slugify(question, taken);
    taken.add(id);
    entries.push({
      id,
      question,
      answer: h('div', { class: 'answer', part: 'answer' }, answer) as HTMLElement,
      open: details.open,
    });
  }
  return entries;
}
