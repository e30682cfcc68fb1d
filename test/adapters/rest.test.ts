import { describe, expect, it, vi } from 'vitest';
import { callAdapter } from '../../src/adapters/call.js';
import { AdapterError } from '../../src/adapters/errors.js';
import {
  codeForStatus,
  createRestAdapter as createValidatedRestAdapter,
  createRestTransport as createRestAdapter,
  parseRetryAfter,
} from '../../src/adapters/rest.js';
import { contract } from '../../src/adapters/contract.js';
import { resetDevMessages } from '../../src/core/dev.js';

type Handler = (url: URL, init: RequestInit) => Response | Promise<Response>;

function fakeFetch(...handlers: Handler[]) {
  const calls: { url: URL; init: RequestInit }[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    calls.push({ url, init });
    const handler = handlers[Math.min(calls.length - 1, handlers.length - 1)]!;
    return handler(url, init);
  });
  return { fetch: fn as unknown as typeof fetch, calls };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const faq = { entries: [{ id: 'a', question: 'Q?', answer: 'A.' }] };

describe('createRestTransport: HTTP behaviour (createRestAdapter adds validation)', () => {
  it('GETs documented routes with the query as search parameters', async () => {
    const { fetch, calls } = fakeFetch(() => json(faq));
    const api = createRestAdapter({ baseUrl: 'https://shop.example/api/', fetch, headers: { 'X-Shop': '1' } });
    await expect(api.getFaq!({ set: 'shipping', locale: 'zh-CN' })).resolves.toEqual(faq);
    expect(calls[0]!.url.href).toBe('https://shop.example/api/faq?set=shipping&locale=zh-CN');
    expect(calls[0]!.init.method).toBe('GET');
    expect((calls[0]!.init.headers as Record<string, string>)['X-Shop']).toBe('1');
  });

  it('fills path parameters and leaves them out of the query', async () => {
    const { fetch, calls } = fakeFetch(() => json({}));
    const api = createRestAdapter({ baseUrl: 'https://shop.example/api', fetch });
    await api.listReviews!({ productId: 'p/1', withMedia: true, sort: 'newest' });
    expect(calls[0]!.url.pathname).toBe('/api/products/p%2F1/reviews');
    expect(calls[0]!.url.search).toBe('?withMedia=true&sort=newest');
  });

  it('POSTs writes as JSON with the Idempotency-Key header', async () => {
    const { fetch, calls } = fakeFetch(() => json({ id: 'r1', status: 'pending' }));
    const api = createRestAdapter({ baseUrl: '/api', fetch });
    const input = { productId: 'p1', rating: 5, body: 'Great', author: 'Ann', email: 'ann@example.com', mediaIds: [] };
    await api.submitReview!(input, { idempotencyKey: 'key-1' });
    expect(calls[0]!.init.method).toBe('POST');
    expect((calls[0]!.init.headers as Record<string, string>)['Idempotency-Key']).toBe('key-1');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual(input);
  });

  it.each([
    [404, 'not_found'],
    [400, 'rejected'],
    [422, 'rejected'],
    [409, 'rejected'],
    [429, 'rate_limited'],
    [408, 'timeout'],
    [504, 'timeout'],
    [503, 'unavailable'],
    [500, 'network'],
  ] as const)('maps HTTP %i to %s', (status, code) => {
    expect(codeForStatus(status)).toBe(code);
  });

  it('names the refused field from the error body', async () => {
    const { fetch } = fakeFetch(() => json({ error: { message: 'email is not valid', field: 'email' } }, 422));
    const api = createRestAdapter({ baseUrl: '/api', fetch, attempts: 1 });
    const error = await api.lookupOrder!({ orderNumber: '1001', email: 'x@example.com' }).catch((e) => e);
    expect(error).toBeInstanceOf(AdapterError);
    expect(error).toMatchObject({ code: 'rejected', field: 'email', status: 422 });
  });

  it('retries reads after a server error with backoff, then succeeds', async () => {
    const { fetch, calls } = fakeFetch(
      () => json({}, 500),
      () => json({}, 503),
      () => json(faq),
    );
    const api = createRestAdapter({ baseUrl: '/api', fetch, backoffMs: 1 });
    await expect(api.getFaq!({ locale: 'en' })).resolves.toEqual(faq);
    expect(calls).toHaveLength(3);
  });

  it('gives up after the configured attempts', async () => {
    const { fetch, calls } = fakeFetch(() => json({}, 500));
    const api = createRestAdapter({ baseUrl: '/api', fetch, backoffMs: 1, attempts: 2 });
    await expect(api.getFaq!({ locale: 'en' })).rejects.toMatchObject({ code: 'network' });
    expect(calls).toHaveLength(2);
  });

  it('honours Retry-After on 429', async () => {
    const { fetch, calls } = fakeFetch(
      () => json({}, 429, { 'Retry-After': '1' }),
      () => json(faq),
    );
    const api = createRestAdapter({ baseUrl: '/api', fetch, backoffMs: 1 });
    const started = performance.now();
    await api.getFaq!({ locale: 'en' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(calls).toHaveLength(2);
  });

  it('does not wait out a long Retry-After: it reports rate_limited with the delay', async () => {
    const { fetch, calls } = fakeFetch(() => json({}, 429, { 'Retry-After': '120' }));
    const api = createRestAdapter({ baseUrl: '/api', fetch });
    await expect(api.getFaq!({ locale: 'en' })).rejects.toMatchObject({ code: 'rate_limited', retryAfter: 120 });
    expect(calls).toHaveLength(1);
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('7')).toBe(7);
    expect(parseRetryAfter(new Date(Date.now() + 5000).toUTCString(), Date.now())).toBeGreaterThanOrEqual(4);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('does not retry writes that carry no idempotency key', async () => {
    const { fetch, calls } = fakeFetch(() => json({}, 500));
    const api = createRestAdapter({ baseUrl: '/api', fetch, backoffMs: 1 });
    await expect(api.createReturn!({} as never, { idempotencyKey: '' })).rejects.toMatchObject({ code: 'network' });
    expect(calls).toHaveLength(1);
  });

  it('times out a request that never answers', async () => {
    const never: Handler = (_url, init) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));
    const { fetch } = fakeFetch(never);
    const api = createRestAdapter({ baseUrl: '/api', fetch, timeoutMs: 50, attempts: 1 });
    await expect(api.getFaq!({ locale: 'en' })).rejects.toMatchObject({ code: 'timeout' });
  });

  it('passes the caller’s abort through as an abort, not an error state', async () => {
    const never: Handler = (_url, init) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));
    const { fetch } = fakeFetch(never);
    const api = createRestAdapter({ baseUrl: '/api', fetch });
    const controller = new AbortController();
    const pending = api.getFaq!({ locale: 'en' }, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('maps a network failure to network', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const api = createRestAdapter({ baseUrl: '/api', fetch, attempts: 1 });
    await expect(api.getFaq!({ locale: 'en' })).rejects.toMatchObject({ code: 'network' });
  });

  it('maps a 200 that is not JSON to invalid_response', async () => {
    const { fetch } = fakeFetch(() => new Response('<html>oops</html>', { status: 200 }));
    const api = createRestAdapter({ baseUrl: '/api', fetch });
    await expect(api.getFaq!({ locale: 'en' })).rejects.toMatchObject({ code: 'invalid_response' });
  });

  it('warns once when the answers are not a Returnless route’s (a wrong base URL), and not for a route’s own 404', async () => {
    resetDevMessages();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const routed = fakeFetch(() => json({ error: { message: 'No FAQ set "x".', field: 'set' } }, 404));
      await createRestAdapter({ baseUrl: '/api', fetch: routed.fetch }).getFaq!({ set: 'x', locale: 'en' }).catch(() => undefined);
      expect(warn).not.toHaveBeenCalled();
      const nothingThere = fakeFetch(() => new Response('404 Not Found', { status: 404, headers: { 'Content-Type': 'text/plain' } }));
      const api = createRestAdapter({ baseUrl: '/apps/returnless', fetch: nothingThere.fetch });
      await expect(api.getFaq!({ locale: 'en' })).rejects.toMatchObject({ code: 'not_found' });
      await api.getReturnPolicy!({ locale: 'en' }).catch(() => undefined);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toContain('/apps/returnless/faq answered 404 without the JSON error body');
      expect(String(warn.mock.calls[0]![0])).toContain('is the base URL right');
      resetDevMessages();
      const spaFallback = fakeFetch(
        () => new Response('<!doctype html><title>Shop</title>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
      );
      await createRestAdapter({ baseUrl: '/apps/returnless', fetch: spaFallback.fetch }).getFaq!({ locale: 'en' }).catch(() => undefined);
      expect(String(warn.mock.calls[1]![0])).toContain('answered 200 with a body that is not JSON');
    } finally {
      warn.mockRestore();
    }
  });

  it('through callAdapter, a response that fails the schema is invalid_response naming the path', async () => {
    const { fetch } = fakeFetch(() =>
      json({
        entries: [
          { id: 'a', question: 'Q', answer: 'A' },
          { id: 'b', question: null, answer: 'A' },
        ],
      }),
    );
    const api = createRestAdapter({ baseUrl: '/api', fetch });
    const error = await callAdapter(api, 'getFaq', contract.getFaq, { locale: 'en' }).catch((e) => e);
    expect(error).toMatchObject({ code: 'invalid_response', field: 'entries[1].question' });
    expect(error.message).toContain('entries[1].question');
  });
});

describe('createRestAdapter (validating, for direct use)', () => {
  it('rejects a malformed answer with invalid_response naming the path', async () => {
    const { fetch } = fakeFetch(() =>
      json({
        entries: [
          { id: 'a', question: 'Q', answer: 'A' },
          { id: 'b', question: 7, answer: 'A' },
        ],
      }),
    );
    const api = createValidatedRestAdapter({ baseUrl: '/api', fetch });
    await expect(api.getFaq!({ locale: 'en' })).rejects.toMatchObject({ code: 'invalid_response', field: 'entries[1].question' });
  });

  it('refuses invalid input before sending anything', async () => {
    const { fetch, calls } = fakeFetch(() => json({}));
    const api = createValidatedRestAdapter({ baseUrl: '/api', fetch });
    await expect(api.lookupOrder!({ orderNumber: '', email: 'x@example.com' })).rejects.toMatchObject({
      code: 'rejected',
      field: 'orderNumber',
    });
    expect(calls).toHaveLength(0);
  });

  it('passes valid answers through', async () => {
    const { fetch } = fakeFetch(() => json(faq));
    await expect(createValidatedRestAdapter({ baseUrl: '/api', fetch }).getFaq!({ locale: 'en' })).resolves.toEqual(faq);
  });
});
