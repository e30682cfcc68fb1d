/**
 * Everything the return form needs only after its first screen: the flow (return-form-flow.ts:
 * the order, the later steps, their rules and words, estimate, exchange sizes, submit, the status
 * view), the zod/mini schemas, `callAdapter` and the error states. The element fetches it when the
 * shopper starts on the lookup form (focus, pointer) and awaits it on Find order; a draft restored
 * on a later step, a signed-in lookup and the status view (`mode="status"`, `return-id`) fetch it at once.
 */
export { errorMessage, renderError, stateStyles } from '../../core/states.js';
export { ReturnFormFlow } from './return-form-flow.js';
// The later steps' styles: nobody sees them before an adapter answered.
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
