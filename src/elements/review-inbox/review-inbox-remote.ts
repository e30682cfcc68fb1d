/**
 * The inbox's adapter calls, validated against the merchant contract. Imported on the first
 * load, so the element chunk carries no schemas.
 */
export { renderError, stateStyles } from '../../core/states.js';
import type { ReturnlessAdapter } from '../../adapters/adapter.js';
import { callAdapter } from '../../adapters/call.js';
import { merchantContract } from '../../adapters/merchant-contract.js';
import type { InboxQuery } from '../../domain/merchant.js';

type Contract = typeof merchantContract;
type Method = keyof Contract;

/** Calls one merchant method with validated input and output. */
export function call<M extends Method>(adapter: ReturnlessAdapter, method: M, input: unknown, signal?: AbortSignal) {
  return callAdapter(adapter, method, merchantContract[method] as never, input as never, { signal }) as Promise<
    import('zod/mini').infer<Contract[M]['output']>
  >;
}

/** One inbox page and the templates (loaded once per language switch, cheap). */
export async function loadInbox(adapter: ReturnlessAdapter, query: InboxQuery, signal: AbortSignal) {
  const [page, templates] = await Promise.all([
    call(adapter, 'listReviewInbox', query, signal),
    typeof adapter.listReplyTemplates === 'function' ? call(adapter, 'listReplyTemplates', {}, signal) : Promise.resolve({ templates: [] }),
  ]);
  return { page, templates: templates.templates };
}
