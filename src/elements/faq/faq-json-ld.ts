/** `FAQPage` JSON-LD for `<rl-faq json-ld>`: opt-in, so loaded only when asked for. */
import { setJsonLd } from '../../core/json-ld.js';
import type { FaqViewEntry } from './faq-entry.js';

/** Each element's block key, and the entries last written for it (so an update that changes none writes nothing). */
const keys = new WeakMap<Element, string>();
const written = new WeakMap<Element, readonly FaqViewEntry[] | undefined>();
let count = 0;

/** Writes the block of `host` for `entries` (or with none, removes it), when they changed. */
export function writeFaqJsonLd(host: Element, entries?: readonly FaqViewEntry[]): void {
  if (written.get(host) === entries) return;
  written.set(host, entries);
  let key = keys.get(host);
  if (!key) keys.set(host, (key = `faq-${++count}`));
  setJsonLd(key, entries?.length ? faqPage(entries) : null);
}

function faqPage(entries: readonly FaqViewEntry[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map((e) => ({
      '@type': 'Question',
      name: e.question,
      // The sanitised answer as HTML (allowed tags only, per schema.org); our buttons are outside it.
      acceptedAnswer: { '@type': 'Answer', text: e.answer.innerHTML.trim() },
    })),
  };
}
