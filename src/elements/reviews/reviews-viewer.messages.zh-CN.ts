/** Simplified Chinese for reviews-viewer.messages.ts: its own module, imported only when an element speaks Chinese (core/i18n.ts). */
import type { ViewerMessages } from './reviews-viewer.messages.js';

export default {
  viewerLabel: '买家图片和视频',
  viewerPosition: (n: number, total: number) => `第 ${n} 个，共 ${total} 个`,
  viewerBy: (author: string) => `来自 ${author}`,
  previous: '上一个',
  next: '下一个',
  close: '关闭',
} satisfies ViewerMessages;
