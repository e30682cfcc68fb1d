import { describe, expect, it } from 'vitest';
import {
  checkEligibility,
  ineligibleReasons,
  matchException,
  type Eligibility,
  type EligibilityItem,
} from '../../src/domain/eligibility.js';
import { ReturnPolicy, type ReturnPolicyInput } from '../../src/domain/policy.js';

const base: ReturnPolicyInput = {
  countries: ['DE', 'AT', 'FR'],
  category: 'MerchantReturnFiniteReturnWindow',
  days: 30,
  methods: ['mail', 'drop_off'],
  refundTypes: ['refund', 'store_credit'],
  exceptions: [
    { id: 'sale', kind: 'final_sale', label: 'Sale items', match: { tags: ['final-sale'] } },
    { id: 'swim', kind: 'hygiene', label: 'Swimwear', match: { categories: ['Apparel > Swimwear'] } },
    { id: 'engraved', kind: 'personalised', label: 'Engraved jewellery', match: { productIds: ['ring-engraved'] } },
    { id: 'gift', kind: 'custom', label: 'Gift cards', match: { tags: ['gift-card'] }, rule: { kind: 'not_returnable' } },
    {
      id: 'electronics',
      kind: 'custom',
      label: 'Electronics',
      match: { categories: ['Electronics'] },
      rule: { kind: 'window', days: 14 },
      refundTypes: ['store_credit'],
      fee: { kind: 'restocking', percent: 15 },
    },
    { id: 'outlet', kind: 'custom', label: 'Outlet', match: { tags: ['outlet'] }, rule: { kind: 'window', days: 7 } },
  ],
};

const policy = (over: Partial<ReturnPolicyInput> = {}) => ReturnPolicy.parse({ ...base, ...over });

interface Case {
  name: string;
  policy?: Partial<ReturnPolicyInput>;
  item?: Partial<EligibilityItem>;
  now: string;
  options?: { country?: string; timeZone?: string };
  expect: Partial<Eligibility> & { exceptionId?: string | null };
}

