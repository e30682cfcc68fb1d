/**
 * Reviews: what `<rl-reviews>` shows (what shoppers submit is review-submit.ts).
 *
 * Composite schemas are built on first parse (`z.lazy`): a product page's chunk of schemas used to
 * build ~340 zod schemas in one task when it was evaluated (issue 16); now each answer type builds
 * its own with its first answer. test/domain/lazy-schemas.test.ts keeps new ones lazy.
 */
import * as z from 'zod/mini';
import { FitVote, Id, IsoDateTime, LocaleTag, PlainText } from './common.js';
import { MediaRef } from './media.js';

export const Rating = z.int().check(z.gte(1), z.lte(5));

/** A count of reviews or votes. */
const Count = z.int().check(z.gte(0));

/** A paging cursor: opaque to the element, sent back as given (so it obeys the query's limit). */
const Cursor = z.string().check(z.maxLength(500));

export const MerchantReply = z.lazy(() =>
  z.object({
    body: PlainText,
    author: z.optional(PlainText),
    createdAt: IsoDateTime,
    /** Language of the reply's words (BCP 47), when the backend knows it; see `Review.lang`. */
    lang: z.optional(LocaleTag),
  }),
);

export const Review = z.lazy(() =>
  z.object({
    id: Id,
    productId: Id,
    rating: Rating,
    title: z.optional(PlainText),
    body: PlainText,
    author: PlainText,
    createdAt: IsoDateTime,
    verifiedBuyer: z._default(z.boolean(), false),
    fit: z.optional(FitVote),
    /** Size the reviewer bought, if known. */
    size: z.optional(PlainText),
    media: z._default(z.array(MediaRef), []),
    reply: z.optional(MerchantReply),
    helpfulCount: z.optional(Count),
    /**
     * Language of the reviewer's words (title and body, BCP 47: `en`, `zh-CN`), when the backend knows
     * it. `<rl-reviews>` marks them with it, so a screen reader reads a Chinese review on an English
     * page in Chinese (WCAG 3.1.2) and the browser picks the font for its script.
     */
    lang: z.optional(LocaleTag),
  }),
);
export type Review = z.infer<typeof Review>;

export const ReviewSort = z.enum(['newest', 'highest', 'lowest', 'helpful']);
export type ReviewSort = z.infer<typeof ReviewSort>;

export const ReviewSummary = z.lazy(() =>
  z.object({
    average: z.number().check(z.gte(0), z.lte(5)),
    count: Count,
    /** Count per star, index 0 = 1 star … index 4 = 5 stars. */
    // An array of exactly five rather than z.tuple: the same inputs pass and fail, at the same paths, without
    // the tuple kind in the zod chunk (~0.4 kB gzip).
    histogram: z.array(Count).check(z.minLength(5), z.maxLength(5)) as unknown as z.ZodMiniType<[number, number, number, number, number]>,
    /** Fit answers of all reviews (fed to `summariseFit`, shared with the size guide). */
    fit: z.optional(z.object({ small: Count, true: Count, large: Count })),
    /** Reviews with at least one published photo or video. */
    withMediaCount: z.optional(Count),
  }),
);
export type ReviewSummary = z.infer<typeof ReviewSummary>;

export const ReviewListQuery = z.lazy(() =>
  z.object({
    productId: Id,
    cursor: z.optional(Cursor),
    withMedia: z.optional(z.boolean()),
    rating: z.optional(Rating),
    sort: z.optional(ReviewSort),
  }),
);
export type ReviewListQuery = z.infer<typeof ReviewListQuery>;

export const ReviewPage = z.lazy(() =>
  z.object({
    reviews: z.array(Review),
    /** Cursor of the next page; `null` or absent on the last page. */
    nextCursor: z.optional(z.nullable(Cursor)),
    summary: ReviewSummary,
    /** Sorts this backend supports; the element offers only these. */
    sorts: z.optional(z.array(ReviewSort)),
  }),
);
export type ReviewPage = z.infer<typeof ReviewPage>;

// Pure helpers for showing reviews (media, histogram, paging) live in review-filters.ts, which
// imports this module for types only: element chunks then carry no schema code.
