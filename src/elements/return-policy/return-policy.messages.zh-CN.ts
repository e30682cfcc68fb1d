/** Simplified Chinese for return-policy.messages.ts: its own module, imported only when an element speaks Chinese (core/i18n.ts). */
import type { From, ReturnPolicyMessages } from './return-policy.messages.js';

export default {
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
} satisfies ReturnPolicyMessages;
