/**
 * Sending a review, loaded by the first submit (schemas, validation, error wording): the form
 * renders and accepts typing before any of this arrives (its fit question needs only
 * review-fit-check.ts).
 */
import type { ReturnlessAdapter } from '../../adapters/adapter.js';
import { callAdapter } from '../../adapters/call.js';
import type { AdapterErrorCode } from '../../adapters/errors.js';
import { errorCode, errorField } from '../../core/error-code.js';
import { fitVotes } from '../../domain/review-input.js';
import { ReviewInput, ReviewReceipt } from '../../domain/review-submit.js';
import type { RlMediaUploader, UploadedMedia } from '../media-uploader/media-uploader.js';
import { refusedField, type FormFieldError } from './review-errors.js';
import type { ReviewDraft } from './review-draft.js';
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

/** What the form passes along with the draft. */
export interface SendOptions {
  productId: string;
  /** Whether the fit question was asked (its answer is sent only then). */
  askFit: boolean;
  uploader: RlMediaUploader | null;
  invitation: string | undefined;
}

/** A sent review's receipt, or why it was not sent (`refused`: the field the backend refused, marked like a checked one). */
export type SendOutcome =
  { receipt: ReviewReceipt & { mediaPending: boolean } } | { code: AdapterErrorCode; field?: string; refused?: FormFieldError };

/** Sends a checked draft, with its idempotency key (a retried submit creates one review). */
export async function sendReview(adapter: ReturnlessAdapter | undefined, d: ReviewDraft, o: SendOptions): Promise<SendOutcome> {
  const mediaIds = d.media.map((m) => m.id);
  try {
    const receipt = await submitReview(
      adapter,
      {
        productId: o.productId,
        rating: d.rating!,
        title: d.title.trim() || undefined,
        body: d.body.trim(),
        fit: o.askFit && d.fit ? (d.fit as (typeof fitVotes)[number]) : undefined,
        author: d.author.trim(),
        email: d.email.trim(),
        mediaIds,
        mediaConsent: d.media.length ? d.consent : undefined,
        // Descriptions as the uploader holds them now: most are typed after the upload finished.
        mediaAlt: descriptions(d.media, o.uploader?.media),
        ...invitationOf(o.invitation),
      },
      d.key,
    );
    return { receipt: { ...receipt, mediaPending: d.media.some((m) => m.status !== 'published') } };
  } catch (error) {
    const code = errorCode(error);
    const field = errorField(error);
    return { code, field, refused: code === 'rejected' && field ? refusedField(field, mediaIds) : undefined };
  }
}
