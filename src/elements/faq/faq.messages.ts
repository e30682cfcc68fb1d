import { countEn, defineMessages } from '../../core/i18n.js';

const en = {
  searchLabel: 'Search questions',
  searchPlaceholder: 'Type a word, e.g. refund',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  copyLink: 'Copy link',
  copyLinkTo: (question: string) => `Copy link to “${question}”`,
  linkCopied: 'Link copied',
  linkInAddressBar: 'The link to this question is now in the address bar',
  resultCount: (count: number, query: string) => countEn(count, `1 question matches “${query}”`, `${count} questions match “${query}”`),
  noResults: (query: string) => `No questions match “${query}”.`,
  clearSearch: 'Clear search',
  empty: 'There are no questions here yet.',
};

export type FaqMessages = typeof en;
export const faqMessages = defineMessages(en, () => import('./faq.messages.zh-CN.js'));
