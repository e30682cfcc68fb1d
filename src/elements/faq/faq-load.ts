/**
 * Loading a FAQ from the adapter. Imported on demand, so a FAQ written as HTML never
 * downloads the validation code or the error states. Backend answers pass the allow-list sanitiser.
 */
export { renderError, stateStyles } from '../../core/states.js';
import type { ReturnlessAdapter } from '../../adapters/adapter.js';
import { callAdapter } from '../../adapters/call.js';
import { Faq, FaqQuery } from '../../domain/faq.js';
import { sanitizeHtml } from '../../core/sanitize.js';
import type { FaqViewEntry } from './faq-entry.js';

export async function loadFaqEntries(adapter: ReturnlessAdapter, query: FaqQuery, signal: AbortSignal): Promise<FaqViewEntry[]> {
  const faq = await callAdapter(adapter, 'getFaq', { input: FaqQuery, output: Faq }, query, { signal });
  // An id used twice (a CMS slug) gets a suffix, as in markup: each entry opens and links alone.
  const taken = new Set<string>();
  return faq.entries.map((e) => {
    let id = e.id;
    for (let n = 2; taken.has(id); n++) id = `${e.id}-${n}`;
    taken.add(id);
    return { id, question: e.question, answer: answerContainer(sanitizeHtml(e.answer)) };
  });
}

/**
 * The same container faq-entry.ts builds for light-DOM answers. Written out here rather than
 * imported, so this lazy chunk imports nothing from the element chunk (which then needs no
 * module-namespace helper: about 0.4 kB less on every FAQ page).
 */
function answerContainer(fragment: DocumentFragment): HTMLElement {
  const div = document.createElement('div');
  div.className = 'answer';
  div.setAttribute('part', 'answer');
  div.append(fragment);
  return div;
}
