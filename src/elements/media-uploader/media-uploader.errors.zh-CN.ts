/** Simplified Chinese for media-uploader.errors.ts: its own module, imported only when an element speaks Chinese (core/i18n.ts). */
import type { Kinds, UploaderErrorMessages } from './media-uploader.errors.js';

export default {
  refusedType: '不支持此文件类型（支持 JPEG、PNG、WebP、GIF、HEIC、MP4、MOV、WebM）。',
  refusedSvg: '不能上传 SVG 图形，请添加照片。',
  refusedHtml: '这是网页文件，不是照片或视频。',
  refusedExecutable: '这是程序文件，不是照片或视频。',
  refusedEmpty: '此文件为空。',
  refusedKind: (kinds: Kinds): string => (kinds === 'image' ? '这里只能添加照片。' : '这里只能添加视频。'),
  refusedTooMany: (max: number) => `最多只能添加 ${max} 个文件。`,
  refusedImageSize: (size: string) => `此照片超过 ${size}。`,
  refusedVideoSize: (size: string) => `此视频超过 ${size}。`,
  refusedVideoLength: (duration: string) => `此视频超过 ${duration}。`,
  refusedUnreadable: '无法读取此图片，文件可能已损坏或不完整。',
  refusedHeic: '此浏览器无法转换 HEIC 照片。请选择 JPEG，或将相机设置为“兼容性最佳”。',
  uploadFailed: '上传失败。',
  uploadInterrupted: '上传中断。请检查网络后重试。',
  uploadRejected: '商家未接受此文件。',
  uploadBusy: '当前上传过多，请稍后重试。',
  uploadUnavailable: '暂时无法上传。',
} satisfies UploaderErrorMessages;
