import { COMMENT_MAX } from '../../src/domain/return-draft.js';
import { describe, expect, it } from 'vitest';
import type { Order, OrderLine } from '../../src/domain/orders.js';
import { ReturnPolicy, type ReturnPolicyInput } from '../../src/domain/policy.js';
import {
  adjacentStep,
  buildReturnDraft,
  buildReturnRequest,
  commonMethods,
  emptyDraft,
  feeFor,
  findReason,
  flattenReasons,
  lineOptions,
  offeredResolutions,
  reconcileDraft,
  sizeDirection,
  stepsFor,
  storeCreditBonus,
  validateStep,
  type LineOptions,
  type ReturnFormDraft,
  type StepContext,
} from '../../src/domain/return-request.js';
import type { ReturnReason } from '../../src/domain/returns.js';

const now = new Date('2026-11-27T12:00:00Z');
const policy = (p: Partial<ReturnPolicyInput> = {}) =>
  ReturnPolicy.parse({
    countries: ['DE', 'US'],
    category: 'MerchantReturnFiniteReturnWindow',
    days: 30,
    timeZone: 'UTC',
    methods: ['mail', 'drop_off', 'keep'],
    refundTypes: ['refund', 'store_credit', 'exchange'],
    storeCreditBonusPercent: 10,
    exceptions: [
      { id: 'sale', kind: 'final_sale', label: 'Final sale', match: { tags: ['sale'] } },
      {
        id: 'gifts',
        kind: 'custom',
        label: 'Gift cards',
        match: { productIds: ['gift'] },
        rule: { kind: 'window', days: 14 },
        refundTypes: ['store_credit'],
        methods: ['mail'],
      },
    ],
    ...p,
  });

const line = (l: Partial<OrderLine> = {}): OrderLine => ({
  id: 'a',
  productId: 'shirt',
  title: 'Shirt',
  quantity: 2,
  returnableQuantity: 2,
  unitPrice: { amount: 40, currency: 'EUR' },
  tags: [],
  ...l,
});
const order = (lines: OrderLine[], o: Partial<Order> = {}): Order => ({
  id: 'o1',
  orderNumber: '1001',
  placedAt: '2026-11-15T10:00:00Z',
  deliveredAt: '2026-11-20T10:00:00Z',
  currency: 'EUR',
  lines,
  ...o,
});

const reasons: ReturnReason[] = [
  {
    id: 'size',
    label: 'Size',
    children: [
      { id: 'small', label: 'Too small', kind: 'size_small' },
      { id: 'large', label: 'Too large', kind: 'size_large' },
    ],
  },
  { id: 'damaged', label: 'Damaged', kind: 'damaged', requiresPhoto: true, requiresComment: true },
  { id: 'mind', label: 'Changed my mind' },
];

describe('lineOptions', () => {
  it('gives the days left, refund types (exchange first), methods and fee of a returnable line', () => {
    const o = lineOptions(order([line()]), line(), policy(), now);
    expect(o).toMatchObject({
      returnable: true,
      maxQuantity: 2,
      daysLeft: 23,
      refundTypes: ['exchange', 'store_credit', 'refund'],
      methods: ['mail', 'drop_off', 'keep'],
    });
    expect(o.deadline).toBe('2026-12-20T23:59:59.999Z');
  });

  it('caps the quantity at what the order says is still returnable', () => {
    expect(lineOptions(order([]), line({ returnableQuantity: 1 }), policy(), now).maxQuantity).toBe(1);
  });

  it('trusts the order first: nothing returnable left, or its own reason', () => {
    expect(lineOptions(order([]), line({ returnableQuantity: 0 }), policy(), now)).toMatchObject({
      returnable: false,
      reason: 'already_returned',
      maxQuantity: 0,
    });
    expect(lineOptions(order([]), line({ notReturnableReason: 'final_sale' }), policy(), now)).toMatchObject({
      returnable: false,
      reason: 'final_sale',
    });
  });

  it('words a coarse order reason with the policy’s own: a hygiene exclusion the backend calls not_permitted', () => {
    const hygiene = policy({ exceptions: [{ id: 'swim', kind: 'hygiene', label: 'Swimwear', match: { categories: ['Swimwear'] } }] });
    const swim = line({ category: 'Swimwear', returnableQuantity: 0, notReturnableReason: 'not_permitted' });
    expect(lineOptions(order([]), swim, hygiene, now)).toMatchObject({ returnable: false, reason: 'hygiene', exceptionLabel: 'Swimwear' });
    expect(lineOptions(order([]), { ...swim, notReturnableReason: 'other' }, hygiene, now)).toMatchObject({ reason: 'hygiene' });
    // Nothing more precise in the policy: the order's reason stands.
    expect(lineOptions(order([]), { ...swim, category: undefined }, hygiene, now)).toMatchObject({ reason: 'not_permitted' });
    expect(lineOptions(order([]), { ...swim, category: undefined }, undefined, now)).toMatchObject({ reason: 'not_permitted' });
  });

  it('applies the policy: exception groups, closed windows, undelivered items, countries', () => {
    expect(lineOptions(order([]), line({ tags: ['Sale'] }), policy(), now)).toMatchObject({
      returnable: false,
      reason: 'final_sale',
      exceptionLabel: 'Final sale',
    });
    const closed = lineOptions(order([], { deliveredAt: '2026-10-01' }), line(), policy(), now);
    expect(closed).toMatchObject({ returnable: false, reason: 'window_closed', deadline: '2026-10-31T23:59:59.999Z' });
    expect(lineOptions(order([], { deliveredAt: undefined }), line(), policy(), now)).toMatchObject({
      returnable: false,
      reason: 'not_delivered',
    });
    expect(lineOptions(order([]), line(), policy(), now, { country: 'FR' })).toMatchObject({
      returnable: false,
      reason: 'not_applicable_country',
    });
  });

  it('uses a line’s own delivery date and a group’s own window and options', () => {
    const gift = lineOptions(order([]), line({ productId: 'gift', deliveredAt: '2026-11-25' }), policy(), now);
    expect(gift).toMatchObject({ returnable: true, daysLeft: 12, refundTypes: ['store_credit'], methods: ['mail'] });
  });

  it('offers every refund type and mail when there is no policy (the backend decides)', () => {
    expect(lineOptions(order([]), line(), undefined, now)).toMatchObject({
      returnable: true,
      refundTypes: ['exchange', 'store_credit', 'refund'],
      methods: ['mail'],
      fee: { kind: 'free' },
    });
  });
});

