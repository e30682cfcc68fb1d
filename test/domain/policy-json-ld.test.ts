/**
 * The JSON-LD is checked against a schema written from schema.org's definitions
 * (https://schema.org/MerchantReturnPolicy and its enumerations), tightened with what search
 * engines require: applicableCountry, returnPolicyCategory, returnPolicyCountry, and
 * merchantReturnDays for a finite window; returnShippingFeesAmount with ReturnShippingFees.
 * Objects are strict, so a property schema.org does not define fails the test.
 */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { offerPolicyJsonLd, policyJsonLd } from '../../src/domain/policy-json-ld.js';
import { ReturnPolicy, type ReturnPolicyInput } from '../../src/domain/policy.js';

const S = 'https://schema.org/';
const oneOrMany = <T extends z.ZodMiniType>(t: T) => z.union([t, z.array(t).check(z.minLength(2))]);
const iri = (...names: string[]) => z.enum(names.map((n) => S + n) as [string, ...string[]]);

// schema.org enumerations.
const MerchantReturnEnumeration = iri(
  'MerchantReturnFiniteReturnWindow',
  'MerchantReturnNotPermitted',
  'MerchantReturnUnlimitedWindow',
  'MerchantReturnUnspecified',
);
const ReturnMethodEnumeration = iri('KeepProduct', 'ReturnAtKiosk', 'ReturnByMail', 'ReturnInStore');
const ReturnFeesEnumeration = iri(
  'FreeReturn',
  'OriginalShippingFees',
  'RestockingFees',
  'ReturnFeesCustomerResponsibility',
  'ReturnShippingFees',
);
const RefundTypeEnumeration = iri('ExchangeRefund', 'FullRefund', 'StoreCreditRefund');
const OfferItemCondition = iri('DamagedCondition', 'NewCondition', 'RefurbishedCondition', 'UsedCondition');
const ReturnLabelSourceEnumeration = iri('ReturnLabelCustomerResponsibility', 'ReturnLabelDownloadAndPrint', 'ReturnLabelInBox');
// Country | Text: we emit ISO 3166-1 alpha-2 codes.
const Country = z.string().check(z.regex(/^[A-Z]{2}$/));
const MonetaryAmount = z.strictObject({
  '@type': z.literal('MonetaryAmount'),
  value: z.number().check(z.gte(0)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
});
const URL_ = z.url({ protocol: /^https?$/ });

const properties = {
  '@type': z.literal('MerchantReturnPolicy'),
  // Always a stable @id: absolute when the site is known, else a fragment of the page.
  '@id': z.string().check(z.regex(/^(https?:\/\/[^#]+)?#return-policy(-[\w.:-]+)?$/)),
  name: z.optional(z.string()),
  applicableCountry: oneOrMany(Country),
  returnPolicyCountry: oneOrMany(Country),
  returnPolicyCategory: MerchantReturnEnumeration,
  merchantReturnDays: z.optional(z.int().check(z.gte(0))),
  merchantReturnLink: z.optional(URL_),
  returnMethod: z.optional(oneOrMany(ReturnMethodEnumeration)),
  returnFees: z.optional(ReturnFeesEnumeration),
  returnShippingFeesAmount: z.optional(MonetaryAmount),
  customerRemorseReturnFees: z.optional(ReturnFeesEnumeration),
  customerRemorseReturnShippingFeesAmount: z.optional(MonetaryAmount),
  itemDefectReturnFees: z.optional(ReturnFeesEnumeration),
  itemDefectReturnShippingFeesAmount: z.optional(MonetaryAmount),
  restockingFee: z.optional(z.union([z.number().check(z.gte(0), z.lte(100)), MonetaryAmount])),
  refundType: z.optional(oneOrMany(RefundTypeEnumeration)),
  itemCondition: z.optional(oneOrMany(OfferItemCondition)),
  inStoreReturnsOffered: z.optional(z.boolean()),
  returnLabelSource: z.optional(ReturnLabelSourceEnumeration),
};

type Doc = Record<string, unknown>;
const rules = (doc: Doc) => {
  const problems: string[] = [];
  const category = doc.returnPolicyCategory;
  if (category === `${S}MerchantReturnFiniteReturnWindow` && doc.merchantReturnDays === undefined)
    problems.push('merchantReturnDays is required for a finite window');
  if (category !== `${S}MerchantReturnFiniteReturnWindow` && doc.merchantReturnDays !== undefined)
    problems.push('merchantReturnDays only goes with a finite window');
  if (doc.returnFees === `${S}ReturnShippingFees` && !doc.returnShippingFeesAmount)
    problems.push('ReturnShippingFees needs returnShippingFeesAmount');
  if (doc.customerRemorseReturnFees === `${S}ReturnShippingFees` && !doc.customerRemorseReturnShippingFeesAmount)
    problems.push('customerRemorse ReturnShippingFees needs its amount');
  if (category === `${S}MerchantReturnNotPermitted`) {
    for (const key of ['returnMethod', 'returnFees', 'refundType', 'merchantReturnDays'])
      if (key in doc) problems.push(`${key} makes no sense when returns are not permitted`);
  }
  return problems;
};

const OrganisationPolicy = z.strictObject({ '@context': z.literal('https://schema.org'), ...properties });
/** Offers carry a subset (search engines document a limited set for Offer-level policies). */
const {
  name: _n,
  '@id': _i,
  merchantReturnLink: _l,
  itemCondition: _c,
  inStoreReturnsOffered: _s,
  returnLabelSource: _r,
  ...offerProps
} = properties;
const OfferPolicy = z.strictObject(offerProps);

function expectValid(schema: z.ZodMiniType, doc: object) {
  const result = schema.safeParse(doc);
  expect(result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  expect(rules(doc as Doc)).toEqual([]);
  // What goes into <script type="application/ld+json"> survives JSON as is.
  expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
}

const base: ReturnPolicyInput = {
  countries: ['DE', 'AT'],
  returnCountry: 'DE',
  category: 'MerchantReturnFiniteReturnWindow',
  days: 30,
  methods: ['mail', 'drop_off'],
  refundTypes: ['refund', 'store_credit', 'exchange'],
  url: '/pages/returns',
  exceptions: [
    { id: 'sale', kind: 'final_sale', label: 'Sale', match: { tags: ['final-sale'] } },
    {
      id: 'tech',
      kind: 'custom',
      label: 'Electronics',
      match: { categories: ['Electronics'] },
      rule: { kind: 'window', days: 14 },
      fee: { kind: 'restocking', percent: 15 },
      refundTypes: ['store_credit'],
    },
  ],
};
const policy = (over: Partial<ReturnPolicyInput> = {}) => ReturnPolicy.parse({ ...base, ...over });

describe('policyJsonLd (organisation level)', () => {
  it('writes the required and recommended properties for a finite, free window', () => {
    const doc = policyJsonLd(policy(), { baseUrl: 'https://shop.example' });
    expectValid(OrganisationPolicy, doc);
    expect(doc).toMatchObject({
      '@id': 'https://shop.example/pages/returns#return-policy',
      merchantReturnLink: 'https://shop.example/pages/returns',
      applicableCountry: ['DE', 'AT'],
      returnPolicyCountry: 'DE',
      returnPolicyCategory: `${S}MerchantReturnFiniteReturnWindow`,
      merchantReturnDays: 30,
      returnMethod: [`${S}ReturnByMail`, `${S}ReturnAtKiosk`],
      returnFees: `${S}FreeReturn`,
      refundType: [`${S}FullRefund`, `${S}StoreCreditRefund`, `${S}ExchangeRefund`],
    });
  });

  it('uses the applicable countries as return countries when none is given', () => {
    const doc = policyJsonLd(policy({ returnCountry: undefined, countries: ['FR'] }));
    expectValid(OrganisationPolicy, doc);
    expect(doc.applicableCountry).toBe('FR');
    expect(doc.returnPolicyCountry).toBe('FR');
  });

  it('a flat fee becomes ReturnShippingFees with its MonetaryAmount', () => {
    const doc = policyJsonLd(policy({ fee: { kind: 'flat', amount: { amount: 4.95, currency: 'EUR' } } }));
    expectValid(OrganisationPolicy, doc);
    expect(doc.returnFees).toBe(`${S}ReturnShippingFees`);
    expect(doc.returnShippingFeesAmount).toEqual({ '@type': 'MonetaryAmount', value: 4.95, currency: 'EUR' });
  });

  it('a restocking fee is a percentage restockingFee', () => {
    const doc = policyJsonLd(policy({ fee: { kind: 'restocking', percent: 15 } }));
    expectValid(OrganisationPolicy, doc);
    expect(doc.restockingFee).toBe(15);
  });

  it('free-for-defects splits into item-defect and customer-remorse fees', () => {
    const doc = policyJsonLd(
      policy({ fee: { kind: 'free_for_reasons', reasons: ['damaged'], otherwise: { amount: 6, currency: 'EUR' } } }),
    );
    expectValid(OrganisationPolicy, doc);
    expect(doc).toMatchObject({
      itemDefectReturnFees: `${S}FreeReturn`,
      customerRemorseReturnFees: `${S}ReturnShippingFees`,
      customerRemorseReturnShippingFeesAmount: { '@type': 'MonetaryAmount', value: 6, currency: 'EUR' },
    });
    expect(doc.returnFees).toBeUndefined();
  });

  it('an unlimited window has no merchantReturnDays', () => {
    const doc = policyJsonLd(policy({ category: 'MerchantReturnUnlimitedWindow', days: undefined }));
    expectValid(OrganisationPolicy, doc);
    expect(doc.returnPolicyCategory).toBe(`${S}MerchantReturnUnlimitedWindow`);
    expect('merchantReturnDays' in doc).toBe(false);
  });

  it('not permitted says only that (and where)', () => {
    const doc = policyJsonLd(policy({ category: 'MerchantReturnNotPermitted', days: undefined }), { baseUrl: 'https://shop.example' });
    expectValid(OrganisationPolicy, doc);
    expect(Object.keys(doc).sort()).toEqual(
      ['@context', '@id', '@type', 'applicableCountry', 'merchantReturnLink', 'returnPolicyCategory', 'returnPolicyCountry'].sort(),
    );
  });

  it('maps every method, once each, plus in-store, conditions and the label source', () => {
    const doc = policyJsonLd(
      policy({
        methods: ['mail', 'pickup', 'in_store', 'keep', 'drop_off'],
        conditions: ['new_with_tags', 'unworn', 'any'],
        label: 'download',
      }),
    );
    expectValid(OrganisationPolicy, doc);
    // KeepProduct is not a return method in Google's docs; "any" condition lists every one.
    expect(doc.returnMethod).toEqual([`${S}ReturnByMail`, `${S}ReturnInStore`, `${S}ReturnAtKiosk`]);
    expect(doc.inStoreReturnsOffered).toBe(true);
    expect(doc.itemCondition).toEqual([`${S}NewCondition`, `${S}UsedCondition`, `${S}RefurbishedCondition`, `${S}DamagedCondition`]);
    expect(doc.returnLabelSource).toBe(`${S}ReturnLabelDownloadAndPrint`);
  });

  it('leaves out a relative link it cannot make absolute', () => {
    const doc = policyJsonLd(policy());
    expectValid(OrganisationPolicy, doc);
    expect(doc.merchantReturnLink).toBeUndefined();
    expect(doc['@id']).toBe('#return-policy');
  });

  it('follows the policy: a change to the model changes the JSON-LD', () => {
    const before = policyJsonLd(policy());
    const after = policyJsonLd(policy({ days: 60, refundTypes: ['store_credit'] }));
    expect(before.merchantReturnDays).toBe(30);
    expect(after.merchantReturnDays).toBe(60);
    expect(after.refundType).toBe(`${S}StoreCreditRefund`);
  });
});

describe('offerPolicyJsonLd (per offer)', () => {
  it('without an item: the policy subset, no @context', () => {
    const doc = offerPolicyJsonLd(policy());
    expectValid(OfferPolicy, doc);
    expect('@context' in doc).toBe(false);
    expect(doc.merchantReturnDays).toBe(30);
  });

  it('a final-sale product is MerchantReturnNotPermitted', () => {
    const doc = offerPolicyJsonLd(policy(), { productId: 'p', tags: ['final-sale'] });
    expectValid(OfferPolicy, doc);
    expect(doc.returnPolicyCategory).toBe(`${S}MerchantReturnNotPermitted`);
  });

  it("a group's own window, fee and refund types apply", () => {
    const doc = offerPolicyJsonLd(policy(), { productId: 'p', category: 'Electronics > Phones' });
    expectValid(OfferPolicy, doc);
    expect(doc).toMatchObject({ merchantReturnDays: 14, restockingFee: 15, refundType: `${S}StoreCreditRefund` });
  });

  it('a group window turns an unlimited policy finite for that offer', () => {
    const doc = offerPolicyJsonLd(policy({ category: 'MerchantReturnUnlimitedWindow', days: undefined }), {
      productId: 'p',
      category: 'Electronics',
    });
    expectValid(OfferPolicy, doc);
    expect(doc.returnPolicyCategory).toBe(`${S}MerchantReturnFiniteReturnWindow`);
  });
});

describe('the test schema itself', () => {
  it('rejects what schema.org does not define, and a finite window without days', () => {
    const doc = policyJsonLd(policy());
    expect(OrganisationPolicy.safeParse({ ...doc, returnWindow: 30 }).success).toBe(false);
    expect(OrganisationPolicy.safeParse({ ...doc, returnMethod: 'ReturnByMail' }).success).toBe(false);
    const { merchantReturnDays: _, ...noDays } = doc;
    expect(rules(noDays)).not.toEqual([]);
  });
});
