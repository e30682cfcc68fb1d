/**
 * Properties set before an element is defined are kept and used, on all eight elements: what a
 * framework does when it renders before `returnless/define` ran (React, Vue, a late `import()`).
 * This file defines nothing up front: each test page (a fresh document per file) sets the
 * properties on plain HTMLElements first, then imports `returnless/define`.
 *
 * A new element gets this for free for its Lit `@property` fields; a plain getter/setter must be
 * named in its `upgradeProperties(this, [...])` call (see src/core/upgrade-properties.ts), and
 * gets a line here.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { FaqEntry } from '../../src/domain/faq.js';
import type { ReturnPolicyInput } from '../../src/domain/policy.js';
import type { Review } from '../../src/domain/reviews.js';
import type { SizeChart } from '../../src/domain/size-chart.js';
import type { ReturnlessAdapter } from '../../src/adapters/adapter.js';
import { $, $$, waitFor } from '../helpers.js';

const faqSets: Record<string, FaqEntry[]> = {
  default: [{ id: 'd', question: 'Default question?', answer: 'Default.' }],
  shipping: [{ id: 's', question: 'How long does shipping take?', answer: 'Two days.' }],
  react: [{ id: 'r', question: 'Rescued from React?', answer: 'Yes.' }],
};
const policy: ReturnPolicyInput = {
  id: 'early',
  countries: ['DE'],
  category: 'MerchantReturnFiniteReturnWindow',
  days: 45,
  methods: ['mail'],
  refundTypes: ['refund'],
};
const chart: SizeChart = {
  id: 'tops',
  title: 'Tops',
  measurements: [{ key: 'chest', label: 'Chest', kind: 'body', unit: 'cm' }],
  sizes: [
    { id: 'S', label: 'S', ranges: { chest: { min: 84, max: 89 } }, labels: {} },
    { id: 'M', label: 'M', ranges: { chest: { min: 90, max: 95 } }, labels: {} },
  ],
  howToMeasure: [],
};
const review: Review = {
  id: 'rv1',
  productId: 'tee',
  rating: 4,
  body: 'Soft and early.',
  author: 'Ada',
  createdAt: '2026-11-01T10:00:00Z',
  verifiedBuyer: true,
  media: [],
};
const adapter = (): ReturnlessAdapter =>
  createMemoryAdapter({ faq: faqSets, sizeCharts: { tops: chart }, productCharts: { tee: 'tops' }, reviews: [review] });

type Props = Record<string, unknown>;
const el = <T = Props>(id: string) => document.getElementById(id) as unknown as T;
const errors: string[] = [];
const warnings: string[] = [];

beforeAll(async () => {
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.join(' ')));
  vi.spyOn(console, 'warn').mockImplementation((...a: unknown[]) => void warnings.push(a.join(' ')));
  expect(customElements.get('rl-store')).toBeUndefined();
  document.body.innerHTML = `
    <rl-store id="store">
      <rl-faq id="faq"></rl-faq>
      <rl-return-policy id="policy"></rl-return-policy>
      <rl-size-guide id="guide" mode="inline"></rl-size-guide>
      <rl-reviews id="reviews"></rl-reviews>
      <rl-review-form id="review-form"></rl-review-form>
      <rl-return-form id="return-form"></rl-return-form>
    </rl-store>
    <rl-media-uploader id="uploader"></rl-media-uploader>
    <rl-media-uploader id="uploader-value"></rl-media-uploader>
    <rl-store id="react-store" adapter="[object Object]"><rl-faq faq-set="react" id="react-faq"></rl-faq></rl-store>
    <rl-store id="lost-store" adapter="[object Object]"></rl-store>`;
  // What a framework does with elements it does not know yet: plain properties on HTMLElements.
  Object.assign(el('store'), { adapter: adapter() });
  Object.assign(el('faq'), { faqSet: 'shipping' });
  Object.assign(el('policy'), { policy });
  Object.assign(el('guide'), { productId: 'tee' });
  Object.assign(el('reviews'), { productId: 'tee' });
  Object.assign(el('review-form'), { productId: 'tee', askFit: true });
  Object.assign(el('return-form'), { order: 'RL-1001', email: 'ada@example.com' });
  Object.assign(el('uploader'), { media: [{ id: 'm1', name: 'early-photo.jpg', kind: 'image' }] });
  Object.assign(el('uploader-value'), { value: ['m7', 'm8'] });
  // React 19 writes an object as an attribute while the tag is unknown, and keeps its props on the node.
  Object.assign(el('react-store'), { [`__reactProps$${Math.random().toString(36).slice(2)}`]: { adapter: adapter() } });
  await import('../../src/define.js');
});

afterAll(() => vi.restoreAllMocks());

describe('properties set before the elements were defined', () => {
  it('<rl-store>: the adapter reaches the elements inside', async () => {
    expect(el('store').adapter).toBeDefined();
    await waitFor(() => $$(el<HTMLElement>('faq'), 'button.header').length > 0, 5000);
  });

  it('<rl-faq>: faqSet picks the set', async () => {
    const faq = el<HTMLElement>('faq');
    await waitFor(() => faq.shadowRoot!.textContent!.includes('How long does shipping take?'), 5000);
    expect(faq.shadowRoot!.textContent).not.toContain('Default question?');
  });

  it('<rl-return-policy>: the inline policy object is shown', async () => {
    const policyEl = el<HTMLElement & { policyValue?: { days?: number } }>('policy');
    await waitFor(() => policyEl.policyValue, 5000);
    expect(policyEl.policyValue!.days).toBe(45);
    expect(policyEl.shadowRoot!.textContent).toMatch(/45/);
  });

  it('<rl-size-guide>: productId loads that product’s chart', async () => {
    const guide = el<HTMLElement>('guide');
    await waitFor(() => $(guide, 'table'), 5000);
    expect(guide.shadowRoot!.textContent).toContain('Chest');
  });

  it('<rl-reviews>: productId lists that product’s reviews', async () => {
    const reviews = el<HTMLElement>('reviews');
    await waitFor(() => reviews.shadowRoot!.textContent!.includes('Soft and early.'), 5000);
  });

  it('<rl-review-form>: productId and askFit are kept', async () => {
    const form = el<HTMLElement & { productId?: string; askFit?: boolean; updateComplete: Promise<unknown> }>('review-form');
    await form.updateComplete;
    expect(form.productId).toBe('tee');
    expect(form.askFit).toBe(true);
    await waitFor(() => form.shadowRoot!.querySelector('[name="fit"]'), 5000);
  });

  it('<rl-return-form>: order and email fill the lookup', async () => {
    const form = el<HTMLElement>('return-form');
    const order = await waitFor(() => $<HTMLInputElement>(form, 'input[name="orderNumber"]'), 5000);
    await waitFor(() => order.value === 'RL-1001');
    expect($<HTMLInputElement>(form, 'input[name="email"]')!.value).toBe('ada@example.com');
  });

  it('<rl-media-uploader>: media and value set early are listed and are the value', async () => {
    const uploader = el<HTMLElement & { value: string[]; media: { name?: string }[] }>('uploader');
    expect(uploader.value).toEqual(['m1']);
    expect(uploader.media[0]!.name).toBe('early-photo.jpg');
    await waitFor(() => uploader.shadowRoot!.textContent!.includes('early-photo.jpg'), 5000);
    expect(el<{ value: string[] }>('uploader-value').value).toEqual(['m7', 'm8']);
  });

  it('<rl-store adapter="[object Object]"> rendered by React before definition: the adapter is recovered, and the hint says why', async () => {
    const store = el<HTMLElement & { adapter?: unknown }>('react-store');
    // The rescue loads on demand, so it lands a moment after the upgrade.
    await waitFor(() => store.adapter, 5000);
    expect(store.hasAttribute('adapter')).toBe(false);
    await waitFor(() => el<HTMLElement>('react-faq').shadowRoot!.textContent!.includes('Rescued from React?'), 5000);
    const hint = warnings.find((w) => w.includes('<rl-store>') && w.includes('[object Object]'));
    expect(hint).toMatch(/before it was defined/);
    expect(hint).toMatch(/not in useEffect/);
  });

  it('an object that became "[object Object]" with nothing to recover: one error that names the cause and the fix', async () => {
    const error = await waitFor(() => errors.find((e) => e.includes('adapter="[object Object]"')), 5000);
    expect(error).toMatch(/not defined yet/);
    expect(error).toMatch(/returnless\/define/);
    expect(error).toMatch(/whenDefined\('rl-store'\)/);
  });
});
