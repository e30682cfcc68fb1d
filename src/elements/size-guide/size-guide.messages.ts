/** What the element says before a chart is loaded: the trigger and the dialog frame. */
import { defineMessages } from '../../core/i18n.js';

const en = {
  trigger: 'Size guide',
  title: 'Size guide',
  close: 'Close size guide',
  empty: 'There is no size chart for this item.',
  invalidChart: 'This size chart could not be read.',
};

export type SizeGuideMessages = typeof en;
export const sizeGuideMessages = defineMessages(en, () => import('./size-guide.messages.zh-CN.js'));
