/** `FAQPage` JSON-LD for `<rl-faq json-ld>`: opt-in, so loaded only when asked for. */
import { setJsonLd } from '../../core/json-ld.js';
import type { FaqViewEntry } from './faq-entry.js';

/** Writes (or with no entries, removes) the block for element `key`. */
export function writeFaqJsonLd(key: string, entries: readonly FaqViewEntry[]): void {
  setJsonLd(key, entries.length ? faqPage(entries) : null);
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
