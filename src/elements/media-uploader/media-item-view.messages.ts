import { defineMessages } from '../../core/i18n.js';

/** What a file's row says (media-item-view.ts): loaded with the row's code, not with the element. */
const en = {
  altLabel: (kind: 'image' | 'video'): string => (kind === 'video' ? 'Describe this video (optional)' : 'Describe this photo (optional)'),
  altHint: 'Helps shoppers who use a screen reader.',
  /** Below a description over the limit (nothing typed is cut). */
  altTooLong: (count: string, limit: string): string => `${count} characters: shorten it to ${limit} or fewer.`,
  checking: 'Checking…',
  processing: 'Preparing…',
  uploading: (percent: string) => `Uploading, ${percent}`,
  uploaded: 'Uploaded',
  pending: 'Uploaded, visible after review by the shop',
  gpsRemoved: 'Location data removed',
  originalKept: 'Sent as taken; the shop converts it',
  duration: (duration: string) => `Length ${duration}`,
  cancel: 'Cancel',
  cancelFile: (name: string) => `Cancel: ${name}`,
  retry: 'Retry',
  retryFile: (name: string) => `Retry: ${name}`,
  remove: 'Remove',
  removeFile: (name: string) => `Remove: ${name}`,
  moveEarlier: 'Move earlier',
  moveLater: 'Move later',
  moveEarlierFile: (name: string) => `Move earlier: ${name}`,
  moveLaterFile: (name: string) => `Move later: ${name}`,
};

export type ItemViewMessages = typeof en;
export const itemViewMessages = defineMessages(en, () => import('./media-item-view.messages.zh-CN.js'));
