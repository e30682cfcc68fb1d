/**
 * Sending a review, loaded by the first submit (schemas, validation, error wording): the form
 * renders and accepts typing before any of this arrives (its fit question needs only
 * review-fit-check.ts).
 */
import type { ReturnlessAdapter } from '../../adapters/adapter.js';
import { callAdapter } from '../../adapters/call.js';
import { ReviewInput, ReviewReceipt } from '../../domain/review-submit.js';
import type { UploadedMedia } from '../media-uploader/media-uploader.js';
export { errorMessage } from '../../core/states.js';
export { validateReviewDraft } from '../../domain/review-validate.js';
export { errorsAfterEdit, refusedField, renderReviewSummary, reviewErrorText } from './review-errors.js';
export { outcomeStyles, renderSuccess } from './review-outcome.js';

export function submitReview(
  adapter: ReturnlessAdapter | undefined,
  input: ReviewInput,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<ReviewReceipt> {
  return callAdapter(adapter, 'submitReview', { input: ReviewInput, output: ReviewReceipt }, input, { idempotencyKey, signal });
}

/** The descriptions to send, by media id: as the uploader holds them now (`current`), else as the draft saved them. */
export function descriptions(
  media: readonly UploadedMedia[],
  current: readonly UploadedMedia[] = media,
): Record<string, string> | undefined {
  const now = new Map(current.map((m) => [m.id, m.alt?.trim()]));
  const entries = media
    .map((m) => [m.id, now.get(m.id) ?? m.alt?.trim()] as const)
    .filter((e): e is readonly [string, string] => Boolean(e[1]));
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** The invitation to send: the attribute, else the page URL's `invitation` parameter. */
export function invitationOf(attribute: string | undefined): { invitation?: string } {
  let value = attribute;
  try {
    value ||= new URLSearchParams(location.search).get('invitation') ?? undefined;
  } catch {
    /* no location (tests, workers) */
  }
  return value && value.length <= 2048 ? { invitation: value } : {};
}
