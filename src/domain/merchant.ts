/**
 * The merchant's side of reviews: the moderation queue, moderation of a review and of each photo
 * or video on its own (a rejection always names a reason from a fixed list), the shop's public
 * replies and reply templates in the reviewer's language.
 *
 * Nothing here depends on the rating: no decision, filter or template is tied to the stars
 * (FTC rule on consumer reviews: no suppression of negative reviews). A reply never changes the review.
 */
import * as z from 'zod/mini';
import { Id, IsoDateTime, PlainText, SafeUrl } from './common.js';
import { MediaKind } from './media.js';
import { MerchantReply, Rating } from './reviews.js';
import { FitVote } from './size-chart.js';

/** Why a review or one photo/video is not published. A fixed list: a rejection always names one. */
export const ModerationReason = z.enum(['spam', 'offensive', 'personal_data', 'off_topic', 'not_the_product', 'copyright', 'unclear']);
export type ModerationReason = z.infer<typeof ModerationReason>;
export const moderationReasons = ModerationReason.options;

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
  body: PlainText.check(z.minLength(1), z.maxLength(3000)),
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

// ---------------------------------------------------------------- pure logic

/** Words that flag "not as described" or damage, in English and Chinese (lower case). */
const CONCERN =
  /not as (described|pictured|shown)|different (from|than) the (photo|picture)|damag|broken|torn|ripped|crack|faulty|defect|stain|与描述不符|不符|破损|损坏|坏了|裂|瑕疵|色差/i;

/** True when a review mentions "not as described" or damage: such reviews wait less for a reply. */
export function mentionsConcern(review: Pick<InboxReview, 'title' | 'body'>): boolean {
  return CONCERN.test(`${review.title ?? ''} ${review.body}`);
}

/**
 * The order in which published reviews without a reply are offered: lowest rating first, then
 * reviews mentioning "not as described" or damage, then the longest waiting. (Ordering only:
 * every review stays reachable and every action is the same whatever the rating.)
 */
export function replyPriority(a: InboxReview, b: InboxReview): number {
  return a.rating - b.rating || Number(mentionsConcern(b)) - Number(mentionsConcern(a)) || a.createdAt.localeCompare(b.createdAt);
}

/** The language of a template to use for a reviewer: theirs when present, else English. */
export function replyLang(lang: string | undefined): ReplyLang {
  return lang?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export interface TemplateValues {
  name: string;
  product: string;
  shop: string;
}

/** Fills `{name}`, `{product}` and `{shop}`; other braces stay as written. Plain text in, plain text out. */
export function fillTemplate(template: ReplyTemplate, lang: ReplyLang, values: TemplateValues): string {
  const body = template.bodies[lang] || template.bodies.en;
  return body.replace(/\{(name|product|shop)\}/g, (_, key: keyof TemplateValues) => values[key]);
}

/** Default templates: one per offer, in both languages. */
export const defaultReplyTemplates: ReplyTemplate[] = [
  {
    id: 'tpl-refund',
    offer: 'refund',
    name: 'Offer a refund',
    bodies: {
      en: 'Dear {name}, we are sorry the {product} did not meet your expectations. Please reply to your order email and we will refund you in full, return shipping included. — {shop}',
      'zh-CN': '{name}您好，很抱歉{product}没有达到您的期望。请回复您的订单邮件，我们将全额退款，并承担退货运费。——{shop}',
    },
  },
  {
    id: 'tpl-exchange',
    offer: 'exchange',
    name: 'Offer an exchange',
    bodies: {
      en: 'Dear {name}, thank you for telling us. We would be glad to exchange the {product} for another size or colour, free of charge: start an exchange on our returns page. — {shop}',
      'zh-CN': '{name}您好，感谢您的反馈。我们很乐意为您免费更换{product}的尺码或颜色：请在退货页面发起换货。——{shop}',
    },
  },
  {
    id: 'tpl-voucher',
    offer: 'voucher',
    name: 'Offer a voucher',
    bodies: {
      en: 'Dear {name}, we are sorry about your experience with the {product}. We have sent a voucher to your email to make up for it. — {shop}',
      'zh-CN': '{name}您好，很抱歉{product}给您带来了不好的体验。我们已向您的邮箱发送了一张优惠券作为补偿。——{shop}',
    },
  },
  {
    id: 'tpl-contact',
    offer: 'contact',
    name: 'Ask them to contact us',
    bodies: {
      en: 'Dear {name}, thank you for your review of the {product}. We would like to make this right: please contact our support team and mention this review. — {shop}',
      'zh-CN': '{name}您好，感谢您对{product}的评价。我们希望妥善解决此问题：请联系我们的客服并提及这条评价。——{shop}',
    },
  },
  {
    id: 'tpl-thanks',
    offer: 'thanks',
    name: 'Say thank you',
    bodies: {
      en: 'Dear {name}, thank you for taking the time to review the {product}! — {shop}',
      'zh-CN': '{name}您好，感谢您抽出时间评价{product}！——{shop}',
    },
  },
];
