/**
 * Messages every element needs up front, in both languages: a few words, so no Chinese module of
 * their own (see i18n.ts). Error wording lives in error-messages.ts, loaded with the error states.
 */
import type { Language } from './i18n.js';

const en = {
  /** The catalogue's own language, so lazily loaded helpers (error states) can match it. */
  lang: 'en',
  loading: 'Loading…',
  retry: 'Try again',
};
export type CoreMessages = typeof en;

export const coreMessages: Record<Language, CoreMessages> = {
  en,
  'zh-CN': {
    lang: 'zh-CN',
    loading: '加载中…',
    retry: '重试',
  },
};