describe('offers', () => {
  const o = (refundTypes: LineOptions['refundTypes'], methods: LineOptions['methods'] = ['mail']): LineOptions => ({
    returnable: true,
    maxQuantity: 1,
    refundTypes,
    methods,
    fee: { kind: 'free' },
  });

  it('hides exchange when the backend or the line cannot exchange', () => {
    expect(offeredResolutions(o(['exchange', 'refund']), { exchange: true })).toEqual(['exchange', 'refund']);
    expect(offeredResolutions(o(['exchange', 'refund']), { exchange: false })).toEqual(['refund']);
    expect(offeredResolutions(o(['exchange', 'refund']), { exchange: true }, false)).toEqual(['refund']);
  });

  it('offers the methods every line allows, in the first line’s order', () => {
    expect(commonMethods([o([], ['mail', 'drop_off', 'keep']), o([], ['drop_off', 'mail'])])).toEqual(['mail', 'drop_off']);
    expect(commonMethods([])).toEqual([]);
  });

  it('computes the store-credit bonus in cents', () => {
    expect(storeCreditBonus({ storeCreditBonusPercent: 10 }, 49)).toBe(4.9);
    expect(storeCreditBonus({ storeCreditBonusPercent: 12.5 }, 33.33)).toBe(4.17);
    expect(storeCreditBonus({}, 49)).toBeUndefined();
  });

  it('words fee rules, free for listed reasons only when every line has one', () => {
    const rule = { kind: 'free_for_reasons' as const, reasons: ['damaged'], otherwise: { amount: 4.95, currency: 'EUR' } };
    expect(feeFor(rule, ['damaged'])).toEqual({ kind: 'free' });
    expect(feeFor(rule, ['damaged', 'mind'])).toEqual({ kind: 'flat', amount: 4.95, currency: 'EUR' });
    expect(feeFor(rule, [])).toEqual({ kind: 'flat', amount: 4.95, currency: 'EUR' });
    expect(feeFor({ kind: 'restocking', percent: 15 }, [])).toEqual({ kind: 'percent', percent: 15 });
    expect(feeFor({ kind: 'free' }, [])).toEqual({ kind: 'free' });
  });
});

describe('reasons', () => {
  it('flattens the tree and finds leaves by handle', () => {
    expect(flattenReasons(reasons).map((r) => r.id)).toEqual(['size', 'small', 'large', 'damaged', 'mind']);
    expect(findReason(reasons, 'large')?.label).toBe('Too large');
    expect(findReason(reasons, undefined)).toBeUndefined();
  });

  it('maps size reasons to the direction of the exchange suggestion', () => {
    expect(sizeDirection(findReason(reasons, 'small'))).toBe('larger');
    expect(sizeDirection(findReason(reasons, 'large'))).toBe('smaller');
    expect(sizeDirection(findReason(reasons, 'mind'))).toBeUndefined();
  });
});

