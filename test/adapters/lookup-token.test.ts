/** Lookup tokens across the adapter boundary: schemas, the memory adapter, the REST adapter and the draft builder. */
import { describe, expect, it, vi } from 'vitest';
import { contract } from '../../src/adapters/contract.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createRestAdapter } from '../../src/adapters/rest.js';
import { buildReturnDraft, buildReturnRequest, emptyDraft } from '../../src/domain/return-request.js';
import { check } from '../../src/domain/validation.js';
import type { Order } from '../../src/domain/orders.js';

const order: Order & { email: string } = {
  id: 'o_x7Kq',
  orderNumber: 'RL-1',
  placedAt: '2026-01-01T00:00:00.000Z',
  deliveredAt: '2026-01-03T00:00:00.000Z',
  currency: 'EUR',
  email: 'a@example.com',
  lines: [
    {
      id: 'l1',
      productId: 'shirt',
      title: 'Shirt',
      quantity: 1,
      returnableQuantity: 1,
      unitPrice: { amount: 10, currency: 'EUR' },
      tags: [],
    },
  ],
};
const line = { lineId: 'l1', quantity: 1, reasonId: 'too_small', resolution: 'refund' as const, mediaIds: [] };

describe('schemas carry the token', () => {
  it('lookupOrder output, quote and create input, status input, media meta and review input accept it', () => {
    expect(check(contract.lookupOrder.output, { ...order, lookupToken: 'rl1.a.b' }).ok).toBe(true);
    expect(check(contract.quoteReturn.input, { orderId: 'o', lines: [line], lookupToken: 'rl1.a.b' }).ok).toBe(true);
    expect(check(contract.getReturnStatus.input, { returnId: 'R-1', lookupToken: 'rl1.a.b' }).ok).toBe(true);
    expect(
      check(contract.uploadMedia.input, { kind: 'image', mime: 'image/jpeg', size: 1, purpose: 'return', lookupToken: 'rl1.a.b' }).ok,
    ).toBe(true);
    const review = { productId: 'p', rating: 5, body: 'b', author: 'a', email: 'a@example.com', invitation: 'rl1.c.d' };
    expect(check(contract.submitReview.input, review).ok).toBe(true);
    expect(check(contract.quoteReturn.input, { orderId: 'o', lines: [line], lookupToken: 'x'.repeat(2049) }).ok).toBe(false);
  });

  it('the draft builder sends the token of the looked-up order with quotes and submits', () => {
    const draft = { ...emptyDraft('k'), order: { ...order, lookupToken: 'rl1.tok.mac' }, email: 'a@example.com', method: 'mail' as const };
    draft.lines = { l1: { selected: true, quantity: 1, reasonId: 'too_small', resolution: 'refund' } };
    expect(buildReturnDraft(draft)?.lookupToken).toBe('rl1.tok.mac');
    expect(buildReturnRequest(draft)?.lookupToken).toBe('rl1.tok.mac');
    const { lookupToken: _t, ...withoutToken } = draft.order;
    expect(buildReturnDraft({ ...draft, order: withoutToken })).not.toHaveProperty('lookupToken');
  });
});

describe('memory adapter', () => {
  it('issues a token at lookup and, with requireLookupToken, refuses quotes and returns without a live one', async () => {
    const adapter = createMemoryAdapter({ orders: [order] }, { requireLookupToken: true, lookupTokenTtlMs: 50 });
    const found = await adapter.lookupOrder!({ orderNumber: 'RL-1', email: 'a@example.com' });
    expect(found.lookupToken).toMatch(/^mem-/);
    await expect(adapter.quoteReturn!({ orderId: order.id, lines: [line], lookupToken: found.lookupToken })).resolves.toBeDefined();
    await expect(adapter.quoteReturn!({ orderId: order.id, lines: [line] })).rejects.toMatchObject({ code: 'not_found' });
    await expect(adapter.quoteReturn!({ orderId: order.id, lines: [line], lookupToken: 'forged' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await new Promise((r) => setTimeout(r, 80));
    const request = { orderId: order.id, lines: [line], lookupToken: found.lookupToken, method: 'mail' as const, email: 'a@example.com' };
    await expect(adapter.createReturn!(request, { idempotencyKey: 'k1' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('marks a review verified only with proof: an invitation for the product or a lookup token of a buyer', async () => {
    const adapter = createMemoryAdapter(
      { orders: [order], reviewStatus: 'published', invitations: [{ token: 'inv-1', productId: 'shirt' }] },
      {},
    );
    const base = { productId: 'shirt', rating: 5, body: 'Nice', author: 'A', email: 'a@example.com', mediaIds: [] };
    await adapter.submitReview!(base, { idempotencyKey: 'r1' });
    await adapter.submitReview!({ ...base, invitation: 'inv-1' }, { idempotencyKey: 'r2' });
    const { lookupToken } = await adapter.lookupOrder!({ orderNumber: 'RL-1', email: 'a@example.com' });
    await adapter.submitReview!({ ...base, lookupToken }, { idempotencyKey: 'r3' });
    await adapter.submitReview!({ ...base, productId: 'other', invitation: 'inv-1' }, { idempotencyKey: 'r4' });
    const page = await adapter.listReviews!({ productId: 'shirt' });
    // Newest first: r3 (token), r2 (invitation), r1 (typed email only).
    expect(page.reviews.map((r) => r.verifiedBuyer)).toEqual([true, true, false]);
    expect((await adapter.listReviews!({ productId: 'other' })).reviews[0]!.verifiedBuyer).toBe(false);
  });
});

describe('REST adapter', () => {
  it('passes the token through: lookup answer in, quote body out', async () => {
    const calls: { url: string; body: string }[] = [];
    const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      calls.push({ url: String(input), body: String(init.body) });
      const body = String(input).endsWith('/orders/lookup')
        ? { ...order, lookupToken: 'rl1.p.m' }
        : { refund: { amount: 10, currency: 'EUR' }, fees: { amount: 0, currency: 'EUR' }, total: { amount: 10, currency: 'EUR' } };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }) as unknown as typeof globalThis.fetch;
    const api = createRestAdapter({ baseUrl: 'https://shop.example/api', fetch });
    const found = await api.lookupOrder!({ orderNumber: 'RL-1', email: 'a@example.com' });
    expect(found.lookupToken).toBe('rl1.p.m');
    await api.quoteReturn!({ orderId: found.id, lines: [line], lookupToken: found.lookupToken });
    expect(JSON.parse(calls[1]!.body)).toMatchObject({ orderId: 'o_x7Kq', lookupToken: 'rl1.p.m' });
  });
});
