import { countEn, defineMessages } from '../../core/i18n.js';
import { faceMessages } from '../../core/media-face.messages.js';

const en = {
  ...faceMessages.en,
  fileLabel: (kind: 'image' | 'video' | 'file', name: string) =>
    `${kind === 'image' ? 'Photo' : kind === 'video' ? 'Video' : 'File'} ${name}`,
  cancelled: 'Upload cancelled',
  progressAnnouncement: (name: string, percent: string) => `${name}: ${percent} uploaded`,
  doneAnnouncement: (name: string) => `${name} uploaded`,
  moved: (name: string, position: number, total: number) => `${name} moved to position ${position} of ${total}`,
  removed: (name: string) => `${name} removed`,
  added: (count: number) => countEn(count, '1 file added', `${count} files added`),
  required: 'Please add at least one photo or video.',
  waitForUploads: 'Please wait until the uploads have finished.',
  altTooLong: (limit: string): string => `Please shorten the descriptions to ${limit} characters or fewer.`,
};

export type UploaderMessages = typeof en;
export const uploaderMessages = defineMessages(en, () => import('./media-uploader.messages.zh-CN.js'));
