import { defineElement } from '../../core/define.js';
import { RlReviewForm } from './review-form.js';

defineElement('rl-review-form', RlReviewForm);
export { RlReviewForm };
