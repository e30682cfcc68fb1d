/**
 * Shopper wording for each AdapterError code, in both languages: a few sentences that come with the
 * error states, so (like messages.ts) no Chinese module of their own and no request for it.
 */
import type { AdapterErrorCode } from '../adapters/errors.js';
import type { Language } from './i18n.js';

export const errorMessages: Record<Language, Record<AdapterErrorCode | 'config' | 'offline', string>> = {
  en: {
    // `network` is also a server that failed (5xx) or a broken hand-written adapter: the shop's fault, not the
    // shopper's connection. `offline` is `network` while the browser knows it has no connection (states.ts).
    network: 'The shop is not answering right now. Please try again.',
    offline: 'You are offline. Check your connection and try again.',
    timeout: 'This is taking too long. Please try again.',
    not_found: 'We could not find this information.',
    invalid_response: 'Something went wrong on our side. Please try again later.',
    rejected: 'This request was not accepted. Please check your details.',
    rate_limited: 'Too many attempts. Please wait a moment and try again.',
    unavailable: 'This is not available right now.',
    config: 'This section is not set up yet.',
  },
  'zh-CN': {
    network: '商店暂时没有响应，请重试。',
    offline: '您已离线。请检查网络后重试。',
    timeout: '加载时间过长，请重试。',
    not_found: '未找到相关信息。',
    invalid_response: '我们这边出了点问题，请稍后再试。',
    rejected: '请求未被接受，请检查您填写的信息。',
    rate_limited: '尝试次数过多，请稍候再试。',
    unavailable: '此功能暂不可用。',
    config: '此部分尚未设置。',
  },
};
