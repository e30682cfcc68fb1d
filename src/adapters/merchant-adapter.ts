/**
 * The merchant's methods of the adapter contract, for the admin elements `<rl-review-inbox>` and
 * `<rl-return-insights>`. Like every method they are optional: a backend without them simply has
 * no merchant features. A shop's backend must authenticate these calls (the reference server
 * uses a merchant session or a bearer token); shopper pages never need them.
 */
import type {
  BulkApproveInput,
  BulkApproveResult,
  DeleteReplyInput,
  InboxPage,
  InboxQuery,
  InboxReview,
  ModerateMediaInput,
  ModerateReviewInput,
  ReplyInput,
  ReplyTemplate,
  ReplyTemplateList,
  ReplyTemplateQuery,
} from '../domain/merchant.js';
import type { AcceptSuggestionInput, AcceptSuggestionResult, InsightsQuery, ReturnInsights } from '../domain/insights.js';
import type { CallOptions } from './adapter.js';

export interface MerchantAdapter {
  /** Reviews that need the shop: pending moderation, or published (filter by answered). */
  listReviewInbox?(query: InboxQuery, options?: CallOptions): Promise<InboxPage>;
  /** Approves or rejects a review's text (a rejection names a reason). Its photos keep their own state. */
  moderateReview?(input: ModerateReviewInput, options?: CallOptions): Promise<InboxReview>;
  /** Approves or rejects one photo or video of a review. */
  moderateMedia?(input: ModerateMediaInput, options?: CallOptions): Promise<InboxReview>;
  /** Approves pending reviews with all their pending media. */
  bulkApproveReviews?(input: BulkApproveInput, options?: CallOptions): Promise<BulkApproveResult>;
  /** Publishes the shop's reply under a review. The review itself never changes. */
  createReply?(input: ReplyInput, options?: CallOptions): Promise<InboxReview>;
  updateReply?(input: ReplyInput, options?: CallOptions): Promise<InboxReview>;
  deleteReply?(input: DeleteReplyInput, options?: CallOptions): Promise<InboxReview>;
  listReplyTemplates?(query: ReplyTemplateQuery, options?: CallOptions): Promise<ReplyTemplateList>;
  /** Creates or replaces a template (by id). */
  saveReplyTemplate?(template: ReplyTemplate, options?: CallOptions): Promise<ReplyTemplate>;
  /** Return rates, reasons, sizes, evidence and suggestions for a date range (and optionally one product). */
  getReturnInsights?(query: InsightsQuery, options?: CallOptions): Promise<ReturnInsights>;
  /** Accepts a suggestion; one Returnless owns (a fit note) takes effect where shoppers see fit. */
  acceptSuggestion?(input: AcceptSuggestionInput, options?: CallOptions): Promise<AcceptSuggestionResult>;
}

/** The merchant method names, in documentation order. */
export const merchantMethods = [
  'listReviewInbox',
  'moderateReview',
  'moderateMedia',
  'bulkApproveReviews',
  'createReply',
  'updateReply',
  'deleteReply',
  'listReplyTemplates',
  'saveReplyTemplate',
  'getReturnInsights',
  'acceptSuggestion',
] as const satisfies readonly (keyof MerchantAdapter)[];
