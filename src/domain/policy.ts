/**
 * The return-policy model. One model drives the explainer, per-item eligibility and the
 * schema.org `MerchantReturnPolicy` JSON-LD, so the three never drift apart. Vocabulary
 * mirrors schema.org and merchant centres.
 */
import * as z from 'zod/mini';
import { CountryCode, CurrencyCode, Id, LocaleTag, Money, PlainText, RichText, SafeUrl } from './common.js';

/** schema.org `returnPolicyCategory` without the URL prefix. */
export const PolicyCategory = z.enum([
  'MerchantReturnFiniteReturnWindow',
  'MerchantReturnUnlimitedWindow',
  'MerchantReturnNotPermitted',
]);
export type PolicyCategory = z.infer<typeof PolicyCategory>;

/** When the return window starts counting. */
export const WindowStart = z.enum(['delivery', 'purchase']);

/** How the item travels back. `keep` = keep the item (returnless refund). */
export const ReturnMethod = z.enum(['mail', 'drop_off', 'in_store', 'pickup', 'keep']);
export type ReturnMethod = z.infer<typeof ReturnMethod>;

/** What the shopper gets back. */
export const RefundType = z.enum(['refund', 'store_credit', 'exchange']);
export type RefundType = z.infer<typeof RefundType>;

/** The fee rule for returning an item. */
export const ReturnFee = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('free') }),
  z.object({ kind: z.literal('flat'), amount: Money }),
  z.object({ kind: z.literal('restocking'), percent: z.number().check(z.gte(0), z.lte(100)) }),
  /** Free for the listed reason handles (e.g. `damaged`), a flat amount otherwise. */
  z.object({ kind: z.literal('free_for_reasons'), reasons: z.array(Id), otherwise: Money }),
]);
export type ReturnFee = z.infer<typeof ReturnFee>;

export const ItemCondition = z.enum(['new_with_tags', 'unworn', 'used', 'damaged', 'any']);

/** What makes a group of items an exception, and what rule applies to it. */
export const PolicyException = z.object({
  id: Id,
  kind: z.enum(['final_sale', 'hygiene', 'personalised', 'custom']),
  /** Shopper-facing name of the group ("Underwear and swimwear"). */
  label: PlainText,
  /** Why: shown next to "not returnable". */
  explanation: z.optional(PlainText),
  match: z.object({
    productIds: z.optional(z.array(Id)),
    tags: z.optional(z.array(PlainText)),
    categories: z.optional(z.array(PlainText)),
  }),
  /** `not_returnable` (default) or a shorter window for this group. */
  rule: z.optional(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('not_returnable') }),
      z.object({ kind: z.literal('window'), days: z.int().check(z.gte(0)) }),
    ]),
  ),
});
export type PolicyException = z.infer<typeof PolicyException>;

export const PolicyStep = z.object({
  title: PlainText,
  text: PlainText,
  icon: z.optional(z.enum(['box', 'label', 'truck', 'store', 'refund', 'chat', 'check'])),
});

export const PolicyContact = z.object({
  email: z.optional(z.email()),
  phone: z.optional(PlainText),
  chatUrl: z.optional(SafeUrl),
  helpUrl: z.optional(SafeUrl),
});

export const ReturnPolicy = z.object({
  id: z.optional(Id),
  /** Countries the policy applies to (schema.org `applicableCountry`). */
  countries: z.array(CountryCode).check(z.minLength(1)),
  /** Country the item is returned to (schema.org `returnPolicyCountry`). */
  returnCountry: z.optional(CountryCode),
  category: PolicyCategory,
  /** Window length for `MerchantReturnFiniteReturnWindow`. */
  days: z.optional(z.int().check(z.gte(0), z.lte(3650))),
  windowStart: z._default(WindowStart, 'delivery'),
  fee: z._default(ReturnFee, { kind: 'free' }),
  methods: z.array(ReturnMethod),
  refundTypes: z.array(RefundType),
  /** Extra store credit, as a percentage of the refund, when the shopper picks store credit. */
  storeCreditBonusPercent: z.optional(z.number().check(z.gte(0), z.lte(100))),
  conditions: z.optional(z.array(ItemCondition)),
  exceptions: z._default(z.array(PolicyException), []),
  /** Business days until the refund is issued after the return arrives. */
  processingDays: z.optional(z.int().check(z.gte(0))),
  steps: z._default(z.array(PolicyStep), []),
  contact: z.optional(PolicyContact),
  /** Free-form notes; safe rich text. */
  notes: z.optional(RichText),
  currency: z.optional(CurrencyCode),
});
export type ReturnPolicy = z.infer<typeof ReturnPolicy>;
export type ReturnPolicyInput = z.input<typeof ReturnPolicy>;

export const ReturnPolicyQuery = z.object({
  productId: z.optional(Id),
  country: z.optional(CountryCode),
  locale: LocaleTag,
});
export type ReturnPolicyQuery = z.infer<typeof ReturnPolicyQuery>;
