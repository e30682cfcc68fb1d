/** Why an item cannot be returned, in shopper words: one wording for the policy explainer and the return form. */
import { defineMessages } from './i18n.js';
import type { IneligibleReason } from '../domain/eligibility.js';

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
