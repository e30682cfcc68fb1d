/**
 * The return-policy model. One model drives the explainer, per-item eligibility and the
 * schema.org `MerchantReturnPolicy` JSON-LD, so the three never drift apart. Vocabulary
 * mirrors schema.org and merchant centres.
 *
 * Composite schemas are built on first parse (`z.lazy`): a product page's chunk of schemas used to
 * build ~340 zod schemas in one task when it was evaluated (issue 16); now each answer type builds
 * its own with its first answer. test/domain/lazy-schemas.test.ts keeps new ones lazy.
 */
import * as z from 'zod/mini';
import { CountryCode, CurrencyCode, Email, Id, LocaleTag, Money, PlainText, RichText, SafeUrl } from './common.js';

/** schema.org `returnPolicyCategory` without the URL prefix. */
export const PolicyCategory = z.enum(['MerchantReturnFiniteReturnWindow', 'MerchantReturnUnlimitedWindow', 'MerchantReturnNotPermitted']);
export type PolicyCategory = z.infer<typeof PolicyCategory>;

/** When the return window starts counting. */
export const WindowStart = z.enum(['delivery', 'purchase']);
export type WindowStart = z.infer<typeof WindowStart>;

/** How the item travels back. `keep` = keep the item (returnless refund). */
export const ReturnMethod = z.enum(['mail', 'drop_off', 'in_store', 'pickup', 'keep']);
export type ReturnMethod = z.infer<typeof ReturnMethod>;

/** What the shopper gets back. */
export const RefundType = z.enum(['refund', 'store_credit', 'exchange']);
export type RefundType = z.infer<typeof RefundType>;

/** The fee rule for returning an item. (Discriminators are one-value enums: the same check as `z.literal`, one kind fewer in the zod chunk.) */
export const ReturnFee = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.enum(['free']) }),
    z.object({ kind: z.enum(['flat']), amount: Money }),
    z.object({ kind: z.enum(['restocking']), percent: z.number().check(z.gte(0), z.lte(100)) }),
    /** Free for the listed reason handles (e.g. `damaged`), a flat amount otherwise. */
    z.object({
      kind: z.enum(['free_for_reasons']),
      reasons: z.array(Id),
      otherwise: Money,
      /** Shopper-facing words for those reasons ("damaged or faulty items"), in the policy's language. */
      reasonsLabel: z.optional(PlainText),
    }),
  ]),
);
export type ReturnFee = z.infer<typeof ReturnFee>;

/** Condition an item must be in to be accepted back. `any` = condition does not matter. */
export const ItemCondition = z.enum(['new_with_tags', 'unworn', 'used', 'damaged', 'any']);
export type ItemCondition = z.infer<typeof ItemCondition>;

/** Where a mail return's shipping label comes from (schema.org `returnLabelSource`). */
export const ReturnLabel = z.enum(['download', 'in_box', 'customer']);
export type ReturnLabel = z.infer<typeof ReturnLabel>;

/** What makes a group of items an exception, and what rule applies to it. */
export const PolicyException = z.lazy(() =>
  z.object({
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
        z.object({ kind: z.enum(['not_returnable']) }),
        z.object({ kind: z.enum(['window']), days: z.int().check(z.gte(0), z.lte(3650)) }),
      ]),
    ),
    /** For returnable groups: what they get back instead of the policy's refund types ("store credit only"). */
    refundTypes: z.optional(z.array(RefundType)),
    /** For returnable groups: how they travel back instead of the policy's methods. */
    methods: z.optional(z.array(ReturnMethod)),
    /** For returnable groups: their fee instead of the policy's fee. */
    fee: z.optional(ReturnFee),
  }),
);
export type PolicyException = z.infer<typeof PolicyException>;

/** One step of the return process, shown as an ordered timeline. */
export const PolicyStep = z.lazy(() =>
  z.object({
    title: PlainText,
    text: PlainText,
    icon: z.optional(z.enum(['box', 'label', 'truck', 'store', 'refund', 'chat', 'check'])),
  }),
);

