/** Search for `<rl-faq searchable>`, loaded only when searching is switched on. */
export { indexFaq, searchFaq } from '../../domain/faq-search.js';
export { FaqHighlighter } from './faq-highlight.js';
