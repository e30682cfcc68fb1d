import { countEn, defineMessages } from '../../core/i18n.js';
import { faceMessages } from '../../core/media-face.messages.js';

const en = {
  ...faceMessages.en,
  fileLabel: (kind: 'image' | 'video' | 'file', name: string) =>
    `${kind === 'image' ? 'Photo' : kind === 'video' ? 'Video' : 'File'} ${name}`,
  altLabel: (kind: 'image' | 'video'): string => (kind === 'video' ? 'Describe this video (optional)' : 'Describe this photo (optional)'),
  altHint: 'Helps shoppers who use a screen reader.',
  checking: 'Checking…',
  processing: 'Preparing…',
  uploading: (percent: string) => `Uploading, ${percent}`,
  uploaded: 'Uploaded',
  pending: 'Uploaded, visible after review by the shop',
  cancelled: 'Upload cancelled',
  progressAnnouncement: (name: string, percent: string) => `${name}: ${percent} uploaded`,
  doneAnnouncement: (name: string) => `${name} uploaded`,
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
  moved: (name: string, position: number, total: number) => `${name} moved to position ${position} of ${total}`,
  removed: (name: string) => `${name} removed`,
  added: (count: number) => countEn(count, '1 file added', `${count} files added`),
  required: 'Please add at least one photo or video.',
  waitForUploads: 'Please wait until the uploads have finished.',
};

export type UploaderMessages = typeof en;
export const uploaderMessages = defineMessages(en, () => import('./media-uploader.messages.zh-CN.js'));
