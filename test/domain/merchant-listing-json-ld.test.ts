/**
 * JSON-LD as Google's Merchant listing / merchant return policy documentation asks
 * (developers.google.com/search/docs/appearance/structured-data/return-policy and
 * merchant-listing#merchant-return-policy-properties): the shop-wide policy under
 * `Organization.hasMerchantReturnPolicy`, per-product overrides under an `Offer`, each policy with
 * a stable `@id`; only Google's documented properties and values (returnMethod is ReturnAtKiosk,
 * ReturnByMail or ReturnInStore: KeepProduct is not one); customerRemorse / itemDefect fees when
 * the fee depends on the reason; itemCondition from the policy's conditions.
 */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { organizationPolicyJsonLd, productPolicyJsonLd } from '../../src/domain/policy-json-ld.js';
import { ReturnPolicy, type ReturnPolicyInput } from '../../src/domain/policy.js';

const S = 'https://schema.org/';
const iri = (...names: string[]) => z.enum(names.map((n) => S + n) as [string, ...string[]]);
const oneOrMany = <T extends z.ZodMiniType>(t: T) => z.union([t, z.array(t).check(z.minLength(2))]);
const Fees = iri('FreeReturn', 'ReturnFeesCustomerResponsibility', 'ReturnShippingFees');
const Amount = z.strictObject({ '@type': z.literal('MonetaryAmount'), value: z.number(), currency: z.string().check(z.length(3)) });

/** Google's documented MerchantReturnPolicy properties (Organization level). */
const GooglePolicy = z.strictObject({
  '@type': z.literal('MerchantReturnPolicy'),
  '@id': z.string().check(z.minLength(2)),
  name: z.optional(z.string()),
  applicableCountry: oneOrMany(z.string().check(z.regex(/^[A-Z]{2}$/))),
  returnPolicyCountry: z.optional(oneOrMany(z.string().check(z.regex(/^[A-Z]{2}$/)))),
  returnPolicyCategory: iri('MerchantReturnFiniteReturnWindow', 'MerchantReturnNotPermitted', 'MerchantReturnUnlimitedWindow'),
  merchantReturnDays: z.optional(z.int().check(z.gte(0))),
  merchantReturnLink: z.optional(z.url()),
  returnMethod: z.optional(oneOrMany(iri('ReturnAtKiosk', 'ReturnByMail', 'ReturnInStore'))),
  returnFees: z.optional(Fees),
  returnShippingFeesAmount: z.optional(Amount),
  restockingFee: z.optional(z.union([z.number(), Amount])),
  refundType: z.optional(oneOrMany(iri('ExchangeRefund', 'FullRefund', 'StoreCreditRefund'))),
  returnLabelSource: z.optional(iri('ReturnLabelCustomerResponsibility', 'ReturnLabelDownloadAndPrint', 'ReturnLabelInBox')),
  itemCondition: z.optional(oneOrMany(iri('NewCondition', 'UsedCondition', 'RefurbishedCondition', 'DamagedCondition'))),
  inStoreReturnsOffered: z.optional(z.boolean()),
  customerRemorseReturnFees: z.optional(Fees),
  customerRemorseReturnShippingFeesAmount: z.optional(Amount),
  itemDefectReturnFees: z.optional(Fees),
  itemDefectReturnShippingFeesAmount: z.optional(Amount),
});
const GoogleOrganization = z.strictObject({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('Organization'),
  '@id': z.string().check(z.minLength(2)),
  hasMerchantReturnPolicy: GooglePolicy,
});
const GoogleProduct = z.strictObject({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('Product'),
  '@id': z.string().check(z.minLength(1)),
  offers: z.strictObject({ '@type': z.literal('Offer'), hasMerchantReturnPolicy: GooglePolicy }),
});

