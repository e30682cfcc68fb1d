import { defineElement } from '../../core/define.js';
import { RlSizeGuide } from './size-guide.js';

defineElement('rl-size-guide', RlSizeGuide);
export { RlSizeGuide };
