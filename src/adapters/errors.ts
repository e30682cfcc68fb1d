/** The one error type that crosses the adapter boundary. */

// The codes live apart, so code that only reads a code (core/error-code.ts) does not keep this class in a bundle.
import { adapterErrorCodes, type AdapterErrorCode } from './error-codes.js';
export { adapterErrorCodes, type AdapterErrorCode };

export interface AdapterErrorOptions {
  /** Shopper-safe message key; defaults to `error.<code>`. */
  messageKey?: string;
  /** The underlying error or response, for developers. */
  cause?: unknown;
  /** For `rejected`: the input field the backend refused, if it said. */
  field?: string;
  /** For `rate_limited`: seconds to wait, from `Retry-After`. */
  retryAfter?: number;
  /** HTTP status, when the error came from HTTP. */
  status?: number;
}

/**
 * Thrown (as a rejected promise) by every adapter method. Elements map `code` to a
 * shopper-facing message and never show `message`, which is for developers.
 */
export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  readonly code: AdapterErrorCode;
  readonly messageKey: string;
  readonly field?: string;
  readonly retryAfter?: number;
  readonly status?: number;

  constructor(code: AdapterErrorCode, message: string, options: AdapterErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.messageKey = options.messageKey ?? `error.${code}`;
    this.field = options.field;
    this.retryAfter = options.retryAfter;
    this.status = options.status;
  }

  /** Wraps anything thrown by a custom adapter so elements only ever handle `AdapterError`. */
  static from(error: unknown): AdapterError {
    if (error instanceof AdapterError) return error;
    // Copies of the class from another bundle, and documented look-alikes
    // (`{ name: 'AdapterError', code, field, retryAfter }`), keep everything elements use.
    if (isAdapterErrorLike(error)) {
      const { code, message, field, retryAfter, status } = error;
      return new AdapterError(code, typeof message === 'string' ? message : code, {
        cause: error,
        field: typeof field === 'string' ? field : undefined,
        retryAfter: typeof retryAfter === 'number' && retryAfter >= 0 ? retryAfter : undefined,
        status: typeof status === 'number' ? status : undefined,
      });
    }
    if (error instanceof DOMException && error.name === 'TimeoutError')
      return new AdapterError('timeout', 'The request timed out.', { cause: error });
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    const message = error instanceof Error ? error.message : String(error);
    return new AdapterError('network', message || 'The adapter failed.', { cause: error });
  }
}

interface AdapterErrorLike {
  code: AdapterErrorCode;
  message?: unknown;
  field?: unknown;
  retryAfter?: unknown;
  status?: unknown;
}

function isAdapterErrorLike(e: unknown): e is AdapterErrorLike {
  return (
    typeof e === 'object' &&
    e !== null &&
    (e as { name?: unknown }).name === 'AdapterError' &&
    (adapterErrorCodes as readonly unknown[]).includes((e as { code?: unknown }).code)
  );
}

/** True for an abort the caller asked for (not a failure to show). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
