/** FAQ model: what `getFaq` returns and `<rl-faq>` renders. */
import * as z from 'zod/mini';
import { Id, LocaleTag, PlainText, RichText } from './common.js';

export const FaqEntry = z.object({
  /** Stable id: used for deep links (`#id`) and events. */
  id: Id,
  question: PlainText,
  /** Safe rich text (paragraphs, lists, links, emphasis); sanitised before display. */
  answer: RichText,
  category: z.optional(PlainText),
});
export type FaqEntry = z.infer<typeof FaqEntry>;

export const FaqQuery = z.object({
  set: z.optional(Id),
  productId: z.optional(Id),
  locale: LocaleTag,
});
export type FaqQuery = z.infer<typeof FaqQuery>;

export const Faq = z.object({
  entries: z.array(FaqEntry),
});
export type Faq = z.infer<typeof Faq>;