const cases: Case[] = [
  // ——— the window, in UTC ———
  {
    name: 'open window: 21 days left',
    item: { deliveredAt: '2026-11-01' },
    now: '2026-11-10T12:00:00Z',
    expect: { returnable: true, deadline: '2026-12-01T23:59:59.999Z', daysLeft: 21 },
  },
  {
    name: 'delivery day itself is day 0',
    item: { deliveredAt: '2026-11-01T07:00:00Z' },
    now: '2026-11-01T08:00:00Z',
    expect: { returnable: true, daysLeft: 30 },
  },
  {
    name: 'last day, first minute',
    item: { deliveredAt: '2026-11-01' },
    now: '2026-12-01T00:00:00Z',
    expect: { returnable: true, daysLeft: 0 },
  },
  {
    name: 'last day, last second',
    item: { deliveredAt: '2026-11-01' },
    now: '2026-12-01T23:59:59.999Z',
    expect: { returnable: true, daysLeft: 0, deadline: '2026-12-01T23:59:59.999Z' },
  },
  {
    name: 'first millisecond after the last day',
    item: { deliveredAt: '2026-11-01' },
    now: '2026-12-02T00:00:00Z',
    expect: { returnable: false, reason: 'window_closed', deadline: '2026-12-01T23:59:59.999Z', daysLeft: undefined },
  },
  {
    name: 'closed long ago still says when',
    item: { deliveredAt: '2025-01-10' },
    now: '2026-11-10T00:00:00Z',
    expect: { reason: 'window_closed', deadline: '2025-02-09T23:59:59.999Z' },
  },
  {
    name: 'a 0-day window is open on the delivery day only',
    policy: { days: 0 },
    item: { deliveredAt: '2026-11-01' },
    now: '2026-11-01T23:00:00Z',
    expect: { returnable: true, daysLeft: 0 },
  },
  {
    name: 'a 0-day window closes the next day',
    policy: { days: 0 },
    item: { deliveredAt: '2026-11-01' },
    now: '2026-11-02T00:00:01Z',
    expect: { reason: 'window_closed' },
  },
  // ——— time zones ———
  {
    name: 'Shanghai: a late-UTC delivery counts from the next local day',
    item: { deliveredAt: '2026-11-01T20:00:00Z' },
    now: '2026-12-02T15:00:00Z',
    options: { timeZone: 'Asia/Shanghai' },
    expect: { returnable: true, daysLeft: 0, deadline: '2026-12-02T15:59:59.999Z' },
  },
  {
    name: 'the same moments in UTC: already closed',
    item: { deliveredAt: '2026-11-01T20:00:00Z' },
    now: '2026-12-02T15:00:00Z',
    expect: { reason: 'window_closed', deadline: '2026-12-01T23:59:59.999Z' },
  },
  {
    name: 'Los Angeles: last day ends at 08:00 UTC (PST)',
    item: { deliveredAt: '2026-11-01T05:00:00Z' },
    now: '2026-12-01T07:30:00Z',
    options: { timeZone: 'America/Los_Angeles' },
    expect: { returnable: true, daysLeft: 0, deadline: '2026-12-01T07:59:59.999Z' },
  },
  {
    name: 'Los Angeles: closed half an hour later',
    item: { deliveredAt: '2026-11-01T05:00:00Z' },
    now: '2026-12-01T08:00:00Z',
    options: { timeZone: 'America/Los_Angeles' },
    expect: { reason: 'window_closed' },
  },
  {
    name: 'Berlin across the spring DST change',
    item: { deliveredAt: '2026-03-01' },
    now: '2026-03-15T12:00:00Z',
    options: { timeZone: 'Europe/Berlin' },
    expect: { deadline: '2026-03-31T21:59:59.999Z', daysLeft: 16 },
  },
  {
    name: "the policy's time zone applies without an option",
    policy: { timeZone: 'Asia/Tokyo' },
    item: { deliveredAt: '2026-11-01' },
    now: '2026-11-30T00:00:00Z',
    expect: { deadline: '2026-12-01T14:59:59.999Z', daysLeft: 1 },
  },
  {
    name: 'the option wins over the policy time zone',
    policy: { timeZone: 'Asia/Tokyo' },
    item: { deliveredAt: '2026-11-01' },
    now: '2026-11-30T00:00:00Z',
    options: { timeZone: 'UTC' },
    expect: { deadline: '2026-12-01T23:59:59.999Z' },
  },
  {
    name: 'an unknown zone falls back to UTC',
    item: { deliveredAt: '2026-11-01' },
    now: '2026-11-30T00:00:00Z',
    options: { timeZone: 'Mars/Olympus' },
    expect: { deadline: '2026-12-01T23:59:59.999Z', daysLeft: 1 },
  },
  {
    name: 'a plain date is a calendar day in any zone',
    item: { deliveredAt: '2026-11-01' },
    now: '2026-11-01T18:00:00Z',
    options: { timeZone: 'Pacific/Kiritimati' },
    expect: { deadline: '2026-12-01T09:59:59.999Z', daysLeft: 29 },
  },
  {
    name: 'a date-time without offset counts by its date',
    item: { deliveredAt: '2026-11-01T23:30' },
    now: '2026-11-02T00:00:00Z',
    options: { timeZone: 'Asia/Shanghai' },
    expect: { deadline: '2026-12-01T15:59:59.999Z' },
  },
  // ——— delivery and purchase ———
  {
    name: 'bought but not delivered (delivery window)',
    item: { purchasedAt: '2026-11-01' },
    now: '2026-11-03T00:00:00Z',
    expect: { returnable: false, reason: 'not_delivered', deadline: undefined },
  },
  {
    name: 'a delivery later today has not happened yet',
    item: { purchasedAt: '2026-11-01', deliveredAt: '2026-11-03T15:00:00Z' },
    now: '2026-11-03T09:00:00Z',
    expect: { reason: 'not_delivered' },
  },
  {
    name: 'an unreadable delivery date counts as absent',
    item: { purchasedAt: '2026-11-01', deliveredAt: 'soon' },
    now: '2026-11-03T00:00:00Z',
    expect: { reason: 'not_delivered' },
  },
  {
    name: 'purchase window counts from purchase',
    policy: { windowStart: 'purchase' },
    item: { purchasedAt: '2026-11-01', deliveredAt: '2026-11-05' },
    now: '2026-11-20T10:00:00Z',
    expect: { returnable: true, deadline: '2026-12-01T23:59:59.999Z', daysLeft: 11 },
  },
  {
    name: 'purchase window, not delivered: deadline known',
    policy: { windowStart: 'purchase' },
    item: { purchasedAt: '2026-11-01' },
    now: '2026-11-20T10:00:00Z',
    expect: { returnable: false, reason: 'not_delivered', deadline: '2026-12-01T23:59:59.999Z', daysLeft: 11 },
  },
  {
    name: 'purchase window closed before delivery',
    policy: { windowStart: 'purchase' },
    item: { purchasedAt: '2026-10-01' },
    now: '2026-11-20T10:00:00Z',
    expect: { reason: 'window_closed' },
  },
  {
    name: 'product page (no dates): returnable, no deadline',
    item: {},
    now: '2026-11-20T10:00:00Z',
    expect: {
      returnable: true,
      deadline: undefined,
      daysLeft: undefined,
      refundTypes: ['refund', 'store_credit'],
      methods: ['mail', 'drop_off'],
    },
  },
  {
    name: 'unlimited window: no deadline however old',
    policy: { category: 'MerchantReturnUnlimitedWindow', days: undefined },
    item: { deliveredAt: '2020-01-01' },
    now: '2026-11-20T10:00:00Z',
    expect: { returnable: true, deadline: undefined },
  },
  // ——— exception groups ———
  {
    name: 'final sale by tag, case-insensitive',
    item: { tags: ['Final-Sale '] },
    now: '2026-11-20T10:00:00Z',
    expect: { returnable: false, reason: 'final_sale', exceptionId: 'sale', refundTypes: [], methods: [] },
  },
  {
    name: 'hygiene by sub-category',
    item: { category: 'apparel > swimwear > Bikinis' },
    now: '2026-11-20T10:00:00Z',
    expect: { reason: 'hygiene', exceptionId: 'swim' },
  },
  {
    name: 'a parent category does not match a sub-category group',
    item: { category: 'Apparel' },
    now: '2026-11-20T10:00:00Z',
    expect: { returnable: true, exceptionId: null },
  },
  {
    name: 'a look-alike category does not match',
    item: { category: 'Apparel > Swimwear accessories' },
    now: '2026-11-20T10:00:00Z',
    expect: { returnable: true, exceptionId: null },
  },
  {
    name: 'personalised by product id',
    item: { productId: 'ring-engraved' },
    now: '2026-11-20T10:00:00Z',
    expect: { reason: 'personalised', exceptionId: 'engraved' },
  },
  {
    name: 'custom not-returnable group',
    item: { tags: ['gift-card'] },
    now: '2026-11-20T10:00:00Z',
    expect: { reason: 'custom', exceptionId: 'gift' },
  },
  {
    name: 'group window (14 days) inside: its refund types and fee apply',
    item: { category: 'Electronics', deliveredAt: '2026-11-01' },
    now: '2026-11-10T10:00:00Z',
    expect: {
      returnable: true,
      daysLeft: 5,
      refundTypes: ['store_credit'],
      methods: ['mail', 'drop_off'],
      fee: { kind: 'restocking', percent: 15 },
    },
  },
  {
    name: 'group window (14 days) closed although the policy has 30',
    item: { category: 'Electronics', deliveredAt: '2026-11-01' },
    now: '2026-11-16T10:00:00Z',
    expect: { reason: 'window_closed', deadline: '2026-11-15T23:59:59.999Z', exceptionId: 'electronics' },
  },
  {
    name: 'a group window makes an unlimited policy finite',
    policy: { category: 'MerchantReturnUnlimitedWindow', days: undefined },
    item: { tags: ['outlet'], deliveredAt: '2026-11-01' },
    now: '2026-11-05T10:00:00Z',
    expect: { returnable: true, deadline: '2026-11-08T23:59:59.999Z', daysLeft: 3 },
  },
  {
    name: 'not-returnable group wins over a window group',
    item: { tags: ['outlet', 'final-sale'] },
    now: '2026-11-05T10:00:00Z',
    expect: { reason: 'final_sale' },
  },
  {
    name: 'the shortest of two window groups wins',
    item: { tags: ['outlet'], category: 'Electronics', deliveredAt: '2026-11-01' },
    now: '2026-11-05T10:00:00Z',
    expect: { exceptionId: 'outlet', daysLeft: 3 },
  },
  {
    name: 'final sale is said before "not delivered"',
    item: { tags: ['final-sale'], purchasedAt: '2026-11-01' },
    now: '2026-11-05T10:00:00Z',
    expect: { reason: 'final_sale' },
  },
  // ——— quantities ———
  {
    name: 'already returned (default quantity 1)',
    item: { deliveredAt: '2026-11-01', returnedQuantity: 1 },
    now: '2026-11-05T10:00:00Z',
    expect: { returnable: false, reason: 'already_returned' },
  },
  {
    name: 'all of 2 returned',
    item: { deliveredAt: '2026-11-01', quantity: 2, returnedQuantity: 2 },
    now: '2026-11-05T10:00:00Z',
    expect: { reason: 'already_returned' },
  },
  {
    name: 'one of 2 returned: the other still can be',
    item: { deliveredAt: '2026-11-01', quantity: 2, returnedQuantity: 1 },
    now: '2026-11-05T10:00:00Z',
    expect: { returnable: true },
  },
  {
    name: 'already returned is said before "window closed"',
    item: { deliveredAt: '2025-01-01', returnedQuantity: 1 },
    now: '2026-11-05T10:00:00Z',
    expect: { reason: 'already_returned' },
  },
  // ——— policy-wide ———
  {
    name: 'not permitted: every item, exception groups ignored',
    policy: { category: 'MerchantReturnNotPermitted', days: undefined },
    item: { tags: ['outlet'], deliveredAt: '2026-11-01' },
    now: '2026-11-05T10:00:00Z',
    expect: { returnable: false, reason: 'not_permitted', exceptionId: null, refundTypes: [] },
  },
  {
    name: 'shopper country outside the policy',
    item: { deliveredAt: '2026-11-01' },
    now: '2026-11-05T10:00:00Z',
    options: { country: 'US' },
    expect: { returnable: false, reason: 'not_applicable_country' },
  },
  {
    name: 'country codes are compared case-insensitively',
    item: { deliveredAt: '2026-11-01' },
    now: '2026-11-05T10:00:00Z',
    options: { country: 'at' },
    expect: { returnable: true },
  },
  {
    name: 'flat fee passes through',
    policy: { fee: { kind: 'flat', amount: { amount: 4.95, currency: 'EUR' } } },
    item: {},
    now: '2026-11-05T10:00:00Z',
    expect: { fee: { kind: 'flat', amount: { amount: 4.95, currency: 'EUR' } } },
  },
  {
    name: 'free-for-reasons fee passes through',
    policy: { fee: { kind: 'free_for_reasons', reasons: ['damaged'], otherwise: { amount: 5, currency: 'EUR' } } },
    item: {},
    now: '2026-11-05T10:00:00Z',
    expect: { fee: { kind: 'free_for_reasons', reasons: ['damaged'], otherwise: { amount: 5, currency: 'EUR' } } },
  },
  { name: 'the default fee is free', item: {}, now: '2026-11-05T10:00:00Z', expect: { fee: { kind: 'free' } } },
];

