/**
 * `createRestAdapter`: the adapter for a backend that implements the documented REST
 * routes (see `rest-routes.ts` and the README). It maps HTTP to `AdapterError` codes,
 * times out, retries with backoff (reads, and writes that carry an idempotency key),
 * honours `Retry-After`, and never throws anything but `AdapterError` or an abort.
 * Every input and response is validated against the contract's schemas: a malformed answer
 * rejects with `invalid_response` naming the failing path (`entries[3].question`).
 *
 * `createRestTransport` is the same without validation: elements use it, because they validate
 * every adapter's answers themselves (see `callAdapter`), so the schemas load only once.
 */
import type { AdapterMethod, CallOptions, ReturnlessAdapter, UploadOptions, WriteOptions } from './adapter.js';
import { AdapterError, type AdapterErrorCode } from './errors.js';
import { readResponse } from './rest-response.js';
import { merchantMethods } from './merchant-adapter.js';
import { storefrontRoutes, type RestRoute } from './storefront-routes.js';

// Kept importable from here (tests, custom adapters); they live in rest-response.ts so rest-resumable.ts needs no import of this file.
export { codeForStatus, parseRetryAfter, readResponse } from './rest-response.js';
import { withValidation } from './with-validation.js';

export interface RestAdapterOptions {
  /** Base URL of the API, e.g. `https://shop.example/apps/returnless` or `/api`. */
  baseUrl: string;
  /** Extra headers on every request (an API key, a CSRF token). */
  headers?: Record<string, string>;
  /** A fetch to use instead of the global one (tests, auth wrappers). */
  fetch?: typeof fetch;
  /** Per attempt, in milliseconds. Default 10 000. */
  timeoutMs?: number;
  /** Attempts for retryable failures, first one included. Default 3. */
  attempts?: number;
  /** First backoff delay in ms; doubles each retry, with jitter. Default 300. */
  backoffMs?: number;
  /** Uploads of this many bytes or more use resumable tus 1.0.0 at `{baseUrl}/media/tus`. Default 5 MB. */
  resumableFromBytes?: number;
  /** Chunk size of resumable uploads in bytes. Default 5 MB. */
  chunkBytes?: number;
  /** Delays (ms) between resumable retries after a dropped connection. Default `[0, 1000, 3000, 5000, 10000]`. */
  resumeDelaysMs?: number[];
}

/** Longest wait we honour from `Retry-After` before giving up with `rate_limited`. */
const MAX_RETRY_AFTER_S = 30;

/** The REST adapter, validating every call against the contract. */
export function createRestAdapter(options: RestAdapterOptions): ReturnlessAdapter {
  return withValidation(createRestTransport(options));
}

