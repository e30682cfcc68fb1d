import { defineElement } from '../../core/define.js';
import { RlFaq } from './faq.js';

defineElement('rl-faq', RlFaq);
export { RlFaq };
