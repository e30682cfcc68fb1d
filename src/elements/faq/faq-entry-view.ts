/**
 * One question and its answer, drawn as the WAI-ARIA APG accordion: a heading holding the
 * button, and the answer region (`hidden="until-found"` while closed, so find-in-page still
 * finds it). A search does not draw entries again: faq-list.ts hides them in place.
 */
import { html, nothing } from 'lit/html.js';
import type { FaqViewEntry } from './faq-entry.js';
import type { FaqMessages } from './faq.messages.js';

export interface FaqEntryState {
  open: boolean;
  /** `aria-level` of the heading (already clamped). */
  level: string;
  t: FaqMessages;
}

export interface FaqEntryActions {
  toggle(id: string): void;
  /** Find-in-page found text in the closed answer. */
  reveal(id: string): void;
  copyLink(id: string): void;
}

export function renderFaqEntry(entry: FaqViewEntry, { open, level, t }: FaqEntryState, actions: FaqEntryActions) {
  return html`<div class="item" part="item" data-id=${entry.id}>
    <div class="heading" part="heading" role="heading" aria-level=${level}>
      <button
        type="button"
        class="header"
        part="button"
        id=${`q-${entry.id}`}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${`a-${entry.id}`}
        @click=${() => actions.toggle(entry.id)}
      >
        <span class="question" part="question">${entry.question}</span>
        <svg class="icon" part="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M5 7.5l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      </button>
    </div>
    <div
      class="panel"
      part="panel"
      id=${`a-${entry.id}`}
      role="region"
      aria-labelledby=${`q-${entry.id}`}
      hidden=${open ? nothing : 'until-found'}
      @beforematch=${() => actions.reveal(entry.id)}
    >
      ${entry.answer}
      <div class="panel-actions">
        <button type="button" class="link-button" part="copy-link" aria-label=${t.copyLinkTo(entry.question)} @click=${() => actions.copyLink(entry.id)}>
          ${t.copyLink}
        </button>
      </div>
    </div>
  </div>`;
}