/** The REST adapter without validation, for callers that validate themselves (elements do). */
export function createRestTransport(options: RestAdapterOptions): ReturnlessAdapter {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const attempts = Math.max(1, options.attempts ?? 3);
  const backoffMs = options.backoffMs ?? 300;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function request(method: AdapterMethod, input: Record<string, unknown>, call: CallOptions & { idempotencyKey?: string }) {
    const route = (storefrontRoutes as Partial<Record<AdapterMethod, RestRoute>>)[method] ?? (await merchantRoute(method));
    const { url, rest } = buildUrl(base, route.path, input);
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (call.idempotencyKey) headers['Idempotency-Key'] = call.idempotencyKey;
    let body: string | undefined;
    if (route.method === 'GET') {
      for (const [k, v] of Object.entries(rest)) if (v !== undefined && v !== null) url.searchParams.set(k, String(v));
    } else {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(input);
    }
    const retryable = route.method === 'GET' || !('write' in route) || Boolean(call.idempotencyKey);
    return withRetries(retryable ? attempts : 1, backoffMs, call.signal, (signal) =>
      fetchJson(doFetch, url, { method: route.method, headers, body, signal }, timeoutMs),
    );
  }

  const read =
    (method: AdapterMethod) =>
    (input: object, call: CallOptions = {}) =>
      request(method, input as Record<string, unknown>, call);
  const write = (method: AdapterMethod) => (input: object, call: WriteOptions) => request(method, input as Record<string, unknown>, call);

  return {
    getFaq: read('getFaq'),
    getReturnPolicy: read('getReturnPolicy'),
    getSizeChart: read('getSizeChart'),
    getFitInsights: read('getFitInsights'),
    listReviews: read('listReviews'),
    submitReview: write('submitReview'),
    getMediaLimits: read('getMediaLimits'),
    lookupOrder: read('lookupOrder'),
    getReturnReasons: read('getReturnReasons'),
    quoteReturn: read('quoteReturn'),
    createReturn: write('createReturn'),
    getReturnStatus: read('getReturnStatus'),
    ...Object.fromEntries(merchantMethods.map((m) => [m, read(m)])),
    // Upload code loads with the first upload: large files go resumable (tus), others in one request.
    uploadMedia: (blob: Blob, meta: object, call: UploadOptions = {}) =>
      blob.size >= (options.resumableFromBytes ?? 5 * 1024 * 1024)
        ? loaded(import('./rest-resumable.js'), 'upload').then((m) => m.uploadResumable(base, options, blob, meta, call))
        : loaded(import('./rest-upload.js'), 'upload').then((m) => m.uploadBlob(base, options.headers ?? {}, blob, meta, call, timeoutMs)),
  } as ReturnlessAdapter;
}

/** A merchant method's route, loaded with the first merchant call (admin pages already hold it: vite.config.ts). */
async function merchantRoute(method: AdapterMethod): Promise<RestRoute> {
  const { merchantRoutes } = await loaded(import('./merchant-routes.js'), method);
  return merchantRoutes[method as keyof typeof merchantRoutes];
}

/** A module loaded on first use; failing to load it is a `network` error, as the adapter promises. */
function loaded<T>(module: Promise<T>, what: string): Promise<T> {
  return module.catch((error: unknown) => {
    throw new AdapterError('network', `Could not load the code of ${what}.`, { cause: error });
  });
}

function buildUrl(base: string, path: string, input: Record<string, unknown>) {
  const rest = { ...input };
  const filled = path.replace(/:(\w+)/g, (_, name: string) => {
    const value = rest[name];
    delete rest[name];
    return encodeURIComponent(String(value ?? ''));
  });
  return { url: new URL(base + filled, globalThis.location?.href ?? 'http://localhost/'), rest };
}

async function fetchJson(doFetch: typeof fetch, url: URL, init: RequestInit, timeoutMs: number): Promise<unknown> {
  const signals = [AbortSignal.timeout(timeoutMs), init.signal].filter(Boolean) as AbortSignal[];
  let response: Response;
  try {
    response = await doFetch(url, { ...init, signal: AbortSignal.any(signals) });
  } catch (error) {
    if (init.signal?.aborted) throw init.signal.reason ?? error;
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      throw new AdapterError('timeout', `No answer from ${url.pathname} within ${timeoutMs} ms.`, { cause: error });
    }
    throw new AdapterError('network', `Could not reach ${url.pathname}.`, { cause: error });
  }
  return readResponse(response, url);
}

const RETRYABLE: ReadonlySet<AdapterErrorCode> = new Set(['network', 'timeout', 'rate_limited', 'unavailable']);

async function withRetries<T>(
  attempts: number,
  backoffMs: number,
  signal: AbortSignal | undefined,
  run: (signal?: AbortSignal) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run(signal);
    } catch (error) {
      if (!(error instanceof AdapterError) || !RETRYABLE.has(error.code) || attempt >= attempts) throw error;
      if (error.code === 'rate_limited' && (error.retryAfter ?? 0) > MAX_RETRY_AFTER_S) throw error;
      const wait = error.retryAfter !== undefined ? error.retryAfter * 1000 : backoffMs * 2 ** (attempt - 1) * (0.75 + Math.random() / 2);
      await sleep(wait, signal);
    }
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}
