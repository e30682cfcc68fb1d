/**
 * The adapter contract: the only way elements talk to a shop's backend.
 *
 * Every method is async, takes one query/input object plus optional call options, and
 * resolves to a domain object. The calling element validates each result against the
 * domain's zod/mini schema (see `callAdapter`), so a custom adapter cannot crash an
 * element with malformed data. A method an adapter does not implement is simply absent:
 * elements hide the feature or explain that it is unavailable.
 *
 * Errors must be thrown as `AdapterError` (anything else is wrapped as `network`).
 */
import type { Faq, FaqQuery } from '../domain/faq.js';
import type { MediaLimitsAnswer, MediaLimitsQuery, MediaMeta, MediaRef } from '../domain/media.js';
import type { Order, OrderLookup } from '../domain/orders.js';
import type { ReturnPolicy, ReturnPolicyQuery } from '../domain/policy.js';
import type {
  ReturnConfirmation,
  ReturnDraft,
  ReturnQuote,
  ReturnReasons,
  ReturnReasonsQuery,
  ReturnRequest,
  ReturnStatus,
  ReturnStatusQuery,
} from '../domain/returns.js';
import type { ReviewInput, ReviewReceipt } from '../domain/review-submit.js';
import type { ReviewListQuery, ReviewPage } from '../domain/reviews.js';
import type { FitInsights, FitInsightsQuery, SizeChart, SizeChartQuery } from '../domain/size-chart.js';
import { merchantMethods, type MerchantAdapter } from './merchant-adapter.js';

export interface CallOptions {
  signal?: AbortSignal;
}

export interface WriteOptions extends CallOptions {
  /** Same key ⇒ same result: a retried or double-clicked write creates one record. */
  idempotencyKey: string;
}

export interface UploadOptions extends CallOptions {
  /** Called with bytes sent so far and the total. */
  onProgress?: (sent: number, total: number) => void;
  idempotencyKey?: string;
}

/** The shopper methods, then the merchant's (all optional, see `MerchantAdapter`). */
export interface ReturnlessAdapter extends MerchantAdapter {
  getFaq?(query: FaqQuery, options?: CallOptions): Promise<Faq>;
  getReturnPolicy?(query: ReturnPolicyQuery, options?: CallOptions): Promise<ReturnPolicy>;
  getSizeChart?(query: SizeChartQuery, options?: CallOptions): Promise<SizeChart>;
  getFitInsights?(query: FitInsightsQuery, options?: CallOptions): Promise<FitInsights>;
  listReviews?(query: ReviewListQuery, options?: CallOptions): Promise<ReviewPage>;
  submitReview?(input: ReviewInput, options: WriteOptions): Promise<ReviewReceipt>;
  uploadMedia?(blob: Blob, meta: MediaMeta, options?: UploadOptions): Promise<MediaRef>;
  /** What `uploadMedia` accepts (sizes in bytes), so the uploader states and checks the limits the backend enforces. */
  getMediaLimits?(query: MediaLimitsQuery, options?: CallOptions): Promise<MediaLimitsAnswer>;
  lookupOrder?(query: OrderLookup, options?: CallOptions): Promise<Order>;
  getReturnReasons?(query: ReturnReasonsQuery, options?: CallOptions): Promise<ReturnReasons>;
  quoteReturn?(draft: ReturnDraft, options?: CallOptions): Promise<ReturnQuote>;
  createReturn?(request: ReturnRequest, options: WriteOptions): Promise<ReturnConfirmation>;
  getReturnStatus?(query: ReturnStatusQuery, options?: CallOptions): Promise<ReturnStatus>;
}

export type AdapterMethod = keyof ReturnlessAdapter;

/** Every method name of the contract, in documentation order. */
export const adapterMethods = [
  'getFaq',
  'getReturnPolicy',
  'getSizeChart',
  'getFitInsights',
  'listReviews',
  'submitReview',
  'uploadMedia',
  'getMediaLimits',
  'lookupOrder',
  'getReturnReasons',
  'quoteReturn',
  'createReturn',
  'getReturnStatus',
  ...merchantMethods,
] as const satisfies readonly AdapterMethod[];
