/** The return flow's state machine (domain/return-flow.ts), without a DOM. */
import { describe, expect, it } from 'vitest';
import type { Order, OrderLine } from '../../src/domain/orders.js';
import {
  advance,
  backToLookup,
  flowSteps,
  orderFound,
  planSubmit,
  retreat,
  settleSubmit,
  stepNeeds,
  switchPath,
  UNSPECIFIED_REASON,
  wholeContract,
  type FlowContext,
} from '../../src/domain/return-flow.js';
import { emptyDraft, type LineOptions, type ReturnFormDraft } from '../../src/domain/return-request.js';
import type { ReturnConfirmation, ReturnRequest } from '../../src/domain/returns.js';

const line = (id: string, l: Partial<OrderLine> = {}): OrderLine => ({
  id,
  productId: id,
  title: id,
  quantity: 2,
  returnableQuantity: 2,
  unitPrice: { amount: 40, currency: 'EUR' },
  tags: [],
  ...l,
});
const order: Order = {
  id: 'o1',
  orderNumber: 'RL-1001',
  placedAt: '2026-11-15T10:00:00Z',
  currency: 'EUR',
  email: 'ada@example.com',
  lines: [line('a'), line('b')],
  lookupToken: 'proof-1',
};
const open = (o: Partial<LineOptions> = {}): LineOptions => ({
  returnable: true,
  maxQuantity: 2,
  refundTypes: ['refund'],
  methods: ['mail'],
  fee: { kind: 'free' },
  ...o,
});
const ctx = (c: Partial<FlowContext> = {}): FlowContext => ({
  lookupBy: 'email',
  reasons: [{ id: 'mind', label: 'Changed my mind' }],
  options: { a: open(), b: open({ returnable: false, maxQuantity: 0, reason: 'final_sale' }) },
  support: { quote: true, photos: true, exchange: true },
  steps: flowSteps('return', true),
  ...c,
});
const draft = (d: Partial<ReturnFormDraft> = {}): ReturnFormDraft => ({ ...emptyDraft('key-1'), order, ...d });
const confirmation: ReturnConfirmation = {
  id: 'R-1',
  status: 'requested',
  createdAt: '2026-11-27T12:00:00Z',
  instructions: [],
  labels: [],
};
const request = (reasonId = 'mind'): ReturnRequest => ({
  orderId: 'o1',
  lookupToken: 'proof-1',
  lines: [{ lineId: 'a', quantity: 1, reasonId, mediaIds: [], resolution: 'refund' }],
  method: 'mail',
  email: 'ada@example.com',
});

describe('steps and what each needs', () => {
  it('walks lookup → items → reasons → resolution → method → review → confirmation; a withdrawal skips the middle', () => {
    expect(flowSteps('return', true)).toEqual(['lookup', 'items', 'reasons', 'resolution', 'method', 'review', 'confirmation']);
    expect(flowSteps('return', false)).not.toContain('reasons');
    expect(flowSteps('withdrawal', true)).toEqual(['lookup', 'items', 'review', 'confirmation']);
  });

  it('says which steps need the context, an estimate and size charts', () => {
    expect(stepNeeds('lookup')).toEqual({ context: false, quote: false, charts: false });
    expect(stepNeeds('reasons')).toMatchObject({ context: true, quote: false, charts: true });
    expect(stepNeeds('method')).toMatchObject({ quote: true, charts: false });
    expect(stepNeeds('confirmation').context).toBe(false);
  });
});

describe('advance (Continue) and retreat (Back)', () => {
  it('keeps the shopper on a step with problems (the guard)', () => {
    expect(advance(draft({ step: 'items' }), ctx())).toEqual({ kind: 'invalid', errors: [{ field: 'items', key: 'noItems' }] });
  });

  it('looks the order up from the lookup step and submits from the review step', () => {
    const lookup = draft({ order: undefined, lookup: { orderNumber: '1001', email: 'ada@example.com', postalCode: '' } });
    expect(advance(lookup, ctx())).toEqual({ kind: 'lookup' });
    expect(advance(draft({ step: 'review', email: 'ada@example.com' }), ctx())).toEqual({ kind: 'submit' });
  });

  it('reconciles on the way: quantities clamped, blocked lines dropped', () => {
    const d = draft({ step: 'items', lines: { a: { selected: true, quantity: 2 }, b: { selected: true, quantity: 1 } } });
    const clamped = advance({ ...d, lines: { a: { selected: true, quantity: 2 } } }, ctx({ options: { a: open({ maxQuantity: 1 }) } }));
    expect(clamped).toEqual({ kind: 'invalid', errors: [{ field: 'quantity-a', key: 'quantityRange', lineId: 'a' }] });
    const go = advance({ ...d, lines: { a: { selected: true, quantity: 1 }, b: { selected: false, quantity: 1 } } }, ctx());
    expect(go).toMatchObject({ kind: 'go', to: 'reasons' });
    expect(go?.kind === 'go' && Object.keys(go.draft.lines)).toEqual(['a']);
  });

  it('fills what the next step can assume: unspecified reasons without a reason tree, the only method, the contact email', () => {
    const lines = { a: { selected: true, quantity: 1, reasonId: 'mind', resolution: 'refund' as const } };
    const noReasons = advance(
      draft({ step: 'items', lines: { a: { selected: true, quantity: 1 } } }),
      ctx({ steps: flowSteps('return', false), reasons: [] }),
    );
    expect(noReasons).toMatchObject({ kind: 'go', to: 'resolution', draft: { lines: { a: { reasonId: UNSPECIFIED_REASON } } } });
    expect(advance(draft({ step: 'resolution', lines }), ctx())).toMatchObject({ kind: 'go', to: 'method', draft: { method: 'mail' } });
    expect(advance(draft({ step: 'method', method: 'mail', lines }), ctx())).toMatchObject({
      to: 'review',
      draft: { email: 'ada@example.com' },
    });
  });

  it('goes Back to the step before without touching an answer', () => {
    const d = draft({ step: 'resolution', lines: { a: { selected: true, quantity: 1, comment: 'kept' } } });
    expect(retreat(d, flowSteps('return', true))).toBe('reasons');
    expect(retreat(d, flowSteps('return', false))).toBe('items');
    expect(retreat(draft({ step: 'lookup' }), flowSteps('return', true))).toBeUndefined();
  });
});

