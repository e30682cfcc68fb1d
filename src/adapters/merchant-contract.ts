/** Schemas of the merchant methods (merged into `contract`). */
import { AcceptSuggestionInput, AcceptSuggestionResult, InsightsQuery, ReturnInsights } from '../domain/insights.js';
import {
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

export const merchantContract = {
  listReviewInbox: { input: InboxQuery, output: InboxPage },
  moderateReview: { input: ModerateReviewInput, output: InboxReview },
  moderateMedia: { input: ModerateMediaInput, output: InboxReview },
  bulkApproveReviews: { input: BulkApproveInput, output: BulkApproveResult },
  createReply: { input: ReplyInput, output: InboxReview },
  updateReply: { input: ReplyInput, output: InboxReview },
  deleteReply: { input: DeleteReplyInput, output: InboxReview },
  listReplyTemplates: { input: ReplyTemplateQuery, output: ReplyTemplateList },
  saveReplyTemplate: { input: ReplyTemplate, output: ReplyTemplate },
  getReturnInsights: { input: InsightsQuery, output: ReturnInsights },
  acceptSuggestion: { input: AcceptSuggestionInput, output: AcceptSuggestionResult },
} as const;
