/**
 * Pure helpers of the return insights, without schemas (so element chunks stay free of zod):
 * rates, periods, trends, ranked reasons, suggestions with their evidence, CSV.
 */
import type { FitVote } from './size-chart.js';
import type { ReturnInsights, Suggestion } from './insights.js';

/** Returned units / sold units; `null` when nothing was sold. */
export function returnRate(returned: number, sold: number): number | null {
  return sold > 0 ? returned / sold : null;
}

/** The period just before `[from, to]`, of the same number of days (dates as YYYY-MM-DD). */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const DAY = 86_400_000;
  const start = Date.parse(`${from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / DAY) + 1;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: iso(start - days * DAY), to: iso(start - DAY) };
}

export type Trend = 'up' | 'down' | 'same' | 'new';

/** Direction against the previous period (±10 % counts as the same). */
export function trendOf(count: number, previous: number): Trend {
  if (previous === 0) return count > 0 ? 'new' : 'same';
  const change = (count - previous) / previous;
  return change > 0.1 ? 'up' : change < -0.1 ? 'down' : 'same';
}

export interface RankedReason {
  reasonId: string;
  label: string;
  count: number;
  previous: number;
  share: number;
  trend: Trend;
}

/** Reasons summed over products and carriers, most frequent first (ties by label). */
export function rankReasons(insights: Pick<ReturnInsights, 'reasons' | 'reasonLabels'>): RankedReason[] {
  const sums = new Map<string, { count: number; previous: number }>();
  for (const cell of insights.reasons) {
    const sum = sums.get(cell.reasonId) ?? { count: 0, previous: 0 };
    sum.count += cell.count;
    sum.previous += cell.previous;
    sums.set(cell.reasonId, sum);
  }
  const total = [...sums.values()].reduce((s, r) => s + r.count, 0);
  const labels = new Map(insights.reasonLabels.map((r) => [r.id, r.label]));
  return [...sums.entries()]
    .filter(([, s]) => s.count > 0 || s.previous > 0)
    .map(([reasonId, s]) => ({
      reasonId,
      label: labels.get(reasonId) ?? reasonId,
      count: s.count,
      previous: s.previous,
      share: total ? s.count / total : 0,
      trend: trendOf(s.count, s.previous),
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** Reason ids whose returns say the size was wrong, and those that are about damage or the description. */
export const SIZE_SMALL = 'too_small';
export const SIZE_LARGE = 'too_large';
export const DAMAGED = 'damaged';
export const NOT_AS_DESCRIBED = 'not_as_described';

export interface SuggestionThresholds {
  /** Size returns a product needs before a fit note is suggested. */
  minSizeReturns: number;
  /** Share of size returns that must point one way. */
  minFitShare: number;
  /** Returns for "not as described" or damage before a photo or packaging check is suggested. */
  minReasonReturns: number;
}

export const defaultThresholds: SuggestionThresholds = { minSizeReturns: 10, minFitShare: 0.6, minReasonReturns: 5 };

/**
 * Suggestions with their evidence, from the aggregates alone:
 * - fit note: "Mark Linen shirt as runs small (41 of 60 size returns say too small; 37 of 60 fit votes agree)";
 * - add a photo: "(9 returns say not as described)";
 * - check packaging: "(12 damaged on arrival, all via carrier X)".
 * `accepted` holds the ids the merchant already accepted.
 */
export function suggest(
  insights: Pick<ReturnInsights, 'reasons' | 'sizes' | 'products'>,
  accepted: ReadonlySet<string> = new Set(),
  t: SuggestionThresholds = defaultThresholds,
): Suggestion[] {
  const titles = new Map(insights.products.map((p) => [p.productId, p.title]));
  const out: Suggestion[] = [];
  const productIds = [...new Set([...insights.sizes.map((s) => s.productId), ...insights.reasons.map((r) => r.productId)])].sort();
  for (const productId of productIds) {
    const productTitle = titles.get(productId) ?? productId;
    const sizes = insights.sizes.filter((s) => s.productId === productId);
    const small = sizes.reduce((n, s) => n + s.tooSmall, 0);
    const large = sizes.reduce((n, s) => n + s.tooLarge, 0);
    const of = small + large;
    if (of >= t.minSizeReturns && Math.max(small, large) / of >= t.minFitShare) {
      const tendency: FitVote = small >= large ? 'small' : 'large';
      const votes = sizes.reduce((n, s) => n + s.fit.small + s.fit.true + s.fit.large, 0);
      const agreeing = sizes.reduce((n, s) => n + s.fit[tendency], 0);
      const id = `fit_note:${productId}:${tendency}`;
      out.push({
        id,
        kind: 'fit_note',
        productId,
        productTitle,
        tendency,
        count: Math.max(small, large),
        of,
        agree: votes ? agreeing / votes : null,
        votes,
        owned: true,
        accepted: accepted.has(id),
      });
    }
    const cells = insights.reasons.filter((r) => r.productId === productId);
    const count = (reason: string) => cells.filter((c) => c.reasonId === reason).reduce((n, c) => n + c.count, 0);
    const returned = cells.reduce((n, c) => n + c.count, 0);
    const described = count(NOT_AS_DESCRIBED);
    if (described >= t.minReasonReturns) {
      const id = `add_photo:${productId}`;
      out.push({
        id,
        kind: 'add_photo',
        productId,
        productTitle,
        count: described,
        of: returned,
        owned: false,
        accepted: accepted.has(id),
      });
    }
    const damaged = count(DAMAGED);
    if (damaged >= t.minReasonReturns) {
      const byCarrier = new Map<string, number>();
      for (const c of cells) if (c.reasonId === DAMAGED && c.carrier) byCarrier.set(c.carrier, (byCarrier.get(c.carrier) ?? 0) + c.count);
      const [carrier, viaCarrier] = [...byCarrier.entries()].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
      const id = `check_packaging:${productId}`;
      out.push({
        id,
        kind: 'check_packaging',
        productId,
        productTitle,
        count: damaged,
        of: returned,
        // Name a carrier only when it carried at least four in five of the damaged parcels.
        carrier: carrier && viaCarrier / damaged >= 0.8 ? carrier : null,
        owned: false,
        accepted: accepted.has(id),
      });
    }
  }
  // Strongest evidence first.
  return out.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/** One CSV field: quoted when needed, and defused when a spreadsheet would run it as a formula. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV (RFC 4180, CRLF line ends). */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