describe('the order and the lookup proof', () => {
  it('keeps the choices when the same order is found again, drops them for another order', () => {
    const lines = { a: { selected: true, quantity: 1 } };
    expect(orderFound(draft({ lines }), { ...order, lookupToken: 'proof-2' }).lines).toBe(lines);
    expect(orderFound(draft({ lines }), { ...order, id: 'o2' }).lines).toEqual({});
  });

  it('goes back to lookup on a refused proof: the token dropped, the order id and choices kept', () => {
    const lines = { a: { selected: true, quantity: 1 } };
    const back = backToLookup(draft({ step: 'review', lines }));
    expect(back).toMatchObject({ step: 'lookup', lines, order: { id: 'o1' } });
    expect(back.order?.lookupToken).toBeUndefined();
  });

  it('selects the whole contract for a withdrawal, and switches path at the lookup', () => {
    expect(wholeContract(draft(), ctx().options).lines).toEqual({ a: { selected: true, quantity: 2 } });
    expect(switchPath(draft({ step: 'items' }), 'withdrawal')).toMatchObject({ path: 'withdrawal', step: 'lookup' });
  });
});

describe('submitting once, also after an uncertain submit', () => {
  it('sends with the draft’s key; an answer that never came keeps body and key in the draft', () => {
    const d = draft({ step: 'review' });
    const plan = planSubmit(d, request());
    expect(plan).toEqual({ kind: 'send', request: request(), idempotencyKey: 'key-1' });
    const lost = settleSubmit(d, plan, { kind: 'failed', code: 'timeout' }, 'key-2');
    expect(lost).toMatchObject({
      kind: 'uncertain',
      code: 'timeout',
      draft: { uncertain: { request: request(), idempotencyKey: 'key-1' } },
    });
    expect(settleSubmit(d, plan, { kind: 'created', confirmation }, 'key-2')).toEqual({ kind: 'confirmed', confirmation, earlier: false });
  });

  it('retries the same answers with the same key (a renewed proof is fine)', () => {
    const d = draft({ uncertain: { request: request(), idempotencyKey: 'key-1' } });
    expect(planSubmit(d, { ...request(), lookupToken: 'proof-2' })).toEqual({
      kind: 'send',
      request: { ...request(), lookupToken: 'proof-2' },
      idempotencyKey: 'key-1',
    });
  });

  it('after changed answers sends the earlier body with its key first, and shows that return if it exists', () => {
    const d = draft({ uncertain: { request: request(), idempotencyKey: 'key-1' } });
    const plan = planSubmit(d, request('other'));
    expect(plan).toEqual({ kind: 'check-earlier', request: request(), idempotencyKey: 'key-1', then: request('other') });
    expect(settleSubmit(d, plan, { kind: 'created', confirmation }, 'key-2')).toEqual({ kind: 'confirmed', confirmation, earlier: true });
    // Still no answer: nothing new is sent, the earlier attempt stays on record.
    expect(settleSubmit(d, plan, { kind: 'failed', code: 'network' }, 'key-2')).toMatchObject({
      kind: 'uncertain',
      draft: { uncertain: { idempotencyKey: 'key-1', request: request() } },
    });
  });

  it('sends the new answers with a new key only when the earlier return was refused (so it does not exist)', () => {
    const d = draft({ uncertain: { request: request(), idempotencyKey: 'key-1' } });
    const plan = planSubmit(d, request('other'));
    const next = settleSubmit(d, plan, { kind: 'failed', code: 'rejected', field: 'lines[0].quantity' }, 'key-2');
    expect(next).toMatchObject({ kind: 'send-new', plan: { kind: 'send', request: request('other'), idempotencyKey: 'key-2' } });
    expect(next.kind === 'send-new' && next.draft).toMatchObject({ idempotencyKey: 'key-2' });
    expect(next.kind === 'send-new' && next.draft.uncertain).toBeUndefined();
  });

  it('goes back to lookup on a refused proof; a rate limit keeps the earlier attempt on record', () => {
    const d = draft({ uncertain: { request: request(), idempotencyKey: 'key-1' } });
    const plan = planSubmit(d, request());
    expect(settleSubmit(d, plan, { kind: 'failed', code: 'not_found' }, 'k')).toEqual({ kind: 'lookup-again' });
    expect(settleSubmit(d, plan, { kind: 'failed', code: 'rate_limited' }, 'k')).toMatchObject({
      kind: 'refused',
      draft: { uncertain: { idempotencyKey: 'key-1' } },
    });
    expect(settleSubmit(d, plan, { kind: 'failed', code: 'rejected', field: 'Idempotency-Key' }, 'k')).toEqual({ kind: 'already-created' });
  });
});
