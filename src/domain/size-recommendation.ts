/**
 * "Find my size": the best size of a chart for a shopper's measurements, with what each
 * measurement says and whether the item's fit tendency moved the answer. A pure function of
 * (chart, measurements, fit), shared by the size guide and the return form's exchange hint.
 *
 * How the size is chosen:
 * 1. Each given measurement is matched against each size's range (inclusive, base units).
 * 2. A value above every size's range for any measurement, or below every size's range for
 *    all of them, is outside the chart: no size is claimed (`outOfRange`).
 * 3. Otherwise every size gets a score: how far each value lies outside its range, in
 *    "steps" (the average distance between neighbouring sizes for that measurement), summed.
 *    The lowest score wins; on a tie the value nearest the middle of the ranges wins, then
 *    the larger size (a little loose beats too tight).
 * 4. A fit tendency shifts every value by half a step before scoring: "runs small" as if the
 *    shopper were half a size bigger, "runs large" half a size smaller. So it moves a shopper
 *    near the upper edge of a size up, and leaves one in the middle of it alone.
 */
import type { ChartSize, SizeChart } from './size-chart.js';
import { own } from './own.js';

export type FitTendency = 'small' | 'true' | 'large';

export interface SizeRecommendation {
  sizeId?: string; // undefined when outside the chart
  outOfRange?: 'below' | 'above';
  /** Per measurement: which sizes fit it. */
  perMeasurement: { key: string; sizeIds: string[]; between?: [string, string] }[];
  /** True when the fit tendency moved the recommendation. */
  adjustedForFit?: FitTendency;
}

/** Half a size: how far a fit tendency moves the shopper's values. */
export const FIT_SHIFT_STEPS = 0.5;
const EPSILON = 1e-6;

interface Given {
  key: string;
  value: number;
  step: number;
}

export function recommendSize(
  chart: SizeChart,
  measurements: Record<string, number>,
  options: { fit?: FitTendency } = {},
): SizeRecommendation {
  const sizes = chart.sizes;
  const given: Given[] = [];
  for (const m of chart.measurements) {
    const value = own(measurements, m.key);
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) continue;
    if (!sizes.some((s) => own(s.ranges, m.key))) continue;
    given.push({ key: m.key, value, step: stepOf(sizes, m.key) });
  }
  const perMeasurement = given.map(({ key, value }) => matchOne(sizes, key, value));
  if (!given.length) return { perMeasurement };

  const outOfRange = rangeCheck(sizes, given);
  if (outOfRange) return { outOfRange, perMeasurement };

  const base = bestIndex(sizes, given);
  const result: SizeRecommendation = { sizeId: sizes[base]?.id, perMeasurement };
  const fit = options.fit;
  if (fit === 'small' || fit === 'large') {
    const sign = fit === 'small' ? 1 : -1;
    const shifted = given.map((g) => ({ ...g, value: g.value + sign * FIT_SHIFT_STEPS * g.step }));
    const moved = bestIndex(sizes, shifted);
    // Only ever in the tendency's direction.
    if (moved !== base && Math.sign(moved - base) === sign) {
      result.sizeId = sizes[moved]!.id;
      result.adjustedForFit = fit;
    }
  }
  return result;
}

/** The next size up ('larger') or down ('smaller') from `currentSizeId`, for exchange suggestions. */
export function suggestExchangeSize(chart: SizeChart, currentSizeId: string, direction: 'larger' | 'smaller'): ChartSize | undefined {
  const i = chart.sizes.findIndex((s) => s.id === currentSizeId);
  if (i === -1) return undefined;
  return chart.sizes[direction === 'larger' ? i + 1 : i - 1];
}

/** Which sizes contain `value`, or the two neighbours it falls between. */
function matchOne(sizes: readonly ChartSize[], key: string, value: number): SizeRecommendation['perMeasurement'][number] {
  const sizeIds = sizes.filter((s) => inRange(own(s.ranges, key), value)).map((s) => s.id);
  if (sizeIds.length) return { key, sizeIds };
  let below: ChartSize | undefined;
  let above: ChartSize | undefined;
  for (const s of sizes) {
    const r = own(s.ranges, key);
    if (!r) continue;
    if (r.max < value) below = s;
    else if (r.min > value && !above) above = s;
  }
  return below && above ? { key, sizeIds, between: [below.id, above.id] } : { key, sizeIds };
}

function inRange(range: { min: number; max: number } | undefined, value: number): boolean {
  return !!range && value >= range.min - EPSILON && value <= range.max + EPSILON;
}

function rangeCheck(sizes: readonly ChartSize[], given: readonly Given[]): 'below' | 'above' | undefined {
  let allBelow = true;
  for (const { key, value } of given) {
    const ranges = sizes.flatMap((s) => own(s.ranges, key) ?? []);
    const lowest = Math.min(...ranges.map((r) => r.min));
    const highest = Math.max(...ranges.map((r) => r.max));
    if (value > highest + EPSILON) return 'above';
    if (value >= lowest - EPSILON) allBelow = false;
  }
  return allBelow ? 'below' : undefined;
}

/** Average distance between the middles of neighbouring sizes for `key` (at least a tiny bit). */
function stepOf(sizes: readonly ChartSize[], key: string): number {
  const mids = sizes.flatMap((s) => {
    const r = own(s.ranges, key);
    return r ? [(r.min + r.max) / 2] : [];
  });
  if (mids.length < 2) {
    const r = own(sizes.find((s) => own(s.ranges, key))?.ranges, key);
    return Math.max(r ? r.max - r.min : 1, EPSILON * 1000);
  }
  return Math.max(Math.abs(mids[mids.length - 1]! - mids[0]!) / (mids.length - 1), EPSILON * 1000);
}

function bestIndex(sizes: readonly ChartSize[], given: readonly Given[]): number {
  let best = -1;
  let bestOutside = Infinity;
  let bestCentre = Infinity;
  sizes.forEach((size, i) => {
    let outside = 0;
    let centre = 0;
    let known = 0;
    for (const { key, value, step } of given) {
      const r = own(size.ranges, key);
      if (!r) continue;
      known++;
      outside += Math.max(0, r.min - value, value - r.max) / step;
      centre += Math.abs(value - (r.min + r.max) / 2) / step;
    }
    if (!known) return;
    // A size that says nothing about some given measurement is a weaker match.
    outside += (given.length - known) * 0.5;
    if (outside < bestOutside - EPSILON) {
      best = i;
      bestOutside = outside;
      bestCentre = centre;
    } else if (Math.abs(outside - bestOutside) <= EPSILON && centre <= bestCentre + EPSILON) {
      // Later sizes are larger: on a full tie the larger one wins.
      best = i;
      bestCentre = Math.min(centre, bestCentre);
    }
  });
  return best;
}
