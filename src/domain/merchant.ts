/**
 * The merchant's side of reviews: the moderation queue, moderation of a review and of each photo
 * or video on its own (a rejection always names a reason from a fixed list), the shop's public
 * replies and reply templates in the reviewer's language.
 *
 * Nothing here depends on the rating: no decision, filter or template is tied to the stars
 * (FTC rule on consumer reviews: no suppression of negative reviews). A reply never changes the review.
 */
import * as z from 'zod/mini';
import { FitVote, Id, IsoDateTime, PlainText, SafeUrl } from './common.js';
import { MediaKind } from './media.js';
import { MerchantReply, Rating } from './reviews.js';
import { moderationReasons, REPLY_MAX } from './merchant-logic.js';

/** Why a review or one photo/video is not published. A fixed list: a rejection always names one. */
export const ModerationReason = z.enum(moderationReasons);
export type ModerationReason = z.infer<typeof ModerationReason>;

export const ModerationStatus = z.enum(['pending', 'published', 'rejected']);
export type ModerationStatus = z.infer<typeof ModerationStatus>;

/** Languages a reply template carries (the reviewer's language picks one). */
export const ReplyLang = z.enum(['en', 'zh-CN']);
export type ReplyLang = z.infer<typeof ReplyLang>;

/** One photo or video as the merchant sees it: with its own moderation state. */
export const InboxMedia = z.object({
  id: Id,
  kind: MediaKind,
  url: z.optional(SafeUrl),
  thumbnailUrl: z.optional(SafeUrl),
  alt: z.optional(PlainText),
  status: ModerationStatus,
  reason: z.optional(ModerationReason),
});
export type InboxMedia = z.infer<typeof InboxMedia>;

/** A review as the merchant sees it in the inbox. */
export const InboxReview = z.object({
  id: Id,
  productId: Id,
  productTitle: z.optional(PlainText),
  rating: Rating,
  title: z.optional(PlainText),
  body: PlainText,
  author: PlainText,
  createdAt: IsoDateTime,
  verifiedBuyer: z._default(z.boolean(), false),
  fit: z.optional(FitVote),
  size: z.optional(PlainText),
  /** The reviewer's language: replies and templates follow it. */
  lang: z._default(ReplyLang, 'en'),
  status: ModerationStatus,
  reason: z.optional(ModerationReason),
  media: z._default(z.array(InboxMedia), []),
  reply: z.optional(MerchantReply),
});
export type InboxReview = z.infer<typeof InboxReview>;

/** Which part of the inbox: waiting for moderation, or published (filter answered/unanswered). */
export const InboxView = z.enum(['pending', 'published']);
export type InboxView = z.infer<typeof InboxView>;

export const InboxQuery = z.object({
  view: InboxView,
  productId: z.optional(Id),
  rating: z.optional(Rating),
  hasMedia: z.optional(z.boolean()),
  answered: z.optional(z.boolean()),
  /** Offset of the page, as returned in `nextCursor`. */
  cursor: z.optional(z.string().check(z.maxLength(50))),
  limit: z.optional(z.int().check(z.gte(1), z.lte(100))),
});
export type InboxQuery = z.infer<typeof InboxQuery>;

const Count = z.int().check(z.gte(0));

export const InboxPage = z.object({
  reviews: z.array(InboxReview),
  nextCursor: z.optional(z.nullable(z.string().check(z.maxLength(50)))),
  /** Matches of the current filter. */
  total: Count,
  /** Counts for the tabs, independent of the filter. */
  counts: z.object({ pending: Count, unanswered: Count, answered: Count }),
  /** Products the filter can offer. */
  products: z._default(z.array(z.object({ id: Id, title: PlainText })), []),
});
export type InboxPage = z.infer<typeof InboxPage>;

export const Decision = z.enum(['approve', 'reject']);
export type Decision = z.infer<typeof Decision>;

const needsReason = (v: { decision: Decision; reason?: ModerationReason | undefined }) =>
  v.decision === 'approve' || v.reason !== undefined;
const REASON_REQUIRED = 'a rejection needs a reason from the fixed list';

/** Moderates a review's text (its photos keep their own state). */
export const ModerateReviewInput = z
  .object({ reviewId: Id, decision: Decision, reason: z.optional(ModerationReason) })
  .check(z.refine(needsReason, { message: REASON_REQUIRED, path: ['reason'] }));
export type ModerateReviewInput = z.infer<typeof ModerateReviewInput>;

/** Moderates one photo or video of a review. */
export const ModerateMediaInput = z
  .object({ reviewId: Id, mediaId: Id, decision: Decision, reason: z.optional(ModerationReason) })
  .check(z.refine(needsReason, { message: REASON_REQUIRED, path: ['reason'] }));
export type ModerateMediaInput = z.infer<typeof ModerateMediaInput>;

/** Approves several pending reviews with all their pending photos and videos. */
export const BulkApproveInput = z.object({ reviewIds: z.array(Id).check(z.minLength(1), z.maxLength(100)) });
export type BulkApproveInput = z.infer<typeof BulkApproveInput>;
export const BulkApproveResult = z.object({ reviews: z.array(InboxReview) });
export type BulkApproveResult = z.infer<typeof BulkApproveResult>;

export const ReplyInput = z.object({
  reviewId: Id,
  body: PlainText.check(z.minLength(1), z.maxLength(REPLY_MAX)),
  author: z.optional(PlainText.check(z.maxLength(80))),
});
export type ReplyInput = z.infer<typeof ReplyInput>;
export const DeleteReplyInput = z.object({ reviewId: Id });
export type DeleteReplyInput = z.infer<typeof DeleteReplyInput>;

/** What the shop can offer in a reply. */
export const ReplyOffer = z.enum(['refund', 'exchange', 'voucher', 'contact', 'thanks']);
export type ReplyOffer = z.infer<typeof ReplyOffer>;

/**
 * A reply template: one text per language with placeholders `{name}` (the reviewer),
 * `{product}` and `{shop}`.
 */
export const ReplyTemplate = z.object({
  id: Id,
  offer: ReplyOffer,
  name: PlainText.check(z.minLength(1), z.maxLength(80)),
  bodies: z.object({ en: PlainText.check(z.maxLength(3000)), 'zh-CN': PlainText.check(z.maxLength(3000)) }),
});
export type ReplyTemplate = z.infer<typeof ReplyTemplate>;
export const ReplyTemplateList = z.object({ templates: z.array(ReplyTemplate) });
export type ReplyTemplateList = z.infer<typeof ReplyTemplateList>;
export const ReplyTemplateQuery = z.object({});
export type ReplyTemplateQuery = z.infer<typeof ReplyTemplateQuery>;

// Pure helpers (priority, templates) live in merchant-logic.ts, which imports this module for
// types only: element chunks then carry no schema code.
export * from './merchant-logic.js';
