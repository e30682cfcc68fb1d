import { defineElement } from '../../core/define.js';
import { RlReturnPolicy } from './return-policy.js';

defineElement('rl-return-policy', RlReturnPolicy);
export { RlReturnPolicy };
