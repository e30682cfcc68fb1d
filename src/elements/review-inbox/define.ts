import { defineElement } from '../../core/define.js';
import { RlReviewInbox } from './review-inbox.js';

defineElement('rl-review-inbox', RlReviewInbox);
export { RlReviewInbox };
