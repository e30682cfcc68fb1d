/**
 * Issue 16: a product page's policy summary ("Free returns within 30 days", a fee) needs no
 * number or date formatter. Creating the page's first Intl.DateTimeFormat (even only to ask for the shopper's
 * time zone) was a 100–200 ms task at 4× CPU throttle; a zone is resolved only for an item with dates.
 */
import { afterAll, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { ReturnPolicyInput } from '../../src/domain/policy.js';
import '../../src/elements/return-policy/define.js';
import type { RlReturnPolicy } from '../../src/elements/return-policy/return-policy.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { $, fixture, settle, waitFor } from '../helpers.js';
import { spyOnIntlFormatters } from './intl-spy.js';

const { made, restore } = spyOnIntlFormatters();
afterAll(restore);

// Like the reference server's policy: no time zone of its own, so a deadline uses the shopper's.
const policy: ReturnPolicyInput = {
  id: 'main',
  countries: ['DE'],
  category: 'MerchantReturnFiniteReturnWindow',
  days: 30,
  fee: { kind: 'free_for_reasons', reasons: ['damaged'], otherwise: { amount: 4.95, currency: 'EUR' } },
  methods: ['mail'],
  refundTypes: ['refund'],
};

it('answers for a product without creating a date formatter, and still dates a delivered item', async () => {
  const store = await fixture<RlStore>(
    `<rl-store country="DE"><rl-return-policy variant="summary" product-id="shirt"></rl-return-policy></rl-store>`,
  );
  store.adapter = createMemoryAdapter({ policy });
  const el = store.querySelector<RlReturnPolicy>('rl-return-policy')!;
  await waitFor(() => el.eligibility);
  await settle(store);
  const text = () => $(el, '.summary')!.textContent!.replace(/\s+/g, ' ').trim();
  expect(text()).toMatch(/within 30 days.*€4\.95/);
  expect(made).toEqual([]);

  el.deliveredAt = new Date(Date.now() - 2 * 86_400_000).toISOString();
  await settle(store);
  expect(text()).toMatch(/return this item until .*\(28 days left\)/);
  expect(made).toContain('DateTimeFormat');
});

it('loads its JSON-LD writer only once json-ld is set', async () => {
  const writer = () => performance.getEntriesByType('resource').some((e) => e.name.includes('return-policy-json-ld'));
  const store = await fixture<RlStore>(`<rl-store country="DE"><rl-return-policy variant="summary"></rl-return-policy></rl-store>`);
  store.adapter = createMemoryAdapter({ policy });
  const el = store.querySelector<RlReturnPolicy>('rl-return-policy')!;
  await waitFor(() => el.policyValue);
  await settle(store);
  expect(writer()).toBe(false);
  el.jsonLd = true;
  await waitFor(() => document.head.querySelector('script[type="application/ld+json"]'));
  expect(writer()).toBe(true);
});

it("writes the full policy's lists without Intl in English, with one region-name formatter for all its countries", async () => {
  const before = made.length;
  const store = await fixture<RlStore>(`<rl-store country="DE"><rl-return-policy variant="full"></rl-return-policy></rl-store>`);
  store.adapter = createMemoryAdapter({
    policy: { ...policy, countries: ['DE', 'FR', 'NL', 'GB'], conditions: ['new_with_tags', 'unworn'] },
  });
  const el = store.querySelector<RlReturnPolicy>('rl-return-policy')!;
  await waitFor(() => el.shadowRoot?.querySelector('.facts'));
  await settle(store);
  const facts = $(el, '.facts')!.textContent!.replace(/\s+/g, ' ');
  expect(facts).toContain('Germany, France, Netherlands, and United Kingdom');
  expect(made.slice(before)).toEqual(['DisplayNames']);
});

it('names countries the backend did not name in a task of its own before the first render, not inside it', async () => {
  const before = made.length;
  const store = await fixture<RlStore>(
    `<rl-store country="DE" locale="de-AT"><rl-return-policy variant="full"></rl-return-policy></rl-store>`,
  );
  const el = store.querySelector<RlReturnPolicy>('rl-return-policy')!;
  // When the region-name formatter is made: inside an update of the element, or with its facts drawn already?
  const when: string[] = [];
  const intl = Intl as { DisplayNames: typeof Intl.DisplayNames };
  const real = intl.DisplayNames;
  intl.DisplayNames = new Proxy(real, {
    construct: (target, args: ConstructorParameters<typeof real>) => {
      when.push(`updating ${el.isUpdatePending}, facts ${Boolean(el.shadowRoot?.querySelector('.facts'))}`);
      return new target(...args);
    },
  });
  try {
    store.adapter = createMemoryAdapter({ policy: { ...policy, countries: ['NL', 'BE'] } });
    await waitFor(() => el.shadowRoot?.querySelector('.facts'));
    await settle(store);
  } finally {
    intl.DisplayNames = real;
  }
  expect($(el, '.facts')!.textContent).toContain('Niederlande und Belgien');
  expect(when).toEqual(['updating false, facts false']);
  // German numbers and lists use Intl; region names come from that one formatter.
  expect(made.slice(before).filter((name) => name === 'DisplayNames')).toHaveLength(1);
});

it('uses the names the backend sent (countryNames) and makes no region-name formatter then', async () => {
  const before = made.length;
  const store = await fixture<RlStore>(`<rl-store country="DE"><rl-return-policy variant="full"></rl-return-policy></rl-store>`);
  store.adapter = createMemoryAdapter({
    policy: { ...policy, countries: ['DE', 'CN'], returnCountry: 'DE', countryNames: { DE: 'Deutschland', CN: 'China (PRC)' } },
  });
  const el = store.querySelector<RlReturnPolicy>('rl-return-policy')!;
  await waitFor(() => el.shadowRoot?.querySelector('.facts'));
  await settle(store);
  expect($(el, '.facts')!.textContent!.replace(/\s+/g, ' ')).toContain('Deutschland and China (PRC)');
  expect(made.slice(before)).toEqual([]);
});
