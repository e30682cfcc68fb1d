/** What the element says before a chart is loaded: the trigger and the dialog frame. */
import { defineMessages } from '../../core/i18n.js';

export const sizeGuideMessages = defineMessages(
  {
    trigger: 'Size guide',
    title: 'Size guide',
    close: 'Close size guide',
    empty: 'There is no size chart for this item.',
    invalidChart: 'This size chart could not be read.',
  },
  {
    trigger: '尺码指南',
    title: '尺码指南',
    close: '关闭尺码指南',
    empty: '此商品没有尺码表。',
    invalidChart: '无法读取此尺码表。',
  },
);
export type SizeGuideMessages = typeof sizeGuideMessages.en;
