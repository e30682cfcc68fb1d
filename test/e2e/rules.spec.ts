/** The shop's business rules as pure functions (no server, no page). */
import { expect, test } from '@playwright/test';
import { computeQuote, exceptionFor, findReason, lineEligibility } from '../../demo/server/rules.js';
import { policy, reasons } from '../../demo/server/seed-data.js';

const DAY = 86_400_000;
const now = Date.parse('2026-11-27T12:00:00Z');
const shirt = { id: 'linen-shirt', tags: ['apparel'], category: 'tops' };
const en = policy('en');

test('eligibility: window, final sale, hygiene, not delivered, already returned', () => {
  const delivered = (days: number) => new Date(now - days * DAY).toISOString();
  expect(lineEligibility(en, shirt, { quantity: 2, deliveredAt: delivered(5) }, 0, now)).toMatchObject({ returnableQuantity: 2 });
  expect(lineEligibility(en, shirt, { quantity: 2, deliveredAt: delivered(5) }, 1, now)).toMatchObject({ returnableQuantity: 1 });
  expect(lineEligibility(en, shirt, { quantity: 2, deliveredAt: delivered(5) }, 2, now)).toMatchObject({
    returnableQuantity: 0,
    notReturnableReason: 'already_returned',
  });
  expect(lineEligibility(en, shirt, { quantity: 1, deliveredAt: delivered(30) }, 0, now).returnableQuantity).toBe(1);
  expect(lineEligibility(en, shirt, { quantity: 1, deliveredAt: delivered(31) }, 0, now)).toMatchObject({
    returnableQuantity: 0,
    notReturnableReason: 'window_closed',
  });
  expect(lineEligibility(en, shirt, { quantity: 1, deliveredAt: null }, 0, now)).toMatchObject({
    returnableQuantity: 0,
    notReturnableReason: 'not_delivered',
  });
  expect(
    lineEligibility(en, { id: 'x', tags: ['final-sale'], category: 'tops' }, { quantity: 1, deliveredAt: delivered(1) }, 0, now)
      .notReturnableReason,
  ).toBe('final_sale');
  expect(
    lineEligibility(en, { id: 'y', tags: [], category: 'earrings' }, { quantity: 1, deliveredAt: delivered(1) }, 0, now)
      .notReturnableReason,
  ).toBe('not_permitted');
  expect(exceptionFor(en, { id: 'z', tags: ['hygiene'], category: 'underwear' })?.kind).toBe('hygiene');
  const deadline = lineEligibility(en, shirt, { quantity: 1, deliveredAt: delivered(10) }, 0, now).deadline!;
  expect(Date.parse(deadline) - now).toBe(20 * DAY);
});

test('quote: free for size and damage, flat fee for a change of mind, bonus on store credit, never negative', () => {
  const q = (lines: Parameters<typeof computeQuote>[1]) => computeQuote(en, lines, 'EUR');
  expect(q([{ unitPrice: 10, quantity: 1, reasonId: 'too_small', resolution: 'refund' }]).total.amount).toBe(10);
  expect(q([{ unitPrice: 10, quantity: 1, reasonId: 'changed_mind', resolution: 'refund' }]).fees.amount).toBe(4.95);
  expect(q([{ unitPrice: 3, quantity: 1, reasonId: 'changed_mind', resolution: 'refund' }]).total.amount).toBe(0);
  const credit = q([{ unitPrice: 19.99, quantity: 3, reasonId: 'damaged', resolution: 'store_credit' }]);
  expect(credit.storeCredit?.amount).toBe(59.97);
  expect(credit.bonusCredit?.amount).toBe(6);
  expect(credit.total.amount).toBe(65.97);
  // One fee per return, however many lines.
  expect(
    q([
      { unitPrice: 10, quantity: 1, reasonId: 'changed_mind', resolution: 'refund' },
      { unitPrice: 10, quantity: 1, reasonId: 'changed_mind', resolution: 'refund' },
    ]).fees.amount,
  ).toBe(4.95);
  expect(
    computeQuote(
      { ...en, fee: { kind: 'restocking', percent: 15 } },
      [{ unitPrice: 100, quantity: 1, reasonId: 'x', resolution: 'refund' }],
      'EUR',
    ).fees.amount,
  ).toBe(15);
});

test('reason tree: leaves are found, size reasons only for sized products', () => {
  expect(findReason(reasons('en', true), 'too_large')?.kind).toBe('size_large');
  expect(findReason(reasons('en', false), 'too_large')).toBeUndefined();
  expect(findReason(reasons('zh-CN', true), 'damaged')?.requiresPhoto).toBe(true);
});
