/** Simplified Chinese for media-uploader.messages.ts: its own module, imported only when an element speaks Chinese (core/i18n.ts). */
import type { UploaderMessages } from './media-uploader.messages.js';
import face from '../../core/media-face.messages.zh-CN.js';

export default {
  ...face,
  fileLabel: (kind: 'image' | 'video' | 'file', name: string) =>
    `${kind === 'image' ? '照片' : kind === 'video' ? '视频' : '文件'} ${name}`,
  cancelled: '已取消上传',
  progressAnnouncement: (name: string, percent: string) => `${name}：已上传 ${percent}`,
  doneAnnouncement: (name: string) => `${name} 已上传`,
  moved: (name: string, position: number, total: number) => `${name} 已移到第 ${position} 位，共 ${total} 个`,
  removed: (name: string) => `已删除 ${name}`,
  added: (count: number) => `已添加 ${count} 个文件`,
  required: '请至少添加一张照片或一个视频。',
  waitForUploads: '请等待上传完成。',
  altTooLong: (limit: string): string => `请将描述缩短到 ${limit} 个字以内。`,
} satisfies UploaderMessages;
