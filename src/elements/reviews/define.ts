import { defineElement } from '../../core/define.js';
import { RlReviews } from './reviews.js';

defineElement('rl-reviews', RlReviews);
export { RlReviews };
