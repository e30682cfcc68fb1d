/**
 * Validating a review draft before it is sent: pure, field by field, in the order the form
 * shows them, so the error summary and the focus follow the page. Nothing here depends on
 * the rating beyond its presence: the same rules apply to one star and to five.
 *
 * Apart from review-input.ts, whose limits the form needs at first paint: this loads with the
 * form's remote module (issue 16: ~900 B less in the product page's shared chunk).
 */
import { altTooLong } from './media-rules.js';
import { fitVotes, reviewLimits, type ReviewDraftFields, type ReviewFieldError } from './review-input.js';

/** Same shape zod's `z.email()` accepts in practice: one @, a dot in the domain, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function validateReviewDraft(draft: ReviewDraftFields, options: { askFit?: boolean } = {}): ReviewFieldError[] {
  const errors: ReviewFieldError[] = [];
  const text = (v?: string) => (v ?? '').trim();
  const rating = draft.rating;
  if (!rating || !Number.isInteger(rating) || rating < 1 || rating > 5) errors.push({ field: 'rating', problem: 'required' });
  if (text(draft.title).length > reviewLimits.title) errors.push({ field: 'title', problem: 'too-long' });
  const body = text(draft.body);
  if (body.length < reviewLimits.bodyMin) errors.push({ field: 'body', problem: 'required' });
  else if (body.length > reviewLimits.body) errors.push({ field: 'body', problem: 'too-long' });
  // The fit question is optional: a shopper who does not know skips it. A value must be one of the three.
  if (options.askFit && draft.fit && !(fitVotes as readonly string[]).includes(draft.fit))
    errors.push({ field: 'fit', problem: 'invalid' });
  const author = text(draft.author);
  if (!author) errors.push({ field: 'author', problem: 'required' });
  else if (author.length > reviewLimits.author) errors.push({ field: 'author', problem: 'too-long' });
  const email = text(draft.email);
  if (!email) errors.push({ field: 'email', problem: 'required' });
  else if (!EMAIL.test(email) || email.length > 254) errors.push({ field: 'email', problem: 'invalid' });
  if (draft.mediaBusy) errors.push({ field: 'media', problem: 'busy' });
  else if (draft.media?.some((m) => altTooLong(m.alt))) errors.push({ field: 'media', problem: 'too-long' });
  if ((draft.mediaIds?.length ?? 0) > 0 && !draft.mediaConsent) errors.push({ field: 'consent', problem: 'required' });
  return errors;
}
