/** Simplified Chinese for review-form.messages.ts: its own module, imported only when an element speaks Chinese (core/i18n.ts). */
import type { ReviewFormMessages } from './review-form.messages.js';

export default {
  rating: '您的评分',
  required: '（必填）',
  optional: '（可选）',
  stars: (n: number) => `${n} 星`,
  title: '标题',
  body: '您的评价',
  bodyHint: '您喜欢或不喜欢哪些地方？您是如何使用的？',
  counter: (count: string, max: string) => `${count} / ${max} 字`,
  fit: '尺码合适吗？',
  fitSmall: '偏小',
  fitTrue: '尺码标准',
  fitLarge: '偏大',
  author: '您的名字',
  authorHint: '会与您的评价一起显示。',
  email: '电子邮箱',
  emailHint: '不会公开，仅用于就此评价与您联系。',
  media: '照片和视频',
  consent: '商家可以将我的照片和视频随评价公开展示。',
  submit: '提交评价',
  sending: '正在发送…',
  summaryTitle: '请修改以下问题',
  failed: '您的评价未能发送，已填写的内容仍然保留。',
  failedRetry: '请重试。',
  unavailable: '此处暂时无法提交评价。',
} satisfies ReviewFormMessages;
