/** Messages every element needs up front. Error wording lives in error-messages.ts, loaded with the error states. */
import { defineMessages } from './i18n.js';

export const coreMessages = defineMessages(
  {
    /** The catalogue's own language, so lazily loaded helpers (error states) can match it. */
    lang: 'en',
    loading: 'Loading…',
    retry: 'Try again',
  },
  {
    lang: 'zh-CN',
    loading: '加载中…',
    retry: '重试',
  },
);
export type CoreMessages = typeof coreMessages.en;
