/**
 * Calling an adapter method safely: the method may be missing, may throw anything, and
 * may resolve to anything. The caller gets a validated domain object or an AdapterError.
 */
import type * as z from 'zod/mini';
import { check, inWords } from '../domain/validation.js';
import type { AdapterMethod, ReturnlessAdapter } from './adapter.js';
import { AdapterError } from './errors.js';
import { trustBlobUrlsFrom } from '../domain/blob-origin.js';
import { sayOnce } from './dev-messages.js';

// In a page, object URLs it made (previews of the shopper's own files) pass SafeUrl; see blob-origin.ts.
// Said here, where answers are validated, so pages that validate nothing never load it.
if (typeof location !== 'undefined' && /^https?:$/.test(location.protocol)) trustBlobUrlsFrom(location.origin);

/** The README section on adapters, where the shapes and errors are explained. */
const ADAPTER_DOCS = 'writing-an-adapter';

export interface MethodSchemas<I extends z.ZodMiniType, O extends z.ZodMiniType> {
  input: I;
  output: O;
}

/** True when the adapter implements `method` (elements hide features that are absent). */
export function supports(adapter: ReturnlessAdapter | undefined, method: AdapterMethod): boolean {
  return typeof adapter?.[method] === 'function';
}

/**
 * Validates `input`, calls `adapter[method](input, ...rest)`, validates the result.
 * - a missing method rejects with `unavailable`;
 * - invalid input rejects with `rejected` naming the field (nothing is sent);
 * - a malformed result rejects with `invalid_response` naming the failing path.
 */
export async function callAdapter<I extends z.ZodMiniType, O extends z.ZodMiniType>(
  adapter: ReturnlessAdapter | undefined,
  method: AdapterMethod,
  schemas: MethodSchemas<I, O>,
  input: z.input<I>,
  ...rest: unknown[]
): Promise<z.infer<O>> {
  const fn = adapter?.[method] as ((...args: unknown[]) => Promise<unknown>) | undefined;
  if (typeof fn !== 'function') {
    throw new AdapterError('unavailable', `The adapter does not implement ${method}().`);
  }
  const checkedInput = check(schemas.input, input);
  if (!checkedInput.ok) {
    // In words, as for answers ("locale: expected string, got number"), not zod/mini's bare "Invalid input".
    throw new AdapterError('rejected', `Invalid ${method}() input: ${await inWords(checkedInput, input)}`, { field: checkedInput.path });
  }
  let raw: unknown;
  try {
    raw = await fn.call(adapter, checkedInput.value, ...rest);
  } catch (error) {
    const wrapped = AdapterError.from(error);
    // Not an AdapterError: most likely a bug in a hand-written adapter, which shoppers see as a `network` failure ("The shop is not answering right now").
    if (wrapped !== error && wrapped.code === 'network')
      sayOnce(
        'error',
        `threw:${method}`,
        `${method}() threw "${wrapped.message}", not an AdapterError: shoppers see a network error.`,
        ADAPTER_DOCS,
      );
    throw wrapped;
  }
  const checkedOutput = check(schemas.output, raw);
  if (!checkedOutput.ok) {
    // The shopper sees the element's error state; the developer sees which field to fix, and how.
    const message = `${method}() returned invalid data at ${await inWords(checkedOutput, raw)}`;
    sayOnce('error', `invalid:${method}:${checkedOutput.path}`, `${message}.`, ADAPTER_DOCS);
    throw new AdapterError('invalid_response', message, {
      field: checkedOutput.path,
      cause: raw,
    });
  }
  return checkedOutput.value;
}
