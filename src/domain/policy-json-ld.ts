/**
 * schema.org `MerchantReturnPolicy` from the one policy model, so the explainer and the
 * structured data never drift apart.
 *
 * - `policyJsonLd(policy)`: the organisation-level policy, a standalone JSON-LD document.
 *   A theme that already emits its `Organization` can point `hasMerchantReturnPolicy` at its `@id`.
 * - `offerPolicyJsonLd(policy, item?)`: the per-offer subset to nest in a Product's
 *   `offers.hasMerchantReturnPolicy`; with an item, its exception group applies
 *   (a final-sale product becomes `MerchantReturnNotPermitted`, a shorter window shortens the days).
 *
 * Mapping: methods mail/pickup → ReturnByMail, drop_off → ReturnAtKiosk, in_store → ReturnInStore,
 * keep → KeepProduct; fees free → FreeReturn, flat → ReturnShippingFees + returnShippingFeesAmount,
 * restocking → FreeReturn (shipping) + restockingFee as a percentage, free_for_reasons →
 * itemDefectReturnFees FreeReturn + customerRemorseReturnFees ReturnShippingFees with its amount;
 * refund types refund → FullRefund, store_credit → StoreCreditRefund, exchange → ExchangeRefund.
 */
import { effectiveWindowDays, matchException, type EligibilityItem } from './eligibility.js';
import type { ItemCondition, RefundType, ReturnFee, ReturnLabel, ReturnMethod, ReturnPolicy } from './policy.js';

const S = 'https://schema.org/';

export type JsonLdValue = string | number | boolean | JsonLdObject | JsonLdValue[];
export interface JsonLdObject {
  [key: string]: JsonLdValue;
}

const methodIri: Record<ReturnMethod, string> = {
  mail: 'ReturnByMail',
  pickup: 'ReturnByMail',
  drop_off: 'ReturnAtKiosk',
  in_store: 'ReturnInStore',
  keep: 'KeepProduct',
};
const refundIri: Record<RefundType, string> = { refund: 'FullRefund', store_credit: 'StoreCreditRefund', exchange: 'ExchangeRefund' };
const conditionIri: Record<ItemCondition, string | undefined> = {
  new_with_tags: 'NewCondition',
  unworn: 'NewCondition',
  used: 'UsedCondition',
  damaged: 'DamagedCondition',
  any: undefined,
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

/** The organisation-level `MerchantReturnPolicy`, with `@context`. */
export function policyJsonLd(policy: ReturnPolicy, options: PolicyJsonLdOptions = {}): JsonLdObject {
  const link = absolute(policy.url ?? policy.contact?.helpUrl, options.baseUrl);
  const out: JsonLdObject = {
    '@context': 'https://schema.org',
    '@type': 'MerchantReturnPolicy',
    ...(link ? { '@id': `${link.split('#')[0]}#return-policy`, merchantReturnLink: link } : {}),
    ...(policy.name ? { name: policy.name } : {}),
    ...core(policy, policy.category, effectiveWindowDays(policy), policy.fee, policy.methods, policy.refundTypes),
  };
  if (policy.category === 'MerchantReturnNotPermitted') return out;
  if (policy.methods.includes('in_store')) out.inStoreReturnsOffered = true;
  const conditions = unique((policy.conditions ?? []).map((c) => conditionIri[c]).filter((c): c is string => Boolean(c)));
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
  const m = unique(methods.map((x) => S + methodIri[x]));
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
    case 'free_for_reasons':
      return {
        itemDefectReturnFees: `${S}FreeReturn`,
        customerRemorseReturnFees: `${S}ReturnShippingFees`,
        customerRemorseReturnShippingFeesAmount: money(fee.otherwise),
      };
  }
}

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
