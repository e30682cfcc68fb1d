/**
 * The review form's field errors in words, and their summary: loaded with the validation
 * (errors exist only after a submit), so the first paint carries none of it.
 */
import { renderErrorSummary } from '../../core/error-summary.js';
import { formatNumber } from '../../core/format.js';
import { catalogLanguage } from '../../core/i18n.js';
import { reviewLimits, type ReviewField, type ReviewFieldError } from '../../domain/review-input.js';
import { reviewErrorMessages } from './review-form.errors.js';

const FIELD_ORDER: ReviewField[] = ['rating', 'title', 'body', 'fit', 'author', 'email', 'media', 'consent'];

export function reviewErrorText(e: ReviewFieldError, lang: string): string {
  const limit = e.field === 'title' || e.field === 'author' || e.field === 'body' ? reviewLimits[e.field] : 0;
  return reviewErrorMessages[catalogLanguage(lang)].error(e.field, e.problem, formatNumber(limit, lang));
}

/** Every error in page order, each a link to its field (`<uid>-<field>`). */
export function renderReviewSummary(errors: readonly ReviewFieldError[], o: { uid: string; title: string; lang: string }) {
  const sorted = [...errors].sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
  return renderErrorSummary(
    { className: 'summary', part: 'summary', titleId: `${o.uid}-summary-title`, title: o.title, heading: true },
    sorted.map((e) => ({
      id: `${o.uid}-${e.field}`,
      text: reviewErrorText(e, o.lang),
      // The rating is a radio group: its chosen star, else the first.
      target:
        e.field === 'rating'
          ? (root) => root.querySelector('input[name="rating"]:checked') ?? root.querySelector('input[name="rating"]')
          : undefined,
    })),
  );
}