describe('checkEligibility', () => {
  it('has at least 30 table cases covering every reason', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const seen = new Set(cases.map((c) => c.expect.reason).filter(Boolean));
    for (const reason of ineligibleReasons) expect(seen.has(reason), reason).toBe(true);
  });

  it.each(cases)('$name', (c) => {
    const item: EligibilityItem = { productId: 'p-1', ...c.item };
    const result = checkEligibility(policy(c.policy), item, new Date(c.now), c.options);
    const { exceptionId, ...expected } = c.expect;
    for (const [key, value] of Object.entries(expected)) expect(result[key as keyof Eligibility], key).toEqual(value);
    if (exceptionId !== undefined) expect(result.exception?.id ?? null).toBe(exceptionId);
    // Invariants of every answer.
    if (!result.returnable) {
      expect(result.reason).toBeDefined();
      expect(result.refundTypes).toEqual([]);
      expect(result.methods).toEqual([]);
    } else {
      expect(result.reason).toBeUndefined();
    }
    if (result.daysLeft !== undefined) expect(result.daysLeft).toBeGreaterThanOrEqual(0);
    if (result.deadline) expect(new Date(result.deadline).toISOString()).toBe(result.deadline);
  });

  it('never hands out the policy arrays themselves', () => {
    const p = policy();
    const result = checkEligibility(p, { productId: 'x' }, new Date('2026-11-05T00:00:00Z'));
    result.refundTypes.push('exchange');
    expect(p.refundTypes).toEqual(['refund', 'store_credit']);
  });

  it('is pure: the same inputs give the same answer', () => {
    const p = policy();
    const item = { productId: 'x', deliveredAt: '2026-11-01' };
    const now = new Date('2026-11-05T00:00:00Z');
    expect(checkEligibility(p, item, now, { timeZone: 'Asia/Shanghai' })).toEqual(
      checkEligibility(p, item, now, { timeZone: 'Asia/Shanghai' }),
    );
  });
});

describe('matchException', () => {
  it('matches nothing for an item outside every group', () => {
    expect(matchException(policy(), { productId: 'plain', tags: ['new'], category: 'Shoes' })).toBeUndefined();
  });
  it('treats "/" like ">" in category paths', () => {
    expect(matchException(policy(), { productId: 'x', category: 'Apparel/Swimwear' })?.id).toBe('swim');
  });
});

describe('ReturnPolicy schema', () => {
  it('requires days for a finite window, naming the field', () => {
    const result = ReturnPolicy.safeParse({ ...base, days: undefined });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['days']);
  });
  it('refuses an unknown time zone', () => {
    expect(ReturnPolicy.safeParse({ ...base, timeZone: 'Mars/Olympus' }).success).toBe(false);
    expect(ReturnPolicy.safeParse({ ...base, timeZone: 'Europe/Berlin' }).success).toBe(true);
  });
});
