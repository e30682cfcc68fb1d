import { countEn, defineMessages } from '../../core/i18n.js';

// Shared with the return form (same words in both elements), so they live in core.
export { eligibilityMessages, type EligibilityMessages, type ReasonValues } from '../../core/eligibility.messages.js';

export type From = 'delivery' | 'purchase';

const en = {
  unavailable: 'Return information is not available right now.',
  // Summary lines. `n` is the count formatted with Intl.
  freeWithin: (count: number, n: string) => countEn(count, 'Free returns within 1 day', `Free returns within ${n} days`),
  paidWithin: (count: number, n: string) => countEn(count, 'Returns within 1 day', `Returns within ${n} days`),
  freeAnyTime: 'Free returns, no time limit',
  paidAnyTime: 'Returns accepted at any time',
  // Answers for one item.
  returnUntil: (date: string) => `You can return this item until ${date}`,
  daysLeft: (count: number, n: string) => (count === 0 ? 'today is the last day' : countEn(count, '1 day left', `${n} days left`)),
  returnableWithin: (count: number, n: string, from: From) =>
    `This item can be returned within ${countEn(count, '1 day', `${n} days`)} of ${from === 'delivery' ? 'delivery' : 'purchase'}`,
  returnableAnyTime: 'This item can be returned at any time',
  fullPolicy: 'Read the full return policy',
  // Fees (summary and full).
  free: 'Free',
  flatFee: (amount: string) => `${amount} return shipping`,
  freeForReasons: (amount: string, reasons?: string) =>
    reasons ? `Free for ${reasons}, otherwise ${amount}` : `Free for some return reasons, otherwise ${amount}`,
  restockingValue: (percent: string) => `${percent} of the item price`,
  // Jargon with its explanation (tooltips).
  termRestocking: 'Restocking fee',
  tipRestocking: 'A share of the price kept to inspect, clean and repackage a returned item. It is taken from your refund.',
};

export type ReturnPolicyMessages = typeof en;
export const returnPolicyMessages = defineMessages(en, () => import('./return-policy.messages.zh-CN.js'));
