/** Messages shared by every element: loading, errors, retry. */
import { defineMessages } from './i18n.js';

export const coreMessages = defineMessages(
  {
    loading: 'Loading…',
    retry: 'Try again',
    'error.network': 'We could not connect. Check your connection and try again.',
    'error.timeout': 'This is taking too long. Please try again.',
    'error.not_found': 'We could not find this information.',
    'error.invalid_response': 'Something went wrong on our side. Please try again later.',
    'error.rejected': 'This request was not accepted. Please check your details.',
    'error.rate_limited': 'Too many attempts. Please wait a moment and try again.',
    'error.unavailable': 'This is not available right now.',
    'error.config': 'This section is not set up yet.',
  },
  {
    loading: '加载中…',
    retry: '重试',
    'error.network': '无法连接。请检查网络后重试。',
    'error.timeout': '加载时间过长，请重试。',
    'error.not_found': '未找到相关信息。',
    'error.invalid_response': '我们这边出了点问题，请稍后再试。',
    'error.rejected': '请求未被接受，请检查您填写的信息。',
    'error.rate_limited': '尝试次数过多，请稍候再试。',
    'error.unavailable': '此功能暂不可用。',
    'error.config': '此部分尚未设置。',
  },
);
export type CoreMessages = typeof coreMessages.en;
