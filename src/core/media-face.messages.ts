/** What the uploader's face says (limits, add buttons, drop hint, count): also drawn by `<rl-review-form>`'s stand-in. */
import { countEn, defineMessages } from './i18n.js';

export type Kinds = 'image' | 'video' | 'both';

export const faceMessages = defineMessages(
  {
    add: (kinds: Kinds): string => (kinds === 'image' ? 'Add photos' : kinds === 'video' ? 'Add videos' : 'Add photos or videos'),
    camera: (kinds: Kinds): string => (kinds === 'video' ? 'Record a video' : kinds === 'image' ? 'Take a photo' : 'Use the camera'),
    dropHint: 'You can also drop or paste files here.',
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
  },
  {
    add: (kinds: Kinds): string => (kinds === 'image' ? '添加照片' : kinds === 'video' ? '添加视频' : '添加照片或视频'),
    camera: (kinds: Kinds): string => (kinds === 'video' ? '录制视频' : kinds === 'image' ? '拍照' : '使用相机'),
    dropHint: '也可以将文件拖放或粘贴到这里。',
    limitFiles: (max: number) => `最多 ${max} 个文件。`,
    limitImages: (size: string) => `照片：JPEG、PNG、WebP、GIF 或 HEIC，每张不超过 ${size}。`,
    limitVideos: (size: string, duration: string) => `视频：MP4、MOV 或 WebM，每个不超过 ${size}、时长不超过 ${duration}。`,
    privacy: '照片上传前会缩小尺寸，并删除其中的位置信息。',
    count: (n: number, max: number) => `已添加 ${n} / ${max} 个`,
    full: (max: number) => `已达到 ${max} 个文件的上限。请先删除一个再添加。`,
    unavailable: '此处无法添加照片和视频。',
  },
);
export type FaceMessages = typeof faceMessages.en;
