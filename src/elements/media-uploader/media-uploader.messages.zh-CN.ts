/** Simplified Chinese for media-uploader.messages.ts: its own module, imported only when an element speaks Chinese (core/i18n.ts). */
import type { UploaderMessages } from './media-uploader.messages.js';
import face from '../../core/media-face.messages.zh-CN.js';

export default {
  ...face,
  fileLabel: (kind: 'image' | 'video' | 'file', name: string) =>
    `${kind === 'image' ? '照片' : kind === 'video' ? '视频' : '文件'} ${name}`,
  altLabel: (kind: 'image' | 'video'): string => (kind === 'video' ? '描述此视频（可选）' : '描述此照片（可选）'),
  altHint: '方便使用读屏软件的顾客了解内容。',
  checking: '正在检查…',
  processing: '正在处理…',
  uploading: (percent: string) => `正在上传，${percent}`,
  uploaded: '已上传',
  pending: '已上传，商家审核后显示',
  cancelled: '已取消上传',
  progressAnnouncement: (name: string, percent: string) => `${name}：已上传 ${percent}`,
  doneAnnouncement: (name: string) => `${name} 已上传`,
  gpsRemoved: '已删除位置信息',
  originalKept: '按原样发送，由商家转换',
  duration: (duration: string) => `时长 ${duration}`,
  cancel: '取消',
  cancelFile: (name: string) => `取消：${name}`,
  retry: '重试',
  retryFile: (name: string) => `重试：${name}`,
  remove: '删除',
  removeFile: (name: string) => `删除：${name}`,
  moveEarlier: '前移',
  moveLater: '后移',
  moveEarlierFile: (name: string) => `前移：${name}`,
  moveLaterFile: (name: string) => `后移：${name}`,
  moved: (name: string, position: number, total: number) => `${name} 已移到第 ${position} 位，共 ${total} 个`,
  removed: (name: string) => `已删除 ${name}`,
  added: (count: number) => `已添加 ${count} 个文件`,
  required: '请至少添加一张照片或一个视频。',
  waitForUploads: '请等待上传完成。',
} satisfies UploaderMessages;
