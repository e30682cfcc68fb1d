/**
 * Per-item eligibility: "can this item be returned now, and how?" as a pure function of
 * (policy, item, now). Used by `<rl-return-policy>` and the return form, so both always agree.
 *
 * Counting rules (documented in stories/return-policy.mdx):
 * - The window counts calendar days in one time zone: `options.timeZone`, else the policy's
 *   `timeZone`, else UTC (an unknown zone also falls back to UTC). The start day is day 0;
 *   the last day is start + `days`; the deadline is the last millisecond of that day there.
 *   A plain date (`2026-11-02`) is already a calendar day; a date-time without an offset
 *   counts by its date part.
 * - Checks run in this order: country, category not permitted, exception groups,
 *   already returned, window closed, not delivered yet.
 * - With neither `purchasedAt` nor `deliveredAt` the item is one a shopper is about to buy
 *   (a product page): the answer has no deadline. With `purchasedAt` but no `deliveredAt`
 *   (or a delivery in the future) the item is not delivered yet.
 * - Exception groups match by product id, tag (case-insensitive) or category (case-insensitive,
 *   a group's category also matches its sub-categories: `Apparel` matches `Apparel > Swimwear`).
 *   When several match, the first not-returnable group wins, else the one with the shortest window.
 */
import type { PolicyException, RefundType, ReturnFee, ReturnMethod, ReturnPolicy } from './policy.js';

export interface EligibilityItem {
  productId: string;
  tags?: string[];
  category?: string;
  /** ISO date or date-time. */
  purchasedAt?: string;
  /** ISO; absent = not delivered yet. */
  deliveredAt?: string;
  /** Default 1. */
  quantity?: number;
  /** Already returned or in progress. */
  returnedQuantity?: number;
}

export type IneligibleReason =
  | 'not_permitted'
  | 'final_sale'
  | 'hygiene'
  | 'personalised'
  | 'custom'
  | 'window_closed'
  | 'not_delivered'
  | 'already_returned'
  | 'not_applicable_country';

/** Every reason, in the order the checks run (for catalogues and exhaustive tests). */
export const ineligibleReasons: readonly IneligibleReason[] = [
  'not_applicable_country',
  'not_permitted',
  'final_sale',
  'hygiene',
  'personalised',
  'custom',
  'already_returned',
  'window_closed',
  'not_delivered',
];

export interface Eligibility {
  returnable: boolean;
  reason?: IneligibleReason;
  /** The matching exception group, if any. */
  exception?: PolicyException;
  /** ISO instant: end of the last day of the window. */
  deadline?: string;
  /** Whole days left, 0 on the last day. */
  daysLeft?: number;
  /** What applies to this item ([] when not returnable). */
  refundTypes: RefundType[];
  methods: ReturnMethod[];
  fee: ReturnFee;
}

export interface EligibilityOptions {
  /** ISO 3166-1 alpha-2 country of the shopper; outside `policy.countries` nothing is returnable. */
  country?: string;
  /**
   * IANA zone whose calendar days the window counts, or a function giving it: the function is
   * called only for an item with dates, so a product page never pays for resolving a zone.
   */
  timeZone?: string | (() => string | undefined);
}

const DAY_MS = 86_400_000;

export function checkEligibility(policy: ReturnPolicy, item: EligibilityItem, now: Date, options: EligibilityOptions = {}): Eligibility {
  const exception = policy.category === 'MerchantReturnNotPermitted' ? undefined : matchException(policy, item);
  const fee = exception?.fee ?? policy.fee;
  const no = (reason: IneligibleReason, extra: Partial<Eligibility> = {}): Eligibility => ({
    returnable: false,
    reason,
    ...(exception ? { exception } : {}),
    ...extra,
    refundTypes: [],
    methods: [],
    fee,
  });

  if (options.country && !policy.countries.includes(options.country.toUpperCase())) return no('not_applicable_country');
  if (policy.category === 'MerchantReturnNotPermitted') return no('not_permitted');
  if (exception && (exception.rule?.kind ?? 'not_returnable') === 'not_returnable') return no(exception.kind);
  if ((item.returnedQuantity ?? 0) >= (item.quantity ?? 1)) return no('already_returned');

  // A product page's item has no dates: no zone, no Intl (creating the first DateTimeFormat is a
  // long task on a slow phone, ~100 ms at 4× CPU throttle).
  if (!item.purchasedAt && !item.deliveredAt) return returnable(policy, exception, fee, {});
  const wanted = typeof options.timeZone === 'function' ? options.timeZone() : options.timeZone;
  const zone = validZone(wanted) ?? validZone(policy.timeZone) ?? 'UTC';
  const today = dayOfInstant(now.getTime(), zone);
  const purchased = calendarDay(item.purchasedAt, zone);
  const delivered = calendarDay(item.deliveredAt, zone);
  // A delivery with a time zone counts from its instant, a plain date from its day.
  const isDelivered =
    delivered !== undefined && (hasOffset(item.deliveredAt!) ? Date.parse(item.deliveredAt!) <= now.getTime() : delivered <= today);

  const days = effectiveWindowDays(policy, exception);
  const start = policy.windowStart === 'purchase' ? purchased : delivered;
  const timing: Partial<Eligibility> = {};
  if (days !== undefined && start !== undefined) {
    const lastDay = start + days;
    timing.deadline = new Date(startOfDay(lastDay + 1, zone) - 1).toISOString();
    if (today > lastDay) return no('window_closed', { deadline: timing.deadline });
    timing.daysLeft = lastDay - today;
  }
  if (!isDelivered && (purchased !== undefined || delivered !== undefined)) return no('not_delivered', timing);

  return returnable(policy, exception, fee, timing);
}

