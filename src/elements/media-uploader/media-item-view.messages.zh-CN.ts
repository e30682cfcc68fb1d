/** Simplified Chinese for media-item-view.messages.ts: its own module, imported only when an element speaks Chinese (core/i18n.ts). */
import type { ItemViewMessages } from './media-item-view.messages.js';

export default {
  altLabel: (kind: 'image' | 'video'): string => (kind === 'video' ? '描述此视频（可选）' : '描述此照片（可选）'),
  altHint: '方便使用读屏软件的顾客了解内容。',
  altTooLong: (count: string, limit: string): string => `已有 ${count} 个字：请缩短到 ${limit} 个字以内。`,
  checking: '正在检查…',
  processing: '正在处理…',
  uploading: (percent: string) => `正在上传，${percent}`,
  uploaded: '已上传',
  pending: '已上传，商家审核后显示',
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
} satisfies ItemViewMessages;
