/** Simplified Chinese for size-guide.messages.ts: its own module, imported only when an element speaks Chinese (core/i18n.ts). */
import type { SizeGuideMessages } from './size-guide.messages.js';

export default {
  trigger: '尺码指南',
  title: '尺码指南',
  close: '关闭尺码指南',
  empty: '此商品没有尺码表。',
  invalidChart: '无法读取此尺码表。',
} satisfies SizeGuideMessages;
