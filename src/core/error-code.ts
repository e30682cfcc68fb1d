/**
 * Reading an adapter error without importing its class: element chunks stay small, and an
 * AdapterError from a second copy of the library (or a merchant's own adapter) still counts.
 */
import { adapterErrorCodes, type AdapterErrorCode } from '../adapters/error-codes.js';

const codes: ReadonlySet<string> = new Set(adapterErrorCodes);

/** The error's `code`; anything that is not an adapter error counts as `network`. */
export function errorCode(error: unknown): AdapterErrorCode {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && codes.has(code) ? (code as AdapterErrorCode) : 'network';
}

/** For `rejected`: the input field the backend refused, when it said. */
export function errorField(error: unknown): string | undefined {
  const field = (error as { field?: unknown } | null | undefined)?.field;
  return typeof field === 'string' && field ? field : undefined;
}

/** Whether "Try again" can help (not for something missing or switched off). */
export function canRetry(error: unknown): boolean {
  const code = errorCode(error);
  return code !== 'not_found' && code !== 'unavailable';
}
