/** What the uploader's face says (limits, add buttons, drop hint, count): also drawn by `<rl-review-form>`'s stand-in. */
import { countEn, defineMessages } from './i18n.js';

export type Kinds = 'image' | 'video' | 'both';

const en = {
  add: (kinds: Kinds): string => (kinds === 'image' ? 'Add photos' : kinds === 'video' ? 'Add videos' : 'Add photos or videos'),
  camera: (kinds: Kinds): string => (kinds === 'video' ? 'Record a video' : kinds === 'image' ? 'Take a photo' : 'Use the camera'),
  dropHint: 'You can also drop or paste files here.',
  /** Between the limits' sentences: a space in English, none after Chinese full stops (。). */
  sentenceGap: ' ',
  limitFiles: (max: number) => countEn(max, 'One file.', `Up to ${max} files.`),
  limitImages: (size: string) => `Photos: JPEG, PNG, WebP, GIF or HEIC, up to ${size} each.`,
  limitVideos: (size: string, duration: string) => `Videos: MP4, MOV or WebM, up to ${size} and ${duration} each.`,
  privacy: 'Photos are resized and their location data is removed before upload.',
  count: (n: number, max: number) => `${n} of ${max} added`,
  full: (max: number) =>
    countEn(
      max,
      'You have added the one file allowed. Remove it to add another.',
      `You have added the maximum of ${max} files. Remove one to add another.`,
    ),
  unavailable: 'Adding photos and videos is not available here.',
};

export type FaceMessages = typeof en;
export const faceMessages = defineMessages(en, () => import('./media-face.messages.zh-CN.js'));
