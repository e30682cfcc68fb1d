/**
 * Everything the return form needs only once it talks to the adapter: the zod/mini schemas,
 * `callAdapter`, the error states, and the renderers of every step after the lookup. Loaded on
 * the first call (or when a restored draft needs it), so the element chunk stays small.
 */
export { errorMessage, renderError, stateStyles } from '../../core/states.js';
// The steps after the lookup and their styles: nobody sees them before an adapter answered.
export { renderItems } from './steps/items.js';
export { renderReasons } from './steps/reasons.js';
export { renderResolution } from './steps/resolution.js';
export { renderMethod } from './steps/method.js';
export { renderReview } from './steps/review.js';
export { renderConfirmation } from './steps/confirmation.js';
export { flowStyles } from './return-form-flow.styles.js';
import type { ReturnlessAdapter } from '../../adapters/adapter.js';
import { callAdapter } from '../../adapters/call.js';
import { Order, OrderLookup } from '../../domain/orders.js';
import { ReturnPolicy, ReturnPolicyQuery } from '../../domain/policy.js';
import {
  ReturnConfirmation,
  ReturnDraft,
  ReturnQuote,
  ReturnReasons,
  ReturnReasonsQuery,
  ReturnRequest,
  ReturnStatus,
  ReturnStatusQuery,
} from '../../domain/returns.js';
import { SizeChart, SizeChartQuery } from '../../domain/size-chart.js';

type Opts = { signal?: AbortSignal };

export const lookupOrder = (a: ReturnlessAdapter, q: OrderLookup, o: Opts = {}) =>
  callAdapter(a, 'lookupOrder', { input: OrderLookup, output: Order }, q, o);

export const getReturnPolicy = (a: ReturnlessAdapter, q: ReturnPolicyQuery, o: Opts = {}) =>
  callAdapter(a, 'getReturnPolicy', { input: ReturnPolicyQuery, output: ReturnPolicy }, q, o);

export const getReturnReasons = (a: ReturnlessAdapter, q: ReturnReasonsQuery, o: Opts = {}) =>
  callAdapter(a, 'getReturnReasons', { input: ReturnReasonsQuery, output: ReturnReasons }, q, o);

export const getSizeChart = (a: ReturnlessAdapter, q: SizeChartQuery, o: Opts = {}) =>
  callAdapter(a, 'getSizeChart', { input: SizeChartQuery, output: SizeChart }, q, o);

export const quoteReturn = (a: ReturnlessAdapter, d: ReturnDraft, o: Opts = {}) =>
  callAdapter(a, 'quoteReturn', { input: ReturnDraft, output: ReturnQuote }, d, o);

export const createReturn = (a: ReturnlessAdapter, r: ReturnRequest, idempotencyKey: string) =>
  callAdapter(a, 'createReturn', { input: ReturnRequest, output: ReturnConfirmation }, r, { idempotencyKey });

export const getReturnStatus = (a: ReturnlessAdapter, q: ReturnStatusQuery, o: Opts = {}) =>
  callAdapter(a, 'getReturnStatus', { input: ReturnStatusQuery, output: ReturnStatus }, q, o);
