/** Size charts and the fit signal learnt from reviews and size-related returns. */
import * as z from 'zod/mini';
import { Id, LocaleTag, PlainText, SafeUrl } from './common.js';

export const SizeSystem = z.enum(['US', 'EU', 'UK', 'JP', 'CN', 'INT']);
export type SizeSystem = z.infer<typeof SizeSystem>;

export const Measurement = z.object({
  key: Id,
  label: PlainText,
  /** `body` = measure yourself; `garment` = measured flat on the item. */
  kind: z.enum(['body', 'garment']),
  /** Base unit of the chart values. */
  unit: z.enum(['cm', 'kg']),
});
export type Measurement = z.infer<typeof Measurement>;

export const Range = z.object({ min: z.number(), max: z.number() });

export const ChartSize = z.object({
  /** The store's own size label ("M", "42"). */
  id: Id,
  label: PlainText,
  /** Value range per measurement key, in the measurement's base unit. */
  ranges: z.record(z.string(), Range),
  /** Labels in other size systems; free-form keys allowed. */
  labels: z._default(z.record(z.string(), PlainText), {}),
});
export type ChartSize = z.infer<typeof ChartSize>;

export const HowToMeasure = z.object({
  key: z.optional(Id),
  title: PlainText,
  text: PlainText,
  image: z.optional(z.object({ url: SafeUrl, alt: PlainText })),
});

export const SizeChart = z.object({
  id: Id,
  title: z.optional(PlainText),
  measurements: z.array(Measurement).check(z.minLength(1)),
  sizes: z.array(ChartSize).check(z.minLength(1)),
  howToMeasure: z._default(z.array(HowToMeasure), []),
  notes: z.optional(PlainText),
});
export type SizeChart = z.infer<typeof SizeChart>;

export const SizeChartQuery = z.object({
  productId: z.optional(Id),
  chartId: z.optional(Id),
  locale: LocaleTag,
});
export type SizeChartQuery = z.infer<typeof SizeChartQuery>;

export const FitVote = z.enum(['small', 'true', 'large']);
export type FitVote = z.infer<typeof FitVote>;

const FitCounts = z.object({
  small: z.int().check(z.gte(0)),
  true: z.int().check(z.gte(0)),
  large: z.int().check(z.gte(0)),
});

export const FitInsights = z.object({
  productId: Id,
  /** Fit votes from reviews plus size-related return reasons ("too small" counts as small). */
  votes: FitCounts,
  /** Per size id: votes and the share of orders returned for size. */
  perSize: z._default(
    z.record(z.string(), z.object({ votes: FitCounts, returnRate: z.optional(z.number().check(z.gte(0), z.lte(1))) })),
    {},
  ),
});
export type FitInsights = z.infer<typeof FitInsights>;

export const FitInsightsQuery = z.object({ productId: Id });
export type FitInsightsQuery = z.infer<typeof FitInsightsQuery>;