function valid(schema: z.ZodMiniType, doc: unknown) {
  const r = schema.safeParse(doc);
  expect(r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
}

const base: ReturnPolicyInput = {
  countries: ['DE', 'FR'],
  category: 'MerchantReturnFiniteReturnWindow',
  days: 30,
  methods: ['mail', 'drop_off', 'keep'],
  refundTypes: ['refund', 'store_credit'],
  conditions: ['unworn'],
  fee: {
    kind: 'free_for_reasons',
    reasons: ['too_small', 'too_large', 'damaged', 'not_as_described'],
    otherwise: { amount: 4.95, currency: 'EUR' },
  },
  url: '/pages/returns',
  exceptions: [{ id: 'sale', kind: 'final_sale', label: 'Final sale', match: { tags: ['final-sale'] } }],
};
const policy = (over: Partial<ReturnPolicyInput> = {}) => ReturnPolicy.parse({ ...base, ...over });
const site = { baseUrl: 'https://shop.example' };

describe('shop-wide: Organization.hasMerchantReturnPolicy', () => {
  it('nests the policy under the Organization, both with stable @ids, only documented properties', () => {
    const doc = organizationPolicyJsonLd(policy(), site);
    valid(GoogleOrganization, doc);
    expect(doc['@id']).toBe('https://shop.example/#organization');
    const p = doc.hasMerchantReturnPolicy as Record<string, unknown>;
    expect(p['@id']).toBe('https://shop.example/pages/returns#return-policy');
    expect(organizationPolicyJsonLd(policy(), site)).toEqual(doc); // stable
    expect(organizationPolicyJsonLd(policy(), { ...site, organizationId: 'https://shop.example/#org' })['@id']).toBe(
      'https://shop.example/#org',
    );
  });

  it('has an @id even without a policy page', () => {
    const p = organizationPolicyJsonLd(policy({ url: undefined, id: 'eu' }), site).hasMerchantReturnPolicy as Record<string, unknown>;
    expect(p['@id']).toBe('https://shop.example/#return-policy-eu');
  });

  it('KeepProduct is never a returnMethod', () => {
    const p = organizationPolicyJsonLd(policy(), site).hasMerchantReturnPolicy as Record<string, unknown>;
    expect(p.returnMethod).toEqual([`${S}ReturnByMail`, `${S}ReturnAtKiosk`]);
  });

  it('fees that depend on the reason say which: defects free, change of mind paid', () => {
    const p = organizationPolicyJsonLd(policy(), site).hasMerchantReturnPolicy as Record<string, unknown>;
    expect(p).toMatchObject({
      itemDefectReturnFees: `${S}FreeReturn`,
      customerRemorseReturnFees: `${S}ReturnShippingFees`,
      customerRemorseReturnShippingFeesAmount: { '@type': 'MonetaryAmount', value: 4.95, currency: 'EUR' },
    });
    expect(p.returnFees).toBeUndefined();
    const remorseFree = organizationPolicyJsonLd(
      policy({ fee: { kind: 'free_for_reasons', reasons: ['changed_mind'], otherwise: { amount: 5, currency: 'EUR' } } }),
      site,
    ).hasMerchantReturnPolicy as Record<string, unknown>;
    expect(remorseFree).toMatchObject({ customerRemorseReturnFees: `${S}FreeReturn`, itemDefectReturnFees: `${S}ReturnShippingFees` });
  });

  it('itemCondition follows the policy’s conditions', () => {
    const cond = (conditions: ReturnPolicyInput['conditions']) =>
      (organizationPolicyJsonLd(policy({ conditions }), site).hasMerchantReturnPolicy as Record<string, unknown>).itemCondition;
    expect(cond(['unworn'])).toBe(`${S}NewCondition`);
    expect(cond(['used'])).toEqual([`${S}NewCondition`, `${S}UsedCondition`]);
    expect(cond(undefined)).toBeUndefined();
  });
});

describe('per product: Offer.hasMerchantReturnPolicy', () => {
  it('a final-sale product says not permitted, with its own stable @id, merged into the page’s Product', () => {
    const doc = productPolicyJsonLd(policy(), { productId: 'scarf', tags: ['final-sale'] }, { ...site, productId: '#product' });
    valid(GoogleProduct, doc);
    const p = (doc.offers as Record<string, Record<string, unknown>>).hasMerchantReturnPolicy!;
    expect(p.returnPolicyCategory).toBe(`${S}MerchantReturnNotPermitted`);
    expect(p.merchantReturnDays).toBeUndefined();
    expect(p['@id']).toBe('https://shop.example/pages/returns#return-policy-product-scarf');
    expect(doc['@id']).toBe('#product');
  });

  it('an ordinary product gets the shop’s window and fees', () => {
    const doc = productPolicyJsonLd(policy(), { productId: 'tee' }, { ...site, productId: '#product' });
    valid(GoogleProduct, doc);
    const p = (doc.offers as Record<string, Record<string, unknown>>).hasMerchantReturnPolicy!;
    expect(p).toMatchObject({ returnPolicyCategory: `${S}MerchantReturnFiniteReturnWindow`, merchantReturnDays: 30 });
  });
});
