/**
 * Return insights for the merchant: why products come back, for a date range and optionally one
 * product. The backend aggregates (SQL in the reference server); this module holds the schemas
 * and the pure parts: rates, trends, suggestions with their evidence, and the CSV export.
 */
import * as z from 'zod/mini';
import { FitVote, Id, IsoDate, IsoDateTime, LocaleTag, PlainText, SafeUrl } from './common.js';

const Count = z.int().check(z.gte(0));
/** A share 0–1, or `null` when there is nothing to divide by (a product with no sales). */
const Rate = z.nullable(z.number().check(z.gte(0)));
const Day = IsoDate;

export const InsightsQuery = z
  .object({ from: Day, to: Day, productId: z.optional(Id), /** Language of the reason labels. */ locale: z.optional(LocaleTag) })
  .check(z.refine((q) => q.from <= q.to, { message: '`from` must not be after `to`', path: ['from'] }));
export type InsightsQuery = z.infer<typeof InsightsQuery>;

const FitCounts = z.object({ small: Count, true: Count, large: Count });

/** Sold and returned units of one product, or one variant/size of it. */
export const RateRow = z.object({
  productId: Id,
  title: PlainText,
  /** Present on variant rows. */
  variantId: z.optional(z.nullable(PlainText)),
  size: z.optional(z.nullable(PlainText)),
  sold: Count,
  returned: Count,
  rate: Rate,
});
export type RateRow = z.infer<typeof RateRow>;

/** Units returned for one reason (and carrier) of one product, this period and the previous one. */
export const ReasonCell = z.object({
  productId: Id,
  reasonId: Id,
  carrier: z.optional(z.nullable(PlainText)),
  count: Count,
  previous: Count,
});
export type ReasonCell = z.infer<typeof ReasonCell>;

/** What a returner wrote, or a photo they sent, behind one reason. */
export const ReasonEvidence = z.object({
  reasonId: Id,
  productId: Id,
  comment: z.optional(PlainText),
  photoUrl: z.optional(SafeUrl),
  at: IsoDateTime,
});
export type ReasonEvidence = z.infer<typeof ReasonEvidence>;

/** Size-related returns of one size beside the fit votes reviewers gave for it. */
export const SizeRow = z.object({
  productId: Id,
  size: PlainText,
  sold: Count,
  tooSmall: Count,
  tooLarge: Count,
  fit: FitCounts,
});
export type SizeRow = z.infer<typeof SizeRow>;

export const SuggestionKind = z.enum(['fit_note', 'add_photo', 'check_packaging']);
export type SuggestionKind = z.infer<typeof SuggestionKind>;

/** A change the data argues for, with the numbers behind it. */
export const Suggestion = z.object({
  id: z.string().check(z.maxLength(300)),
  kind: SuggestionKind,
  productId: Id,
  productTitle: PlainText,
  /** fit_note: the tendency to state. */
  tendency: z.optional(FitVote),
  /** Returns that support it, out of `of` (fit_note: size returns). */
  count: Count,
  of: Count,
  /** fit_note: share of review fit votes that agree (null without votes). */
  agree: z.optional(z.nullable(z.number().check(z.gte(0), z.lte(1)))),
  votes: z.optional(Count),
  /** check_packaging: the carrier most of the damage came through. */
  carrier: z.optional(z.nullable(PlainText)),
  /** Returnless owns the data (a fit note) and applies it on accept; else `href` is where to act. */
  owned: z.boolean(),
  accepted: z._default(z.boolean(), false),
  href: z.optional(SafeUrl),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const ReturnInsights = z.object({
  from: Day,
  to: Day,
  previousFrom: Day,
  previousTo: Day,
  productId: z.optional(Id),
  /** Reason ids with their label in the requested language. */
  reasonLabels: z._default(z.array(z.object({ id: Id, label: PlainText, kind: z.optional(PlainText) })), []),
  products: z.array(RateRow),
  variants: z.array(RateRow),
  reasons: z.array(ReasonCell),
  sizes: z.array(SizeRow),
  evidence: z._default(z.array(ReasonEvidence), []),
  suggestions: z._default(z.array(Suggestion), []),
  /** Every product for the product filter. */
  catalog: z._default(z.array(z.object({ id: Id, title: PlainText })), []),
});
export type ReturnInsights = z.infer<typeof ReturnInsights>;

export const AcceptSuggestionInput = z.object({ id: z.string().check(z.minLength(1), z.maxLength(300)) });
export type AcceptSuggestionInput = z.infer<typeof AcceptSuggestionInput>;
export const AcceptSuggestionResult = z.object({ id: z.string(), accepted: z.boolean() });
export type AcceptSuggestionResult = z.infer<typeof AcceptSuggestionResult>;

// Pure helpers (rates, trends, suggestions, CSV) live in insights-logic.ts, which imports this
// module for types only: element chunks then carry no schema code.
export * from './insights-logic.js';
