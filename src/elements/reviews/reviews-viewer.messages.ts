/** What the photo viewer says: with its chunk (reviews-viewer.ts), loaded when the first photo is opened. */
import { defineMessages } from '../../core/i18n.js';

const en = {
  viewerLabel: 'Customer photos and videos',
  viewerPosition: (n: number, total: number) => `${n} of ${total}`,
  viewerBy: (author: string) => `From ${author}`,
  previous: 'Previous',
  next: 'Next',
  close: 'Close',
};

export type ViewerMessages = typeof en;
export const viewerMessages = defineMessages(en, () => import('./reviews-viewer.messages.zh-CN.js'));
