import { defineMessages } from '../../core/i18n.js';
import type { IneligibleReason } from '../../domain/eligibility.js';

/** Values a reason may mention: the formatted deadline, the exception group's label. */
export interface ReasonValues {
  date?: string;
  label?: string;
}
type ReasonCatalog = Record<IneligibleReason, (v: ReasonValues) => string>;

/**
 * Why an item cannot be returned, in shopper words, keyed by `IneligibleReason`.
 * Shared with the return form so both say the same thing.
 */
export const eligibilityMessages = defineMessages<ReasonCatalog>(
  {
    not_applicable_country: () => 'Returns are not available in your country',
    not_permitted: () => 'All sales are final — returns are not accepted',
    final_sale: () => 'Final sale — not returnable',
    hygiene: () => 'Not returnable for hygiene reasons',
    personalised: () => 'Personalised items are not returnable',
    custom: (v) => (v.label ? `${v.label} — not returnable` : 'This item is not returnable'),
    already_returned: () => 'This item has already been returned',
    window_closed: (v) => (v.date ? `The return window closed on ${v.date}` : 'The return window has closed'),
    not_delivered: (v) =>
      v.date ? `You can return this once it is delivered, until ${v.date}` : 'You can return this once it is delivered',
  },
  {
    not_applicable_country: () => '您所在的国家或地区不支持退货',
    not_permitted: () => '所有商品售出后概不退货',
    final_sale: () => '最终特卖商品，不可退货',
    hygiene: () => '出于卫生原因，不可退货',
    personalised: () => '个性化定制商品不可退货',
    custom: (v) => (v.label ? `${v.label}：不可退货` : '此商品不可退货'),
    already_returned: () => '此商品已退货',
    window_closed: (v) => (v.date ? `退货期限已于 ${v.date} 截止` : '退货期限已过'),
    not_delivered: (v) => (v.date ? `商品送达后即可退货，截止日期为 ${v.date}` : '商品送达后即可退货'),
  },
);
export type EligibilityMessages = typeof eligibilityMessages.en;

type From = 'delivery' | 'purchase';

export const returnPolicyMessages = defineMessages(
  {
    unavailable: 'Return information is not available right now.',
    // Summary lines. `n` is the count formatted with Intl.
    freeWithin: (count: number, n: string) => (count === 1 ? 'Free returns within 1 day' : `Free returns within ${n} days`),
    paidWithin: (count: number, n: string) => (count === 1 ? 'Returns within 1 day' : `Returns within ${n} days`),
    freeAnyTime: 'Free returns, no time limit',
    paidAnyTime: 'Returns accepted at any time',
    // Answers for one item.
    returnUntil: (date: string) => `You can return this item until ${date}`,
    daysLeft: (count: number, n: string) => (count === 0 ? 'today is the last day' : count === 1 ? '1 day left' : `${n} days left`),
    returnableWithin: (count: number, n: string, from: From) =>
      `This item can be returned within ${count === 1 ? '1 day' : `${n} days`} of ${from === 'delivery' ? 'delivery' : 'purchase'}`,
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
