/**
 * Size charts and the fit signal learnt from reviews and size-related returns.
 *
 * Composite schemas are built on first parse (`z.lazy`): a product page's chunk of schemas used to
 * build ~340 zod schemas in one task when it was evaluated (issue 16); now each answer type builds
 * its own with its first answer. test/domain/lazy-schemas.test.ts keeps new ones lazy.
 */
import * as z from 'zod/mini';
import { Id, LocaleTag, PlainText, SafeUrl } from './common.js';

/** Regional size systems with their own labels; charts may add free-form ones (`"FR"`, `"Mondopoint"`). */
export const SizeSystem = z.enum(['US', 'EU', 'UK', 'JP', 'CN', 'INT']);
export type SizeSystem = z.infer<typeof SizeSystem>;

export const Measurement = z.lazy(() =>
  z.object({
    key: Id,
    label: PlainText,
    /** `body` = measure yourself; `garment` = measured flat on the item. */
    kind: z._default(z.enum(['body', 'garment']), 'body'),
    /** Base unit of the chart values. */
    unit: z.enum(['cm', 'kg']),
  }),
);
export type Measurement = z.infer<typeof Measurement>;

/** An inclusive range in the measurement's base unit. */
export const Range = z.lazy(() =>
  z
    .object({ min: z.number().check(z.gte(0)), max: z.number().check(z.gte(0)) })
    .check(z.refine((r) => r.min <= r.max, { message: 'min must not be greater than max', path: ['max'] })),
);

export const ChartSize = z.lazy(() =>
  z.object({
    /** The store's own size label ("M", "42"). */
    id: Id,
    label: PlainText,
    /** Value range per measurement key, in the measurement's base unit. */
    ranges: z.record(z.string(), Range),
    /** Labels in other size systems; free-form keys allowed. */
    labels: z._default(z.record(z.string(), PlainText), {}),
  }),
);
export type ChartSize = z.infer<typeof ChartSize>;

export const HowToMeasure = z.lazy(() =>
  z.object({
    key: z.optional(Id),
    title: PlainText,
    text: PlainText,
    image: z.optional(z.object({ url: SafeUrl, alt: PlainText })),
  }),
);

/**
 * A size chart. Sizes are listed smallest first (the order exchange suggestions and
 * "between M and L" rely on); each size gives a range for some or all measurements.
 */
export const SizeChart = z.lazy(() =>
  z
    .object({
      id: Id,
      title: z.optional(PlainText),
      measurements: z.array(Measurement).check(z.minLength(1)),
      sizes: z.array(ChartSize).check(z.minLength(1)),
      howToMeasure: z._default(z.array(HowToMeasure), []),
      notes: z.optional(PlainText),
    })
    .check(
      z.superRefine((chart, ctx) => {
        const keys = new Set(chart.measurements.map((m) => m.key));
        const ids = new Set<string>();
        chart.sizes.forEach((size, i) => {
          if (ids.has(size.id))
            ctx.addIssue({ code: 'custom', message: `duplicate size id "${size.id}"`, path: ['sizes', i, 'id'], input: size.id });
          ids.add(size.id);
          for (const key of Object.keys(size.ranges)) {
            if (!keys.has(key))
              ctx.addIssue({ code: 'custom', message: `unknown measurement "${key}"`, path: ['sizes', i, 'ranges', key], input: key });
          }
        });
      }),
    ),
);
export type SizeChart = z.infer<typeof SizeChart>;

export const SizeChartQuery = z.lazy(() =>
  z.object({
    productId: z.optional(Id),
    chartId: z.optional(Id),
    locale: LocaleTag,
  }),
);
export type SizeChartQuery = z.infer<typeof SizeChartQuery>;

/** Declared with the common schemas (reviews use it on product pages, where this module is not loaded). */
export { FitVote } from './common.js';

const FitCounts = z.lazy(() =>
  z.object({
    small: z.int().check(z.gte(0)),
    true: z.int().check(z.gte(0)),
    large: z.int().check(z.gte(0)),
  }),
);

export const FitInsights = z.lazy(() =>
  z.object({
    productId: Id,
    /** Fit votes from reviews plus size-related return reasons ("too small" counts as small). */
    votes: FitCounts,
    /** Per size id: votes and the share of orders returned for size. */
    perSize: z._default(
      z.record(z.string(), z.object({ votes: FitCounts, returnRate: z.optional(z.number().check(z.gte(0), z.lte(1))) })),
      {},
    ),
  }),
);
export type FitInsights = z.infer<typeof FitInsights>;

export const FitInsightsQuery = z.lazy(() => z.object({ productId: Id }));
export type FitInsightsQuery = z.infer<typeof FitInsightsQuery>;
