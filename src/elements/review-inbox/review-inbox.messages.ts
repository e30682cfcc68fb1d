import { countEn, defineMessages } from '../../core/i18n.js';
import type { ModerationReason, ReplyOffer } from '../../domain/merchant.js';

const reasonsEn: Record<ModerationReason, string> = {
  spam: 'Spam or advertising',
  offensive: 'Offensive or abusive',
  personal_data: 'Shows personal data',
  off_topic: 'Not about the product or the purchase',
  not_the_product: 'Photo is not of the product',
  copyright: 'Someone else’s content',
  unclear: 'Unreadable or unrecognisable',
};

const offersEn: Record<ReplyOffer, string> = {
  refund: 'Refund',
  exchange: 'Exchange',
  voucher: 'Voucher',
  contact: 'Contact us',
  thanks: 'Thank you',
};

const en = {
  heading: 'Review inbox',
  views: 'Which reviews',
  pending: (n: string) => `Waiting for moderation (${n})`,
  unanswered: (n: string) => `Needs a reply (${n})`,
  answered: (n: string) => `Answered (${n})`,
  filters: 'Filters',
  product: 'Product',
  allProducts: 'All products',
  rating: 'Rating',
  anyRating: 'Any rating',
  stars: (n: number) => countEn(n, '1 star', `${n} stars`),
  starsOutOf: (n: number) => `${n} out of 5 stars`,
  media: 'Photos or videos',
  any: 'Any',
  withMedia: 'With photos or videos',
  withoutMedia: 'Without',
  showing: (from: string, to: string, total: string) => `${from}–${to} of ${total}`,
  none: 'Nothing here. Every review in this view has been handled.',
  previous: 'Previous page',
  next: 'Next page',
  select: (author: string) => `Select the review by ${author}`,
  bulkApprove: (n: number) => `Approve selected (${n})`,
  approved: (n: number) => countEn(n, '1 review approved.', `${n} reviews approved.`),
  concern: 'Mentions damage or “not as described”',
  verified: 'Verified buyer',
  by: (author: string, date: string) => `${author}, ${date}`,
  language: (lang: string): string => (lang === 'zh-CN' ? 'Written in Chinese' : 'Written in English'),
  text: 'Text',
  approve: 'Approve',
  reject: 'Reject',
  reasonLabel: 'Reason for rejecting',
  chooseReason: 'Choose a reason…',
  reasonNeeded: 'Choose a reason before rejecting.',
  photo: (n: number) => `Photo ${n}`,
  video: (n: number) => `Video ${n}`,
  status: (s: 'pending' | 'published' | 'rejected'): string => ({ pending: 'Pending', published: 'Published', rejected: 'Rejected' })[s],
  rejectedFor: (reason: string) => `Rejected: ${reason}`,
  reason: (r: ModerationReason) => reasonsEn[r],
  offer: (o: ReplyOffer) => offersEn[o],
  reply: 'Reply in public',
  template: 'Start from a template',
  noTemplate: 'No template',
  replyText: 'Reply',
  replyHint: 'Shown under the review, in the reviewer’s language. The review itself never changes.',
  preview: 'Preview, as shoppers will see it',
  publish: 'Publish reply',
  saveEdit: 'Save changes',
  deleteReply: 'Delete reply',
  saveTemplate: 'Save wording to this template',
  templateSaved: 'Template saved.',
  published: 'Reply published.',
  updated: 'Reply updated.',
  deleted: 'Reply deleted.',
  moderated: 'Saved.',
  unavailable: 'This backend has no merchant features (listReviewInbox is missing).',
  failed: 'That did not work. Nothing was changed; try again.',
  empty: 'Write a reply first.',
  tooLong: 'Shorten the reply to 3,000 characters or fewer.',
  /** Under the reply: `count` and `max` are formatted numbers. */
  replyCount: (count: string, max: string) => `${count} of ${max} characters`,
};

export type InboxMessages = typeof en;
export const inboxMessages = defineMessages(en, () => import('./review-inbox.messages.zh-CN.js'));

/** The reply heading exactly as `<rl-reviews>` shows it, in the reviewer's language. */
export const replyHeading = { en: 'Reply from the shop', 'zh-CN': '商家回复' } as const;
