/**
 * FAQ model: what `getFaq` returns and `<rl-faq>` renders.
 *
 * Built on first parse (`z.lazy`), like the product schemas: this module travels in the zod chunk
 * that every page with data evaluates, and a product page never reads an FAQ (issue 16: building
 * its objects was part of that chunk's evaluation, one of the product page's long tasks).
 */
import * as z from 'zod/mini';
import { Id, LocaleTag, PlainText, RichText } from './common.js';

export const FaqEntry = z.lazy(() =>
  z.object({
    /** Stable id: used for deep links (`#id`) and events. */
    id: Id,
    question: PlainText,
    /** Safe rich text (paragraphs, lists, links, emphasis); sanitised before display. */
    answer: RichText,
    category: z.optional(PlainText),
  }),
);
export type FaqEntry = z.infer<typeof FaqEntry>;

export const FaqQuery = z.lazy(() =>
  z.object({
    set: z.optional(Id),
    productId: z.optional(Id),
    locale: LocaleTag,
  }),
);
export type FaqQuery = z.infer<typeof FaqQuery>;

export const Faq = z.lazy(() => z.object({ entries: z.array(FaqEntry) }));
export type Faq = z.infer<typeof Faq>;
