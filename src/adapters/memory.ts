/**
 * `createMemoryAdapter`: an in-memory backend for stories, tests, docs and prototypes.
 * It can be slow (`latencyMs`) and fail on purpose (`failWith`) to show every state.
 */
import type { FaqEntry } from '../domain/faq.js';
import { orderNumberMatches } from '../domain/order-number.js';
import type { MediaLimitsAnswer, MediaRef } from '../domain/media.js';
import type { Order } from '../domain/orders.js';
import type { ReturnPolicyInput } from '../domain/policy.js';
import type { ReturnConfirmation, ReturnReason, ReturnStatus } from '../domain/returns.js';
import type { Review, ReviewSummary } from '../domain/reviews.js';
import type { FitInsights, SizeChart } from '../domain/size-chart.js';
import type { AdapterMethod, ReturnlessAdapter } from './adapter.js';
import { AdapterError, type AdapterErrorCode } from './errors.js';
import { own } from '../domain/own.js';
import { memoryMerchant, type MerchantMemoryData } from './memory-merchant.js';

export interface MemoryData extends MerchantMemoryData {
  /** FAQ entries by set name; `default` answers requests without `set`. A key `name@zh-CN` wins for that locale. */
  faq?: Record<string, FaqEntry[]>;
  /** The policy, or policies by product id with a `default`. */
  policy?: ReturnPolicyInput;
  policiesByProduct?: Record<string, ReturnPolicyInput>;
  /** Size charts by chart id, and which chart each product uses. */
  sizeCharts?: Record<string, SizeChart>;
  productCharts?: Record<string, string>;
  fitInsights?: Record<string, FitInsights>;
  reviews?: Review[];
  /** Status given to submitted reviews. Default `pending`. */
  reviewStatus?: 'published' | 'pending';
  orders?: (Order & { email: string; postalCode?: string })[];
  reasons?: ReturnReason[];
  returns?: ReturnStatus[];
  /** Review invitations (as a shop emails them after delivery): a review carrying one for its product is a verified-buyer review. */
  invitations?: { token: string; productId: string }[];
}

export interface MemoryAdapterOptions {
  /** Delay before every answer, in ms. `Infinity` never answers (a loading state). */
  latencyMs?: number;
  /** Fail every call with this code, or only some methods. */
  failWith?: AdapterErrorCode | Partial<Record<AdapterMethod, AdapterErrorCode>>;
  /** Only these methods exist (to show partial backends). */
  only?: AdapterMethod[];
  /** Reviews per page. Default 10. */
  pageSize?: number;
  /**
   * Like the reference backend: `quoteReturn` and `createReturn` need the `lookupToken` that
   * `lookupOrder` issued (valid `lookupTokenTtlMs`), else `not_found`. Default false, so stories
   * can start from a stored draft.
   */
  requireLookupToken?: boolean;
  /** Lifetime of issued lookup tokens in ms. Default 2 hours. */
  lookupTokenTtlMs?: number;
  /** What `uploadMedia` accepts: `getMediaLimits` answers it and larger uploads are refused (`rejected`, field `file`). Default: no limits. */
  mediaLimits?: MediaLimitsAnswer;
}