describe('steps', () => {
  it('has seven steps for a return and four for a withdrawal', () => {
    expect(stepsFor('return')).toEqual(['lookup', 'items', 'reasons', 'resolution', 'method', 'review', 'confirmation']);
    expect(stepsFor('withdrawal')).toEqual(['lookup', 'items', 'review', 'confirmation']);
    expect(adjacentStep('withdrawal', 'items', 1)).toBe('review');
    expect(adjacentStep('return', 'lookup', -1)).toBeUndefined();
  });
});

function draftWith(lines: ReturnFormDraft['lines'], patch: Partial<ReturnFormDraft> = {}): ReturnFormDraft {
  return {
    ...emptyDraft('key-1'),
    order: order([line(), line({ id: 'b', productId: 'mug', quantity: 1, returnableQuantity: 1 })]),
    lines,
    ...patch,
  };
}

const options: Record<string, LineOptions> = {
  a: {
    returnable: true,
    maxQuantity: 2,
    refundTypes: ['exchange', 'store_credit', 'refund'],
    methods: ['mail', 'drop_off'],
    fee: { kind: 'free' },
  },
  b: { returnable: true, maxQuantity: 1, refundTypes: ['store_credit', 'refund'], methods: ['drop_off'], fee: { kind: 'free' } },
};
const ctx: StepContext = { lookupBy: 'email', reasons, options, support: { quote: true, photos: true, exchange: true } };

describe('validateStep', () => {
  it('lookup: needs the number and a valid email, or the postcode, or nothing more with a token', () => {
    const d = emptyDraft('k');
    expect(validateStep('lookup', d, ctx).map((e) => e.key)).toEqual(['orderNumberRequired', 'emailInvalid']);
    d.lookup = { orderNumber: '1001', email: 'ada@example', postalCode: '' };
    expect(validateStep('lookup', d, ctx).map((e) => e.field)).toEqual(['email']);
    d.lookup.email = ' ada@example.com ';
    expect(validateStep('lookup', d, ctx)).toEqual([]);
    expect(validateStep('lookup', d, { ...ctx, lookupBy: 'postcode' }).map((e) => e.key)).toEqual(['postalCodeRequired']);
    expect(validateStep('lookup', d, { ...ctx, lookupBy: 'postcode', hasToken: true })).toEqual([]);
  });

  it('items: at least one, within the returnable quantity', () => {
    expect(validateStep('items', draftWith({}), ctx).map((e) => e.key)).toEqual(['noItems']);
    expect(validateStep('items', draftWith({ a: { selected: true, quantity: 3 } }), ctx)).toEqual([
      { field: 'quantity-a', key: 'quantityRange', lineId: 'a' },
    ]);
    expect(validateStep('items', draftWith({ a: { selected: true, quantity: 2 }, b: { selected: false, quantity: 9 } }), ctx)).toEqual([]);
  });

  it('reasons: a leaf reason per line, plus its comment and photo when required', () => {
    const d = draftWith({ a: { selected: true, quantity: 1, reasonId: 'size' }, b: { selected: true, quantity: 1, reasonId: 'damaged' } });
    expect(validateStep('reasons', d, ctx).map((e) => `${e.lineId}:${e.key}`)).toEqual([
      'a:reasonRequired',
      'b:commentRequired',
      'b:photoRequired',
    ]);
    // Without photo support the photo is not asked for (the element shows a note instead).
    expect(validateStep('reasons', d, { ...ctx, support: { ...ctx.support, photos: false } }).map((e) => e.key)).toEqual([
      'reasonRequired',
      'commentRequired',
    ]);
    d.lines.a!.reasonId = 'small';
    d.lines.b = { ...d.lines.b!, comment: 'Cracked', mediaIds: ['m1'] };
    expect(validateStep('reasons', d, ctx)).toEqual([]);
  });

  it('reasons: a comment longer than a return takes is a problem to fix, not text to cut', () => {
    const d = draftWith({ a: { selected: true, quantity: 1, reasonId: 'small', comment: `${'x'.repeat(COMMENT_MAX)} ` } });
    expect(validateStep('reasons', d, ctx)).toEqual([]); // the limit counts the trimmed text, as it is sent
    d.lines.a!.comment = 'x'.repeat(COMMENT_MAX + 1);
    expect(validateStep('reasons', d, ctx)).toEqual([{ field: 'comment-a', key: 'commentTooLong', lineId: 'a' }]);
  });

  it('resolution: an offered one, and a variant for an exchange', () => {
    const d = draftWith({
      a: { selected: true, quantity: 1, resolution: 'exchange' },
      b: { selected: true, quantity: 1, resolution: 'exchange' },
    });
    expect(validateStep('resolution', d, ctx).map((e) => `${e.lineId}:${e.key}`)).toEqual([
      'a:exchangeVariantRequired',
      'b:resolutionRequired',
    ]);
    expect(validateStep('resolution', d, { ...ctx, exchangeable: () => false }).map((e) => e.key)).toEqual([
      'resolutionRequired',
      'resolutionRequired',
    ]);
  });

  it('method: one every selected line allows', () => {
    const d = draftWith({ a: { selected: true, quantity: 1 }, b: { selected: true, quantity: 1 } }, { method: 'mail' });
    expect(validateStep('method', d, ctx).map((e) => e.key)).toEqual(['methodRequired']);
    expect(validateStep('method', { ...d, method: 'drop_off' }, ctx)).toEqual([]);
  });

  it('review: a valid contact email', () => {
    expect(validateStep('review', draftWith({}, { email: 'x' }), ctx).map((e) => e.field)).toEqual(['contactEmail']);
    expect(validateStep('review', draftWith({}, { email: 'a@b.co' }), ctx)).toEqual([]);
  });
});

