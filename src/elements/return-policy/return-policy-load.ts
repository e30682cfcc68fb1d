/**
 * Everything `<rl-return-policy>` needs only once it has data: validation (zod), the adapter
 * call, eligibility and the error states (JSON-LD is a chunk of its own, loaded only with
 * `json-ld`; the sanitiser comes with the full variant, the only one that shows notes). Imported on demand, so the
 * element chunk stays small.
 */
export { renderError, stateStyles } from '../../core/states.js';
export { checkEligibility, effectiveWindowDays } from '../../domain/eligibility.js';
import type { ReturnlessAdapter } from '../../adapters/adapter.js';
import { callAdapter } from '../../adapters/call.js';
import { ReturnPolicy, ReturnPolicyQuery } from '../../domain/policy.js';
import { check, inWords } from '../../domain/validation.js';
import { errorCode, errorField } from '../../core/error-code.js';

/** Thrown for a policy that fails validation: the element shows a neutral fallback. */
export class InvalidPolicy extends Error {
  override readonly name = 'InvalidPolicy';
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

export async function loadPolicy(adapter: ReturnlessAdapter, query: ReturnPolicyQuery, signal: AbortSignal): Promise<ReturnPolicy> {
  try {
    return await callAdapter(adapter, 'getReturnPolicy', { input: ReturnPolicyQuery, output: ReturnPolicy }, query, { signal });
  } catch (error) {
    if (errorCode(error) === 'invalid_response')
      throw new InvalidPolicy(`getReturnPolicy() returned an invalid policy: ${(error as Error).message}`, errorField(error) ?? '');
    throw error;
  }
}

/** Validates a policy given inline (JSON text) or as an object; a mistake is said in words. */
export async function parsePolicy(raw: string | object): Promise<ReturnPolicy> {
  let data: unknown = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw);
    } catch (error) {
      throw new InvalidPolicy(`the inline policy is not valid JSON (${(error as Error).message})`, '(root)');
    }
  }
  const result = check(ReturnPolicy, data);
  if (!result.ok) throw new InvalidPolicy(`the policy is not valid at ${await inWords(result, data)}`, result.path || '(root)');
  return result.value;
}
