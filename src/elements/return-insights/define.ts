import { defineElement } from '../../core/define.js';
import { RlReturnInsights } from './return-insights.js';

defineElement('rl-return-insights', RlReturnInsights);
export { RlReturnInsights };
