/** Simplified Chinese for media-face.messages.ts: its own module, imported only when an element speaks Chinese (core/i18n.ts). */
import type { Kinds, FaceMessages } from './media-face.messages.js';

export default {
  add: (kinds: Kinds): string => (kinds === 'image' ? '添加照片' : kinds === 'video' ? '添加视频' : '添加照片或视频'),
  camera: (kinds: Kinds): string => (kinds === 'video' ? '录制视频' : kinds === 'image' ? '拍照' : '使用相机'),
  dropHint: '也可以将文件拖放或粘贴到这里。',
  sentenceGap: '',
  limitFiles: (max: number) => `最多 ${max} 个文件。`,
  limitImages: (size: string) => `照片：JPEG、PNG、WebP、GIF 或 HEIC，每张不超过 ${size}。`,
  limitVideos: (size: string, duration: string) => `视频：MP4、MOV 或 WebM，每个不超过 ${size}、时长不超过 ${duration}。`,
  privacy: '照片上传前会缩小尺寸，并删除其中的位置信息。',
  count: (n: number, max: number) => `已添加 ${n} / ${max} 个`,
  full: (max: number) => `已达到 ${max} 个文件的上限。请先删除一个再添加。`,
  unavailable: '此处无法添加照片和视频。',
} satisfies FaceMessages;
