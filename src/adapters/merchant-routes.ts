/**
 * REST routes of the merchant methods, all under `/admin` (authenticated: a merchant session
 * cookie or `Authorization: Bearer …`). Writes are idempotent by nature (they set a state), so
 * they need no `Idempotency-Key`.
 */
export const merchantRoutes = {
  listReviewInbox: { method: 'GET', path: '/admin/reviews' },
  moderateReview: { method: 'POST', path: '/admin/reviews/:reviewId/moderation' },
  moderateMedia: { method: 'POST', path: '/admin/reviews/:reviewId/media/:mediaId/moderation' },
  bulkApproveReviews: { method: 'POST', path: '/admin/reviews/approve' },
  createReply: { method: 'POST', path: '/admin/reviews/:reviewId/reply' },
  updateReply: { method: 'PUT', path: '/admin/reviews/:reviewId/reply' },
  deleteReply: { method: 'DELETE', path: '/admin/reviews/:reviewId/reply' },
  listReplyTemplates: { method: 'GET', path: '/admin/reply-templates' },
  saveReplyTemplate: { method: 'PUT', path: '/admin/reply-templates/:id' },
  getReturnInsights: { method: 'GET', path: '/admin/insights' },
  acceptSuggestion: { method: 'POST', path: '/admin/suggestions/accept' },
} as const;