/** How shoppers reach the merchant about a return. */
export const PolicyContact = z.lazy(() =>
  z.object({
    email: z.optional(Email),
    phone: z.optional(PlainText),
    chatUrl: z.optional(SafeUrl),
    helpUrl: z.optional(SafeUrl),
  }),
);

/** An IANA time zone (`Europe/Berlin`) that this browser's Intl knows. */
export const TimeZone = z.string().check(
  z.maxLength(64),
  z.refine((v) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: v });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as "Europe/Berlin"'),
);

export const ReturnPolicy = z.lazy(() =>
  z
    .object({
      id: z.optional(Id),
      /** Name of the policy, shown as the heading of the full variant. */
      name: z.optional(PlainText),
      /** The policy page (schema.org `merchantReturnLink`). */
      url: z.optional(SafeUrl),
      /** Countries the policy applies to (schema.org `applicableCountry`). */
      countries: z.array(CountryCode).check(z.minLength(1)),
      /** Country the item is returned to (schema.org `returnPolicyCountry`). */
      returnCountry: z.optional(CountryCode),
      /**
       * Country names as shoppers read them, in the policy's language (`{ DE: 'Germany' }`), for
       * `countries` and `returnCountry`. Optional: without a name the browser's `Intl.DisplayNames`
       * names the country, and a page's first Intl formatter loads ICU data (about 25 ms on a phone).
       */
      countryNames: z.optional(z.record(CountryCode, PlainText)),
      /** Finite window, unlimited window, or no returns at all (schema.org `returnPolicyCategory`). */
      category: PolicyCategory,
      /** Window length for `MerchantReturnFiniteReturnWindow`. */
      days: z.optional(z.int().check(z.gte(0), z.lte(3650))),
      windowStart: z._default(WindowStart, 'delivery'),
      /** Zone whose calendar days the window counts (the merchant's). Default: UTC in domain code, the shopper's zone in the element. */
      timeZone: z.optional(TimeZone),
      /** What a return costs the shopper. Default free. */
      fee: z._default(ReturnFee, { kind: 'free' }),
      /** How items travel back (schema.org `returnMethod`). */
      methods: z.array(ReturnMethod),
      /** Where the label for `mail` returns comes from: downloaded (prepaid), in the box, or the shopper's own. */
      label: z.optional(ReturnLabel),
      /** What shoppers can get back (schema.org `refundType`). */
      refundTypes: z.array(RefundType),
      /** Extra store credit, as a percentage of the refund, when the shopper picks store credit. */
      storeCreditBonusPercent: z.optional(z.number().check(z.gte(0), z.lte(100))),
      /** Conditions in which items are accepted (schema.org `itemCondition`). */
      conditions: z.optional(z.array(ItemCondition)),
      /** Groups of items with their own rule; the first not-returnable match wins, else the shortest window. */
      exceptions: z._default(z.array(PolicyException), []),
      /** Business days until the refund is issued after the return arrives. */
      processingDays: z.optional(z.int().check(z.gte(0))),
      /** The process from start to finish, in order. */
      steps: z._default(z.array(PolicyStep), []),
      contact: z.optional(PolicyContact),
      /** Free-form notes; safe rich text. */
      notes: z.optional(RichText),
      /** Currency of amounts shown when the store sets none. */
      currency: z.optional(CurrencyCode),
    })
    .check(
      z.refine((p) => p.category !== 'MerchantReturnFiniteReturnWindow' || p.days !== undefined, {
        message: 'is required when category is MerchantReturnFiniteReturnWindow (the number of days shoppers have)',
        path: ['days'],
      }),
    ),
);
export type ReturnPolicy = z.infer<typeof ReturnPolicy>;
export type ReturnPolicyInput = z.input<typeof ReturnPolicy>;

export const ReturnPolicyQuery = z.lazy(() =>
  z.object({
    productId: z.optional(Id),
    country: z.optional(CountryCode),
    locale: LocaleTag,
  }),
);
export type ReturnPolicyQuery = z.infer<typeof ReturnPolicyQuery>;
