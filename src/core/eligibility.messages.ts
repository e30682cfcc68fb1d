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
const en: ReasonCatalog = {
  not_applicable_country: () => 'Returns are not available in your country',
  not_permitted: () => 'All sales are final — returns are not accepted',
  final_sale: () => 'Final sale — not returnable',
  hygiene: () => 'Not returnable for hygiene reasons',
  personalised: () => 'Personalised items are not returnable',
  custom: (v) => (v.label ? `${v.label} — not returnable` : 'This item is not returnable'),
  already_returned: () => 'This item has already been returned',
  window_closed: (v) => (v.date ? `The return window closed on ${v.date}` : 'The return window has closed'),
  not_delivered: (v) => (v.date ? `You can return this once it is delivered, until ${v.date}` : 'You can return this once it is delivered'),
};

export type EligibilityMessages = typeof en;
export const eligibilityMessages = defineMessages(en, () => import('./eligibility.messages.zh-CN.js'));
