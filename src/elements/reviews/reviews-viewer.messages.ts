/** What the photo viewer says: with its chunk (reviews-viewer.ts), loaded when the first photo is opened. */
import { defineMessages } from '../../core/i18n.js';

export const viewerMessages = defineMessages(
  {
    viewerLabel: 'Customer photos and videos',
    viewerPosition: (n: number, total: number) => `${n} of ${total}`,
    viewerBy: (author: string) => `From ${author}`,
    previous: 'Previous',
    next: 'Next',
    close: 'Close',
  },
  {
    viewerLabel: '买家图片和视频',
    viewerPosition: (n: number, total: number) => `第 ${n} 个，共 ${total} 个`,
    viewerBy: (author: string) => `来自 ${author}`,
    previous: '上一个',
    next: '下一个',
    close: '关闭',
  },
);
