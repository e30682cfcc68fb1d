/**
 * What the review form shows only after a submit: the thank-you message, and the styles of it and
 * of the error summary. Loaded with the first submit (review-remote.ts re-exports it; no request of
 * its own), so the form's first paint carries none of it (issue 16). The submit failure's box
 * (`.failure`) stays in review-form.styles.ts: it shows when this code could not be fetched.
 */
import { css, html, nothing } from 'lit';
import { messagesIn } from '../../core/i18n.js';
import type { ReviewReceipt } from '../../domain/review-submit.js';
import { reviewErrorMessages } from './review-form.errors.js';

/** The thanks after a sent review, in `lang`, with a button that starts a fresh one (`another`). */
export function renderSuccess(lang: string, receipt: ReviewReceipt & { mediaPending: boolean }, another: () => void) {
  const t = messagesIn(reviewErrorMessages, lang);
  return html`<div class="success" part="success" role="status" tabindex="-1">
    <p class="thanks">${t.thanks}</p>
    <p>${receipt.status === 'published' ? t.published : t.pending}</p>
    ${receipt.mediaPending ? html`<p>${t.mediaPending}</p>` : nothing}
    <button type="button" class="link" @click=${another}>${t.another}</button>
  </div>`;
}

export const outcomeStyles = css`
  .summary-title {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-size-l);
  }
  .summary ul {
    margin: 0;
    padding-inline-start: var(--_space-l);
  }
  .summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .success {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 2px solid var(--_success);
    border-radius: var(--_radius-m);
  }
  .thanks {
    font-weight: 600;
    font-size: var(--_font-size-l);
  }
  .link {
    align-self: start;
    min-block-size: var(--_target);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
`;
