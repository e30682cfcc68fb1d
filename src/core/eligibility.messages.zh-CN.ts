/** Simplified Chinese for eligibility.messages.ts: its own module, imported only when an element speaks Chinese (core/i18n.ts). */
import type { EligibilityMessages } from './eligibility.messages.js';

export default {
  not_applicable_country: () => '您所在的国家或地区不支持退货',
  not_permitted: () => '所有商品售出后概不退货',
  final_sale: () => '最终特卖商品，不可退货',
  hygiene: () => '出于卫生原因，不可退货',
  personalised: () => '个性化定制商品不可退货',
  custom: (v) => (v.label ? `${v.label}：不可退货` : '此商品不可退货'),
  already_returned: () => '此商品已退货',
  window_closed: (v) => (v.date ? `退货期限已于 ${v.date} 截止` : '退货期限已过'),
  not_delivered: (v) => (v.date ? `商品送达后即可退货，截止日期为 ${v.date}` : '商品送达后即可退货'),
} satisfies EligibilityMessages;
