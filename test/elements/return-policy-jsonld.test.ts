/** The per-product override from markup alone (a script-tag page): a final-sale product's JSON-LD says not permitted. */
import { afterEach, expect, it } from 'vitest';
import '../../src/elements/return-policy/define.js';
import { returnPolicy } from '../../stories/support/return-form-data.js';
import { cleanup, fixture, settle, waitFor } from '../helpers.js';

afterEach(() => {
  cleanup();
  document.head.querySelectorAll('script[data-rl-jsonld]').forEach((s) => s.remove());
});

const blocks = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-rl-jsonld]')];

it('product-id + product-tags + json-ld: Product.offers.hasMerchantReturnPolicy, final sale not permitted', async () => {
  const json = JSON.stringify(returnPolicy).replace(/</g, '\\u003c');
  const container = await fixture<HTMLElement>(`<div>
    <rl-return-policy product-id="scarf" product-tags="final-sale" json-ld product-jsonld-id="#product"><script type="application/json">${json}</script></rl-return-policy>
    <rl-return-policy json-ld><script type="application/json">${json}</script></rl-return-policy>
  </div>`);
  await settle(container);
  await waitFor(() => blocks().length === 2);
  const docs = blocks().map((b) => JSON.parse(b.textContent!));
  const product = docs.find((d) => d['@type'] === 'Product');
  expect(product['@id']).toBe('#product');
  expect(product.offers.hasMerchantReturnPolicy.returnPolicyCategory).toBe('https://schema.org/MerchantReturnNotPermitted');
  expect(product.offers.hasMerchantReturnPolicy['@id']).toMatch(/#return-policy-product-scarf$/);
  const org = docs.find((d) => d['@type'] === 'Organization');
  expect(org.hasMerchantReturnPolicy).toMatchObject({ merchantReturnDays: 30 });
  expect(org.hasMerchantReturnPolicy['@id']).toMatch(/#return-policy$/);
});
