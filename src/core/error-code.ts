/**
 * Reading an adapter error without importing its class: element chunks stay small, and an
 * AdapterError from a second copy of the library (or a merchant's own adapter) still counts.
 */
import type { AdapterErrorCode } from '../adapters/error-codes.js';

/**
 * Every code, as keys (TypeScript fails the build when one is missing or unknown). Not imported from
 * error-codes.ts: in the CDN build that list lives in the loader (with AdapterError), and an import
 * from an element's chunk made rolldown give it a chunk of its own on every page.
 */
const codes: Readonly<Record<AdapterErrorCode, 1>> = {
  network: 1,
  timeout: 1,
  not_found: 1,
  invalid_response: 1,
  rejected: 1,
  rate_limited: 1,
  unavailable: 1,
};

/** The error's `code`; anything that is not an adapter error counts as `network`. */
export function errorCode(error: unknown): AdapterErrorCode {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && Object.hasOwn(codes, code) ? (code as AdapterErrorCode) : 'network';
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
