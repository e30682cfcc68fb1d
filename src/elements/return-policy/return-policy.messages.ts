import { countEn, defineMessages } from '../../core/i18n.js';

// Shared with the return form (same words in both elements), so they live in core.
export { eligibilityMessages, type EligibilityMessages, type ReasonValues } from '../../core/eligibility.messages.js';

type From = 'delivery' | 'purchase';

export const returnPolicyMessages = defineMessages(
  {
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
  },
  {
    unavailable: '暂时无法显示退货信息。',
    freeWithin: (_count: number, n: string) => `${n} 天内免费退货`,
    paidWithin: (_count: number, n: string) => `${n} 天内可退货`,
    freeAnyTime: '免费退货，不限时间',
    paidAnyTime: '随时可以退货',
    returnUntil: (date: string) => `此商品可在 ${date} 前退货`,
    daysLeft: (count: number, n: string) => (count === 0 ? '今天是最后一天' : `还剩 ${n} 天`),
    returnableWithin: (_count: number, n: string, from: From) => `此商品可在${from === 'delivery' ? '送达' : '购买'}后 ${n} 天内退货`,
    returnableAnyTime: '此商品随时可以退货',
    fullPolicy: '查看完整退货政策',
    free: '免费',
    flatFee: (amount: string) => `退货运费 ${amount}`,
    freeForReasons: (amount: string, reasons?: string) =>
      reasons ? `${reasons}：免费退货；其他情况收取 ${amount}` : `部分退货原因可免费退货，其他情况收取 ${amount}`,
    restockingValue: (percent: string) => `商品价格的 ${percent}`,
    termRestocking: '补货费',
    tipRestocking: '为检查、清洁和重新包装退回商品而保留的部分货款，将从您的退款中扣除。',
  },
);
export type ReturnPolicyMessages = typeof returnPolicyMessages.en;
