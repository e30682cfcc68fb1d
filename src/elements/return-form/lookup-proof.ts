/**
 * The backend's proof of lookup (`Order.lookupToken`) lives in the draft's order, so it survives
 * a reload and travels with every quote and submit (see `buildReturnDraft`). When the backend
 * refuses it (expired after 2 h, or forged) quote and submit answer `not_found`: the shopper goes
 * back to the lookup step with their choices kept (`backToLookup` in domain/return-flow.ts), and
 * finding the same order again restores them.
 */
import { errorCode } from '../../core/error-code.js';
import type { ReturnFormDraft } from '../../domain/return-request.js';

/** True when an error of quote or submit means "look the order up again". */
export function lookupProofRefused(error: unknown, draft: ReturnFormDraft | undefined): boolean {
  return errorCode(error) === 'not_found' && Boolean(draft?.order);
}
