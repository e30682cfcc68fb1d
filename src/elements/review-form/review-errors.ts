/**
 * The review form's field errors in words, and their summary: loaded with the validation
 * (errors exist only after a submit), so the first paint carries none of it.
 */
import { renderErrorSummary } from '../../core/error-summary.js';
import { formatNumber } from '../../core/format.js';
import { messagesIn } from '../../core/i18n.js';
import { reviewLimits, type ReviewField, type ReviewFieldError } from '../../domain/review-input.js';
import { MEDIA_ALT_MAX } from '../../domain/media-rules.js';
import { reviewErrorMessages } from './review-form.errors.js';

const FIELD_ORDER: ReviewField[] = ['rating', 'title', 'body', 'fit', 'author', 'email', 'media', 'consent'];

/** A field error found before sending, or one the backend refused (`item`: the photo's position, from 1). */
export type FormFieldError = ReviewFieldError | { field: ReviewField; problem: 'refused'; item?: number };

/** Input names of `ReviewInput` (and the short forms backends use) → the form's fields. */
const inputFields = new Map<string, ReviewField>([
  ['rating', 'rating'],
  ['title', 'title'],
  ['body', 'body'],
  ['fit', 'fit'],
  ['author', 'author'],
  ['email', 'email'],
  ['mediaConsent', 'consent'],
  ['consent', 'consent'],
  ['mediaIds', 'media'],
  ['mediaAlt', 'media'],
  ['media', 'media'],
]);

/**
 * The field a backend's `field` path names — `email`, `mediaIds[1]`, `media[0].alt`,
 * `mediaAlt.<mediaId>` — or undefined when the form has no such field (then a general message).
 */
export function refusedField(path: string, mediaIds: readonly string[]): FormFieldError | undefined {
  const m = /^(\w+)(?:\[(\d+)\]|\.([^.[\]]+))?/.exec(path);
  const field = m ? inputFields.get(m[1]!) : undefined;
  if (!m || !field) return undefined;
  const index = m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? mediaIds.indexOf(m[3]) : -1;
  return { field, problem: 'refused', ...(field === 'media' && index >= 0 ? { item: index + 1 } : {}) };
}

/**
 * The errors left after an edit: a checked error goes once the check passes (`fresh` is the
 * check now); a refused one once its own field changed (the backend cannot be asked per keystroke).
 */
export function errorsAfterEdit(errors: readonly FormFieldError[], fresh: readonly ReviewFieldError[], patch: object): FormFieldError[] {
  const now = new Set(fresh.map((e) => e.field));
  return errors.filter((e) => (e.problem === 'refused' ? !Object.hasOwn(patch, e.field) : now.has(e.field)));
}

/** The length each field's "too long" message states (a media error: one description's). */
const LENGTH_LIMITS: Partial<Record<ReviewField, number>> = {
  title: reviewLimits.title,
  author: reviewLimits.author,
  body: reviewLimits.body,
  media: MEDIA_ALT_MAX,
};

export function reviewErrorText(e: FormFieldError, lang: string): string {
  const t = messagesIn(reviewErrorMessages, lang);
  if (e.problem === 'refused') return t.refused(e.field, e.item ? formatNumber(e.item, lang) : undefined);
  return t.error(e.field, e.problem, formatNumber(LENGTH_LIMITS[e.field] ?? 0, lang));
}

/** Every error in page order, each a link to its field (`<uid>-<field>`). */
export function renderReviewSummary(errors: readonly FormFieldError[], o: { uid: string; title: string; lang: string }) {
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