export function createMemoryAdapter(data: MemoryData = {}, options: MemoryAdapterOptions = {}): ReturnlessAdapter {
  const written = new Map<string, unknown>();
  const returns = new Map((data.returns ?? []).map((r) => [r.id, r]));
  const reviews = [...(data.reviews ?? [])];
  /** Issued lookup tokens: token → order id and expiry. */
  const lookupTokens = new Map<string, { orderId: string; expiresAt: number }>();
  let issued = 0;
  let sequence = 0;

  const tokenOrder = (token: string | undefined) => {
    const entry = token === undefined ? undefined : lookupTokens.get(token);
    return entry && entry.expiresAt > Date.now() ? entry.orderId : undefined;
  };
  /** Quote and create: with `requireLookupToken`, only a live token of this order passes (one answer for every failure). */
  const proveOrder = (orderId: string, token: string | undefined) => {
    if (options.requireLookupToken && tokenOrder(token) !== orderId) throw new AdapterError('not_found', 'No order matches these details.');
  };

  async function answer<T>(method: AdapterMethod, signal: AbortSignal | undefined, produce: () => T): Promise<T> {
    await delay(options.latencyMs ?? 0, signal);
    const code = typeof options.failWith === 'string' ? options.failWith : options.failWith?.[method];
    if (code) throw new AdapterError(code, `Memory adapter: ${method} set to fail with ${code}.`);
    return structuredClone(produce());
  }

  function once<T>(key: string, produce: () => T): T {
    if (!written.has(key)) written.set(key, produce());
    return written.get(key) as T;
  }

  const adapter: ReturnlessAdapter = {
    getFaq: (q, o) =>
      answer('getFaq', o?.signal, () => {
        const set = q.productId ? `product:${q.productId}` : (q.set ?? 'default');
        const lang = q.locale.split('-')[0];
        const entries = own(data.faq, `${set}@${q.locale}`) ?? own(data.faq, `${set}@${lang}`) ?? own(data.faq, set);
        if (!entries) throw new AdapterError('not_found', `No FAQ set "${set}".`);
        return { entries };
      }),
    getReturnPolicy: (q, o) =>
      answer('getReturnPolicy', o?.signal, () => {
        const policy = (q.productId && own(data.policiesByProduct, q.productId)) || data.policy;
        if (!policy) throw new AdapterError('not_found', 'No return policy.');
        return policy as never;
      }),
    getSizeChart: (q, o) =>
      answer('getSizeChart', o?.signal, () => {
        const id = q.chartId ?? (q.productId ? own(data.productCharts, q.productId) : undefined);
        const chart = id ? own(data.sizeCharts, id) : undefined;
        if (!chart) throw new AdapterError('not_found', `No size chart for ${q.chartId ?? q.productId}.`);
        return chart;
      }),
    getFitInsights: (q, o) =>
      answer('getFitInsights', o?.signal, () => {
        const insights = own(data.fitInsights, q.productId);
        if (!insights) throw new AdapterError('not_found', `No fit insights for ${q.productId}.`);
        return insights;
      }),
    listReviews: (q, o) =>
      answer('listReviews', o?.signal, () => {
        const all = reviews.filter((r) => r.productId === q.productId);
        let list = all.filter((r) => (!q.withMedia || r.media.length > 0) && (!q.rating || r.rating === q.rating));
        list = sortReviews(list, q.sort ?? 'newest');
        const size = options.pageSize ?? 10;
        const start = q.cursor ? Number(q.cursor) : 0;
        const page = list.slice(start, start + size);
        return {
          reviews: page,
          nextCursor: start + size < list.length ? String(start + size) : null,
          summary: summarise(all),
          sorts: ['newest', 'highest', 'lowest', 'helpful'] as const,
        };
      }),
    submitReview: (input, o) =>
      answer('submitReview', o.signal, () =>
        once(`review:${o.idempotencyKey}`, () => {
          const id = `rev-${++sequence}`;
          const status = data.reviewStatus ?? 'pending';
          if (status === 'published') {
            reviews.unshift({
              id,
              productId: input.productId,
              rating: input.rating,
              title: input.title,
              body: input.body,
              author: input.author,
              createdAt: new Date().toISOString(),
              // Proof only (an invitation or a lookup token), never the typed email.
              verifiedBuyer: verifiedBy(input),
              fit: input.fit,
              media: [],
            });
          }
          return { id, status };
        }),
      ),
    uploadMedia: async (blob, meta, o) => {
      for (const part of [0.25, 0.5, 0.75, 1]) {
        await delay((options.latencyMs ?? 0) / 4, o?.signal);
        o?.onProgress?.(Math.round(blob.size * part), blob.size);
      }
      return answer('uploadMedia', o?.signal, (): MediaRef => {
        const limit = meta.kind === 'video' ? options.mediaLimits?.maxVideoBytes : options.mediaLimits?.maxImageBytes;
        if (limit && blob.size > limit)
          throw new AdapterError('rejected', `The ${meta.kind} is larger than ${limit} bytes.`, { field: 'file' });
        const url = typeof URL.createObjectURL === 'function' ? URL.createObjectURL(blob) : undefined;
        return { id: `media-${++sequence}`, kind: meta.kind, url, thumbnailUrl: url, alt: meta.alt, status: 'pending' };
      });
    },
    getMediaLimits: (_q, o) => answer('getMediaLimits', o?.signal, () => ({ ...options.mediaLimits })),
    lookupOrder: (q, o) =>
      answer('lookupOrder', o?.signal, () => {
        const order = data.orders?.find(
          (x) =>
            orderNumberMatches(x.orderNumber, q.orderNumber) &&
            ((q.email && x.email.toLowerCase() === q.email.toLowerCase()) ||
              (q.postalCode && x.postalCode?.replace(/\s/g, '').toLowerCase() === q.postalCode.replace(/\s/g, '').toLowerCase())),
        );
        // The same answer for a wrong number and a wrong email: nothing to enumerate.
        if (!order) throw new AdapterError('not_found', 'No order matches that number and email or postcode.');
        const { postalCode: _postalCode, ...rest } = order;
        const lookupToken = `mem-${order.id}-${++issued}-${Math.random().toString(36).slice(2, 10)}`;
        lookupTokens.set(lookupToken, { orderId: order.id, expiresAt: Date.now() + (options.lookupTokenTtlMs ?? 2 * 3600_000) });
        return { ...rest, lookupToken };
      }),
    getReturnReasons: (_q, o) => answer('getReturnReasons', o?.signal, () => ({ reasons: data.reasons ?? [] })),
    quoteReturn: (draft, o) =>
      answer('quoteReturn', o?.signal, () => {
        proveOrder(draft.orderId, draft.lookupToken);
        const order = data.orders?.find((x) => x.id === draft.orderId);
        if (!order) throw new AdapterError('not_found', 'Unknown order.');
        let refund = 0;
        let credit = 0;
        for (const l of draft.lines) {
          const line = order.lines.find((x) => x.id === l.lineId);
          if (!line) throw new AdapterError('rejected', `Unknown line ${l.lineId}.`, { field: 'lines' });
          const value = line.unitPrice.amount * l.quantity;
          if (l.resolution === 'store_credit') credit += value;
          else if (l.resolution === 'refund') refund += value;
        }
        const fee = data.policy?.fee;
        const fees = fee?.kind === 'flat' ? fee.amount.amount : fee?.kind === 'restocking' ? round2((refund * fee.percent) / 100) : 0;
        const bonus = round2((credit * (data.policy?.storeCreditBonusPercent ?? 0)) / 100);
        const money = (amount: number) => ({ amount: round2(amount), currency: order.currency });
        return {
          refund: money(refund),
          fees: money(fees),
          storeCredit: money(credit + bonus),
          bonusCredit: money(bonus),
          total: money(Math.max(0, refund - fees) + credit + bonus),
        };
      }),
    createReturn: (request, o) =>
      answer('createReturn', o.signal, () =>
        once(`return:${o.idempotencyKey}`, (): ReturnConfirmation => {
          proveOrder(request.orderId, request.lookupToken);
          const id = `R-${1000 + ++sequence}`;
          const createdAt = new Date().toISOString();
          returns.set(id, { id, status: 'requested', timeline: [{ status: 'requested', at: createdAt }] });
          return {
            id,
            status: 'requested',
            createdAt,
            instructions: [],
            labels: request.method === 'drop_off' ? [{ code: `DROP-${id}` }] : [],
          };
        }),
      ),
    ...memoryMerchant(data, reviews, answer),
    getReturnStatus: (q, o) =>
      answer('getReturnStatus', o?.signal, () => {
        const status = returns.get(q.returnId);
        if (!status) throw new AdapterError('not_found', 'No return with that id and email.');
        return status;
      }),
  };

  function verifiedBy(input: { productId: string; invitation?: string; lookupToken?: string }): boolean {
    if (input.invitation && data.invitations?.some((i) => i.token === input.invitation && i.productId === input.productId)) return true;
    const orderId = tokenOrder(input.lookupToken);
    return Boolean(orderId && data.orders?.find((x) => x.id === orderId)?.lines.some((l) => l.productId === input.productId));
  }

  if (options.only) {
    for (const key of Object.keys(adapter) as AdapterMethod[]) if (!options.only.includes(key)) delete adapter[key];
  }
  return adapter;
}

function sortReviews(list: Review[], sort: string): Review[] {
  const by: Record<string, (a: Review, b: Review) => number> = {
    newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
    highest: (a, b) => b.rating - a.rating || b.createdAt.localeCompare(a.createdAt),
    lowest: (a, b) => a.rating - b.rating || b.createdAt.localeCompare(a.createdAt),
    helpful: (a, b) => (b.helpfulCount ?? 0) - (a.helpfulCount ?? 0),
  };
  return [...list].sort(by[sort] ?? by.newest);
}

function summarise(list: Review[]): ReviewSummary {
  const histogram: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  const fit = { small: 0, true: 0, large: 0 };
  let withMedia = 0;
  for (const r of list) {
    histogram[r.rating - 1]!++;
    if (r.fit) fit[r.fit]++;
    if (r.media.length) withMedia++;
  }
  const average = list.length ? round2(list.reduce((s, r) => s + r.rating, 0) / list.length) : 0;
  return { average, count: list.length, histogram, fit, withMediaCount: withMedia };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = Number.isFinite(ms) ? setTimeout(resolve, ms) : undefined;
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}
