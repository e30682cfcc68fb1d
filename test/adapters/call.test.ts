import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { callAdapter, supports } from '../../src/adapters/call.js';
import { contract } from '../../src/adapters/contract.js';
import { AdapterError, adapterErrorCodes } from '../../src/adapters/errors.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { withValidation } from '../../src/adapters/with-validation.js';
import { resetDevMessages } from '../../src/core/dev.js';

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  resetDevMessages();
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => consoleError.mockRestore());
const said = () => consoleError.mock.calls.map((call) => String(call[0]));

describe('callAdapter', () => {
  it('rejects with unavailable when the method is absent', async () => {
    await expect(callAdapter({}, 'getFaq', contract.getFaq, { locale: 'en' })).rejects.toMatchObject({ code: 'unavailable' });
    expect(supports({}, 'getFaq')).toBe(false);
    expect(supports(createMemoryAdapter(), 'getFaq')).toBe(true);
  });

  it('validates input before calling: nothing is sent for invalid input', async () => {
    let called = false;
    const adapter = { lookupOrder: async () => ((called = true), {}) } as never;
    const error = await callAdapter(adapter, 'lookupOrder', contract.lookupOrder, { orderNumber: '', email: 'nope' }).catch((e) => e);
    expect(error).toMatchObject({ code: 'rejected', field: 'orderNumber' });
    expect(called).toBe(false);
  });

  it('wraps anything a custom adapter throws into an AdapterError', async () => {
    const adapter = { getFaq: async () => Promise.reject('a string') } as never;
    const error = await callAdapter(adapter, 'getFaq', contract.getFaq, { locale: 'en' }).catch((e) => e);
    expect(error).toBeInstanceOf(AdapterError);
    expect(error.code).toBe('network');
  });

  it('keeps the code of an AdapterError from another copy of the library', async () => {
    const foreign = Object.assign(new Error('slow'), { name: 'AdapterError', code: 'rate_limited' });
    const error = await callAdapter({ getFaq: async () => Promise.reject(foreign) } as never, 'getFaq', contract.getFaq, {
      locale: 'en',
    }).catch((e) => e);
    expect(error.code).toBe('rate_limited');
  });

  it('fuzz: whatever a getFaq resolves to, the caller gets valid data or invalid_response — never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }),
        async (junk) => {
          const adapter = { getFaq: async () => junk } as never;
          try {
            const faq = await callAdapter(adapter, 'getFaq', contract.getFaq, { locale: 'en' });
            expect(Array.isArray(faq.entries)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(AdapterError);
            expect((error as AdapterError).code).toBe('invalid_response');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('fuzz: entries with wrong field types are always refused', async () => {
    const badEntry = fc.record({
      id: fc.oneof(fc.integer(), fc.constant(''), fc.constant('has space'), fc.constant(null)),
      question: fc.string(),
      answer: fc.string(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(badEntry, { minLength: 1, maxLength: 5 }), async (entries) => {
        const adapter = { getFaq: async () => ({ entries }) } as never;
        await expect(callAdapter(adapter, 'getFaq', contract.getFaq, { locale: 'en' })).rejects.toMatchObject({ code: 'invalid_response' });
      }),
      { numRuns: 100 },
    );
  });
});

describe('callAdapter: what a developer writing an adapter sees in the console', () => {
  it('names the method, the path and what was wrong, once per method and path', async () => {
    const adapter = { getFaq: async () => ({ entries: [{ id: 'a', question: 42, answer: 'A' }] }) } as never;
    for (let i = 0; i < 3; i++) await callAdapter(adapter, 'getFaq', contract.getFaq, { locale: 'en' }).catch(() => undefined);
    expect(said()).toEqual([
      expect.stringContaining('getFaq() returned invalid data at entries[0].question: expected string, got number.'),
    ]);
    expect(said()[0]).toContain('#writing-an-adapter');
  });

  it('says what an id must look like, and what is wrong with an input, in words', async () => {
    const spaced = { getFaq: async () => ({ entries: [{ id: 'faq 1', question: 'Q', answer: 'A' }] }) } as never;
    await callAdapter(spaced, 'getFaq', contract.getFaq, { locale: 'en' }).catch(() => undefined);
    expect(said()).toEqual([expect.stringContaining('entries[0].id: not a valid value: "faq 1" (must match /^[A-Za-z0-9_.:-]+$/).')]);
    // withValidation's callers (and the REST adapter) get the input's problem the same way, not zod/mini's bare "Invalid input".
    const error = await withValidation(createMemoryAdapter()).getFaq!({ locale: 7 } as never).catch((e: AdapterError) => e);
    expect(error).toMatchObject({
      code: 'rejected',
      field: 'locale',
      message: 'Invalid getFaq() input: locale: expected string, got number',
    });
  });

  it('says when a hand-written adapter throws something that is not an AdapterError', async () => {
    const buggy = { getFaq: async () => (undefined as unknown as { entries: unknown }).entries } as never;
    await callAdapter(buggy, 'getFaq', contract.getFaq, { locale: 'en' }).catch(() => undefined);
    expect(said()).toEqual([expect.stringMatching(/getFaq\(\) threw ".*undefined.*", not an AdapterError: shoppers see a network error/)]);
  });

  it('stays quiet for the errors adapters are meant to throw, and for shopper input the element refuses', async () => {
    const failing = { getFaq: async () => Promise.reject(new AdapterError('timeout', 'slow')) } as never;
    await callAdapter(failing, 'getFaq', contract.getFaq, { locale: 'en' }).catch(() => undefined);
    await callAdapter({ lookupOrder: async () => ({}) } as never, 'lookupOrder', contract.lookupOrder, {
      orderNumber: '',
      email: 'x',
    }).catch(() => undefined);
    expect(said()).toEqual([]);
  });
});

describe('createMemoryAdapter', () => {
  it.each(adapterErrorCodes)('can fail with %s', async (code) => {
    const adapter = createMemoryAdapter({ faq: { default: [] } }, { failWith: code });
    await expect(adapter.getFaq!({ locale: 'en' })).rejects.toMatchObject({ code });
  });

  it('fails only the methods named', async () => {
    const adapter = createMemoryAdapter({ faq: { default: [] } }, { failWith: { listReviews: 'timeout' } });
    await expect(adapter.getFaq!({ locale: 'en' })).resolves.toEqual({ entries: [] });
  });

  it('answers after latencyMs and can be aborted while waiting', async () => {
    const adapter = createMemoryAdapter({ faq: { default: [] } }, { latencyMs: 60 });
    const start = performance.now();
    await adapter.getFaq!({ locale: 'en' });
    expect(performance.now() - start).toBeGreaterThanOrEqual(55);
    const controller = new AbortController();
    const pending = adapter.getFaq!({ locale: 'en' }, { signal: controller.signal });
    const started = performance.now();
    controller.abort();
    // An abort, not an error state, and at once (not after the latency).
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('exposes only the methods listed in `only`', () => {
    const adapter = createMemoryAdapter({}, { only: ['getFaq'] });
    expect(Object.keys(adapter)).toEqual(['getFaq']);
  });

  it('returns the same receipt for the same idempotency key', async () => {
    const adapter = createMemoryAdapter();
    const input = { productId: 'p1', rating: 4, body: 'Nice', author: 'Ann', email: 'ann@example.com', mediaIds: [] };
    const a = await adapter.submitReview!(input, { idempotencyKey: 'k' });
    const b = await adapter.submitReview!(input, { idempotencyKey: 'k' });
    const c = await adapter.submitReview!(input, { idempotencyKey: 'other' });
    expect(b).toEqual(a);
    expect(c.id).not.toBe(a.id);
  });

  it('answers every FAQ lookup with data that passes the contract (withValidation)', async () => {
    const adapter = withValidation(createMemoryAdapter({ faq: { default: [{ id: 'a', question: 'Q', answer: 'A' }] } }));
    await expect(adapter.getFaq!({ locale: 'en' })).resolves.toEqual({ entries: [{ id: 'a', question: 'Q', answer: 'A' }] });
  });
});
