/**
 * The backend's proof of lookup (`Order.lookupToken`) lives in the draft's order, so it survives
 * a reload and travels with every quote and submit (see `buildReturnDraft`). When the backend
 * refuses it (expired after 2 h, or forged) quote and submit answer `not_found`: the shopper goes
 * back to the lookup step with their choices kept, and finding the same order again restores them.
 */
import type { AdapterErrorCode } from '../../adapters/errors.js';
import type { ReturnFormDraft } from '../../domain/return-request.js';

/** True when an error of quote or submit means "look the order up again". */
export function lookupProofRefused(error: unknown, draft: ReturnFormDraft | undefined): boolean {
  return (error as { code?: AdapterErrorCode } | undefined)?.code === 'not_found' && Boolean(draft?.order);
}

/** The draft back on the lookup step: the refused token is dropped, the order id and every choice kept. */
export function backToLookup(draft: ReturnFormDraft): ReturnFormDraft {
  const { lookupToken: _refused, ...order } = draft.order!;
  return { ...draft, step: 'lookup', order };
}