function returnable(
  policy: ReturnPolicy,
  exception: PolicyException | undefined,
  fee: ReturnFee,
  timing: Partial<Eligibility>,
): Eligibility {
  return {
    returnable: true,
    ...(exception ? { exception } : {}),
    ...timing,
    refundTypes: [...(exception?.refundTypes ?? policy.refundTypes)],
    methods: [...(exception?.methods ?? policy.methods)],
    fee,
  };
}

/**
 * The window in days for an item in `exception` (or none): the group's own window, else the
 * policy's for a finite window; `undefined` for unlimited windows (and for not-permitted policies).
 */
export function effectiveWindowDays(policy: ReturnPolicy, exception?: PolicyException): number | undefined {
  if (policy.category === 'MerchantReturnNotPermitted') return undefined;
  if (exception?.rule?.kind === 'window') return exception.rule.days;
  return policy.category === 'MerchantReturnFiniteReturnWindow' ? policy.days : undefined;
}

/** The exception group that applies to `item` (see the module comment for precedence). */
export function matchException(
  policy: ReturnPolicy,
  item: Pick<EligibilityItem, 'productId' | 'tags' | 'category'>,
): PolicyException | undefined {
  const matches = policy.exceptions.filter((e) => exceptionMatches(e, item));
  const blocking = matches.find((e) => (e.rule?.kind ?? 'not_returnable') === 'not_returnable');
  if (blocking) return blocking;
  let best: PolicyException | undefined;
  for (const e of matches) if (e.rule?.kind === 'window' && (best?.rule?.kind !== 'window' || e.rule.days < best.rule.days)) best = e;
  return best;
}

function exceptionMatches(exception: PolicyException, item: Pick<EligibilityItem, 'productId' | 'tags' | 'category'>): boolean {
  const { productIds, tags, categories } = exception.match;
  if (productIds?.includes(item.productId)) return true;
  if (tags?.length && item.tags?.length) {
    const mine = new Set(item.tags.map(norm));
    if (tags.some((t) => mine.has(norm(t)))) return true;
  }
  if (categories?.length && item.category) {
    const path = segments(item.category);
    return categories.some((c) => {
      const want = segments(c);
      return want.length > 0 && want.length <= path.length && want.every((s, i) => s === path[i]);
    });
  }
  return false;
}

const norm = (s: string) => s.trim().toLowerCase();
const segments = (category: string) =>
  category
    .split(/\s*[>/]\s*/)
    .map(norm)
    .filter(Boolean);

function validZone(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  try {
    formatter(zone);
    return zone;
  } catch {
    return undefined;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

const hasOffset = (value: string) => /T.*(Z|[+-]\d{2}:?\d{2})$/i.test(value.trim());

/** Wall-clock time in `zone` at instant `ms`, as milliseconds of a UTC timeline (seconds precision). */
function wallClock(ms: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** Calendar day number (days since 1970-01-01) of instant `ms` in `zone`. */
function dayOfInstant(ms: number, zone: string): number {
  return Math.floor(wallClock(ms, zone) / DAY_MS);
}

/** Calendar day number of an ISO date or date-time in `zone`; undefined when absent or unreadable. */
function calendarDay(value: string | undefined, zone: string): number | undefined {
  if (!value) return undefined;
  const date = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]*)?$/.exec(value.trim());
  if (date) return Math.floor(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])) / DAY_MS);
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : dayOfInstant(ms, zone);
}

/** The instant at which calendar day `day` begins in `zone` (DST-aware). */
function startOfDay(day: number, zone: string): number {
  const local = day * DAY_MS;
  // Guess with the offset at that wall time, then correct once for a DST change in between.
  let instant = local - (wallClock(local, zone) - local);
  instant = local - (wallClock(instant, zone) - instant);
  return instant;
}
