/**
 * What a shopper sends with a review, and the backend's receipt: only the review form's submit
 * (review-remote.ts) and the validating adapter parse them, so a product page's schemas chunk,
 * loaded with its first answer, does not carry them (issue 16).
 */
import * as z from 'zod/mini';
import { Email, FitVote, Id, PlainText } from './common.js';
import { reviewLimits } from './review-input.js';
import { Rating } from './reviews.js';

export const ReviewInput = z.lazy(() =>
  z.object({
    productId: Id,
    rating: Rating,
    title: z.optional(PlainText.check(z.maxLength(reviewLimits.title))),
    body: PlainText.check(z.minLength(reviewLimits.bodyMin), z.maxLength(reviewLimits.body)),
    fit: z.optional(FitVote),
    author: PlainText.check(z.minLength(1), z.maxLength(reviewLimits.author)),
    email: Email,
    mediaIds: z._default(z.array(Id), []),
    mediaConsent: z.optional(z.boolean()),
    /** Descriptions (alt text) by media id, typed after the upload finished. */
    mediaAlt: z.optional(z.record(z.string(), PlainText.check(z.maxLength(500)))),
    /**
     * Proof of purchase for the verified-buyer badge: a signed review invitation (sent per order
     * line after delivery) or an order's `lookupToken`. Without it the review is not verified; a
     * typed email never counts as proof.
     */
    invitation: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))),
    lookupToken: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))),
  }),
);
export type ReviewInput = z.infer<typeof ReviewInput>;

export const ReviewReceipt = z.lazy(() =>
  z.object({
    id: Id,
    status: z.enum(['published', 'pending']),
  }),
);
export type ReviewReceipt = z.infer<typeof ReviewReceipt>;
