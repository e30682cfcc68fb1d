import { defineElement } from '../../core/define.js';
import { RlReturnForm } from './return-form.js';

defineElement('rl-return-form', RlReturnForm);
export { RlReturnForm };
