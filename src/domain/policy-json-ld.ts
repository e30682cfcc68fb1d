/**
 * schema.org `MerchantReturnPolicy` from the one policy model, so the explainer and the
 * structured data never drift apart.
 *
 * - `organizationPolicyJsonLd(policy)`: what Google's Merchant listing and return-policy docs ask
 *   for a shop-wide policy: an `Organization` (stable `@id`, or the theme's own) whose
 *   `hasMerchantReturnPolicy` is the policy, itself with a stable `@id`.
 * - `productPolicyJsonLd(policy, item)`: the per-product override, a `Product` node (`@id` of the
 *   theme's Product, so the two merge) with `offers.hasMerchantReturnPolicy`.
 * - `policyJsonLd(policy)`: the policy node alone (with `@context` and a stable `@id`).
 * - `offerPolicyJsonLd(policy, item?)`: the per-offer subset to nest in a Product's
 *   `offers.hasMerchantReturnPolicy`; with an item, its exception group applies
 *   (a final-sale product becomes `MerchantReturnNotPermitted`, a shorter window shortens the days).
 *
 * Mapping: methods mail/pickup → ReturnByMail, drop_off → ReturnAtKiosk, in_store → ReturnInStore
 * (keep is not a return method for Google: left out); conditions → itemCondition (`any` lists
 * New, Used, Refurbished and Damaged; `used` adds Used to New); fees free → FreeReturn, flat → ReturnShippingFees + returnShippingFeesAmount,
 * restocking → FreeReturn (shipping) + restockingFee as a percentage, free_for_reasons →
 * itemDefectReturnFees and customerRemorseReturnFees, each FreeReturn when the free reasons cover
 * it (defects: damaged / defective / faulty / broken / wrong / not as described; remorse:
 * changed mind / no longer wanted) and ReturnShippingFees with its amount otherwise;
 * refund types refund → FullRefund, store_credit → StoreCreditRefund, exchange → ExchangeRefund.
 */
import { effectiveWindowDays, matchException, type EligibilityItem } from './eligibility.js';
import type { ItemCondition, RefundType, ReturnFee, ReturnLabel, ReturnMethod, ReturnPolicy } from './policy.js';

const S = 'https://schema.org/';

export type JsonLdValue = string | number | boolean | JsonLdObject | JsonLdValue[];
export interface JsonLdObject {
  [key: string]: JsonLdValue;
}

const methodIri: Record<ReturnMethod, string | undefined> = {
  mail: 'ReturnByMail',
  pickup: 'ReturnByMail',
  drop_off: 'ReturnAtKiosk',
  in_store: 'ReturnInStore',
  keep: undefined,
};
const refundIri: Record<RefundType, string> = { refund: 'FullRefund', store_credit: 'StoreCreditRefund', exchange: 'ExchangeRefund' };
const conditionIri: Record<ItemCondition, readonly string[]> = {
  new_with_tags: ['NewCondition'],
  unworn: ['NewCondition'],
  used: ['NewCondition', 'UsedCondition'],
  damaged: ['DamagedCondition'],
  any: ['NewCondition', 'UsedCondition', 'RefurbishedCondition', 'DamagedCondition'],
};
const labelIri: Record<ReturnLabel, string> = {
  download: 'ReturnLabelDownloadAndPrint',
  in_box: 'ReturnLabelInBox',
  customer: 'ReturnLabelCustomerResponsibility',
};

export interface PolicyJsonLdOptions {
  /** Base URL that makes a root-relative `policy.url` absolute (`location.origin` in the browser). */
  baseUrl?: string;
}

/** The policy's stable `@id`: its page (or the site) plus `#return-policy[-<policy id>]`. */
export function policyJsonLdId(policy: ReturnPolicy, options: PolicyJsonLdOptions = {}): string {
  const link = absolute(policy.url ?? policy.contact?.helpUrl, options.baseUrl);
  const page = link ? link.split('#')[0]! : options.baseUrl ? new URL('/', options.baseUrl).href : '';
  return `${page}#return-policy${policy.id ? `-${policy.id}` : ''}`;
}

/** Google's shop-wide form: `Organization.hasMerchantReturnPolicy`. */
export function organizationPolicyJsonLd(
  policy: ReturnPolicy,
  options: PolicyJsonLdOptions & { organizationId?: string } = {},
): JsonLdObject {
  const { '@context': _, ...node } = policyJsonLd(policy, options);
  const site = options.baseUrl ? new URL('/', options.baseUrl).href : '';
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': options.organizationId ?? `${site}#organization`,
    hasMerchantReturnPolicy: node,
  };
}

/**
 * A per-product override: the `Product` whose `@id` is `productId` (the theme's own Product node,
 * so the two merge) gets an `Offer` with this product's policy (its exception group applied:
 * a final-sale product is `MerchantReturnNotPermitted`), with a stable `@id` per product.
 */
export function productPolicyJsonLd(
  policy: ReturnPolicy,
  item: Pick<EligibilityItem, 'productId' | 'tags' | 'category'>,
  options: PolicyJsonLdOptions & { productId: string },
): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    '@id': options.productId,
    offers: {
      '@type': 'Offer',
      hasMerchantReturnPolicy: {
        '@id': `${policyJsonLdId(policy, options)}-product-${item.productId}`,
        ...offerPolicyJsonLd(policy, item),
      },
    },
  };
}