describe('building the draft and the request', () => {
  const full = draftWith(
    {
      a: {
        selected: true,
        quantity: 2,
        reasonId: 'small',
        comment: '  tight  ',
        mediaIds: [],
        resolution: 'exchange',
        exchangeVariantId: 'L',
      },
      b: { selected: false, quantity: 1, reasonId: 'mind', resolution: 'refund' },
    },
    { method: 'drop_off', email: ' ada@example.com ', consent: false },
  );

  it('sends only selected, complete lines with trimmed comments', () => {
    expect(buildReturnDraft(full)).toEqual({
      orderId: 'o1',
      method: 'drop_off',
      lines: [
        { lineId: 'a', quantity: 2, reasonId: 'small', comment: 'tight', mediaIds: [], resolution: 'exchange', exchangeVariantId: 'L' },
      ],
    });
    expect(buildReturnDraft(draftWith({ a: { selected: true, quantity: 1 } }))).toBeUndefined();
    expect(buildReturnDraft(emptyDraft('k'))).toBeUndefined();
  });

  it('drops the exchange variant unless the resolution is an exchange', () => {
    const d = draftWith({ a: { selected: true, quantity: 1, reasonId: 'mind', resolution: 'refund', exchangeVariantId: 'L' } });
    expect(buildReturnDraft(d)!.lines[0]).not.toHaveProperty('exchangeVariantId');
  });

  it('builds the request with method, email and consent, and refuses an incomplete one', () => {
    expect(buildReturnRequest(full)).toMatchObject({ method: 'drop_off', email: 'ada@example.com', emailConsent: false });
    expect(buildReturnRequest(full)).not.toHaveProperty('withdrawal');
    expect(buildReturnRequest({ ...full, method: undefined })).toBeUndefined();
    expect(buildReturnRequest({ ...full, email: '' })).toBeUndefined();
    // A selected line without a reason makes the whole request incomplete, never a partial return.
    expect(buildReturnRequest({ ...full, lines: { ...full.lines, b: { selected: true, quantity: 1 } } })).toBeUndefined();
  });

  it('makes a withdrawal a refund without a reason, by the fallback method', () => {
    const w = draftWith(
      { a: { selected: true, quantity: 2 }, b: { selected: true, quantity: 1 } },
      { path: 'withdrawal', email: 'ada@example.com' },
    );
    const request = buildReturnRequest(w, 'mail')!;
    expect(request).toMatchObject({ withdrawal: true, method: 'mail' });
    expect(request.lines.map((l) => [l.lineId, l.reasonId, l.resolution, l.quantity])).toEqual([
      ['a', 'withdrawal', 'refund', 2],
      ['b', 'withdrawal', 'refund', 1],
    ]);
  });
});

describe('reconcileDraft', () => {
  it('drops choices an earlier step made impossible and keeps the rest', () => {
    const d = draftWith(
      {
        a: { selected: true, quantity: 5, reasonId: 'mind', resolution: 'exchange' },
        b: { selected: true, quantity: 1, resolution: 'store_credit' },
        gone: { selected: true, quantity: 1 },
      },
      { method: 'mail' },
    );
    const r = reconcileDraft(d, { ...ctx, exchangeable: () => false });
    expect(r.lines.a).toEqual({ selected: true, quantity: 2, reasonId: 'mind' });
    expect(r.lines.b).toEqual({ selected: true, quantity: 1, resolution: 'store_credit' });
    expect(r.lines).not.toHaveProperty('gone');
    expect(r.method).toBeUndefined();
    expect(reconcileDraft({ ...d, method: 'drop_off' }, ctx).method).toBe('drop_off');
  });
});
