/** Simplified Chinese for faq.messages.ts: its own module, imported only when an element speaks Chinese (core/i18n.ts). */
import type { FaqMessages } from './faq.messages.js';

export default {
  searchLabel: '搜索问题',
  searchPlaceholder: '输入关键词，例如 退款',
  expandAll: '全部展开',
  collapseAll: '全部收起',
  copyLink: '复制链接',
  copyLinkTo: (question: string) => `复制“${question}”的链接`,
  linkCopied: '链接已复制',
  linkInAddressBar: '此问题的链接已显示在地址栏中',
  resultCount: (count: number, query: string) => `有 ${count} 个问题与“${query}”匹配`,
  noResults: (query: string) => `没有与“${query}”匹配的问题。`,
  clearSearch: '清除搜索',
  empty: '这里还没有问题。',
} satisfies FaqMessages;