/** The organisation-level `MerchantReturnPolicy`, with `@context`. */
export function policyJsonLd(policy: ReturnPolicy, options: PolicyJsonLdOptions = {}): JsonLdObject {
  const link = absolute(policy.url ?? policy.contact?.helpUrl, options.baseUrl);
  const out: JsonLdObject = {
    '@context': 'https://schema.org',
    '@type': 'MerchantReturnPolicy',
    '@id': policyJsonLdId(policy, options),
    ...(link ? { merchantReturnLink: link } : {}),
    ...(policy.name ? { name: policy.name } : {}),
    ...core(policy, policy.category, effectiveWindowDays(policy), policy.fee, policy.methods, policy.refundTypes),
  };
  if (policy.category === 'MerchantReturnNotPermitted') return out;
  if (policy.methods.includes('in_store')) out.inStoreReturnsOffered = true;
  const conditions = unique((policy.conditions ?? []).flatMap((c) => conditionIri[c]));
  if (conditions.length) out.itemCondition = one(conditions.map((c) => S + c));
  if (policy.label && policy.methods.some((m) => m === 'mail' || m === 'pickup')) out.returnLabelSource = S + labelIri[policy.label];
  return out;
}

/** The per-offer subset (no `@context`), for `Offer.hasMerchantReturnPolicy`; `item` applies its exception group. */
export function offerPolicyJsonLd(policy: ReturnPolicy, item?: Pick<EligibilityItem, 'productId' | 'tags' | 'category'>): JsonLdObject {
  const exception = item && policy.category !== 'MerchantReturnNotPermitted' ? matchException(policy, item) : undefined;
  const blocked = exception && (exception.rule?.kind ?? 'not_returnable') === 'not_returnable';
  const days = effectiveWindowDays(policy, exception);
  const category = blocked ? 'MerchantReturnNotPermitted' : days !== undefined ? 'MerchantReturnFiniteReturnWindow' : policy.category;
  return {
    '@type': 'MerchantReturnPolicy',
    ...core(
      policy,
      category,
      days,
      exception?.fee ?? policy.fee,
      exception?.methods ?? policy.methods,
      exception?.refundTypes ?? policy.refundTypes,
    ),
  };
}

function core(
  policy: ReturnPolicy,
  category: ReturnPolicy['category'],
  days: number | undefined,
  fee: ReturnFee,
  methods: readonly ReturnMethod[],
  refundTypes: readonly RefundType[],
): JsonLdObject {
  const out: JsonLdObject = {
    applicableCountry: one(policy.countries),
    returnPolicyCountry: one(policy.returnCountry ? [policy.returnCountry] : policy.countries),
    returnPolicyCategory: S + category,
  };
  if (category === 'MerchantReturnNotPermitted') return out;
  if (category === 'MerchantReturnFiniteReturnWindow' && days !== undefined) out.merchantReturnDays = days;
  const m = unique(methods.flatMap((x) => (methodIri[x] ? [S + methodIri[x]] : [])));
  if (m.length) out.returnMethod = one(m);
  Object.assign(out, fees(fee));
  const r = unique(refundTypes.map((x) => S + refundIri[x]));
  if (r.length) out.refundType = one(r);
  return out;
}

function fees(fee: ReturnFee): JsonLdObject {
  switch (fee.kind) {
    case 'free':
      return { returnFees: `${S}FreeReturn` };
    case 'flat':
      return { returnFees: `${S}ReturnShippingFees`, returnShippingFeesAmount: money(fee.amount) };
    case 'restocking':
      return { returnFees: `${S}FreeReturn`, restockingFee: fee.percent };
    case 'free_for_reasons': {
      const defectFree = fee.reasons.some((r) => DEFECT.test(r));
      const remorseFree = fee.reasons.some((r) => REMORSE.test(r));
      return {
        itemDefectReturnFees: `${S}${defectFree ? 'FreeReturn' : 'ReturnShippingFees'}`,
        ...(defectFree ? {} : { itemDefectReturnShippingFeesAmount: money(fee.otherwise) }),
        customerRemorseReturnFees: `${S}${remorseFree ? 'FreeReturn' : 'ReturnShippingFees'}`,
        ...(remorseFree ? {} : { customerRemorseReturnShippingFeesAmount: money(fee.otherwise) }),
      };
    }
  }
}

/** Reason ids that mean a fault of the item, or the shopper's change of mind. */
const DEFECT = /damag|defect|fault|broken|wrong|not_as_described/i;
const REMORSE = /changed_mind|remorse|no_longer|unwanted|dont_want/i;

const money = (m: { amount: number; currency: string }): JsonLdObject => ({
  '@type': 'MonetaryAmount',
  value: m.amount,
  currency: m.currency,
});
const unique = <T>(xs: T[]): T[] => [...new Set(xs)];
/** schema.org takes one value or many: a single value is written plainly. */
const one = (xs: string[]): JsonLdValue => (xs.length === 1 ? xs[0]! : xs);

function absolute(url: string | undefined, base: string | undefined): string | undefined {
  if (!url) return undefined;
  if (/^https?:\/\//i.test(url)) return url;
  if (!base) return undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}
