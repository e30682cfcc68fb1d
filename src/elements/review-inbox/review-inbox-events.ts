/** The details of `<rl-review-inbox>`'s events (re-exported by review-inbox.ts). */
import type { ModerationReason } from '../../domain/merchant.js';

/** `rl-review-moderated` detail: what the merchant decided. */
export interface ReviewModeratedDetail {
  reviewId: string;
  mediaId?: string;
  decision: 'approve' | 'reject';
  reason?: ModerationReason;
}
/** `rl-reply-changed` detail: a reply was published, edited or deleted. */
export interface ReplyChangedDetail {
  reviewId: string;
  action: 'created' | 'updated' | 'deleted';
}
