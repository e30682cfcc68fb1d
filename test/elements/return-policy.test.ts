import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { resetDevMessages } from '../../src/core/dev.js';
import type { ReturnPolicyInput } from '../../src/domain/policy.js';
import '../../src/elements/return-policy/define.js';
import type { PolicyEligibilityDetail, RlReturnPolicy } from '../../src/elements/return-policy/return-policy.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { $, $$, cleanup, fixture, settle, waitFor } from '../helpers.js';

const policy: ReturnPolicyInput = {
  id: 'main',
  countries: ['DE', 'AT'],
  category: 'MerchantReturnFiniteReturnWindow',
  days: 30,
  timeZone: 'UTC',
  methods: ['mail', 'drop_off', 'keep'],
  label: 'download',
  refundTypes: ['refund', 'store_credit', 'exchange'],
  storeCreditBonusPercent: 10,
  processingDays: 5,
  url: '/pages/returns',
  exceptions: [
    {
      id: 'sale',
      kind: 'final_sale',
      label: 'Sale items',
      explanation: 'Marked “Final sale” on the product page.',
      match: { tags: ['final-sale'] },
    },
    { id: 'swim', kind: 'hygiene', label: 'Swimwear', match: { categories: ['Swimwear'] } },
  ],
  steps: [
    { title: 'Start your return', text: 'Use the returns form.', icon: 'box' },
    { title: 'Send it back', text: 'Drop it at a parcel shop.' },
    { title: 'Get your refund', text: 'Within 5 business days.', icon: 'refund' },
  ],
  contact: { email: 'help@shop.example', phone: '+49 30 1234567', helpUrl: '/help' },
  notes: '<p>Keep the <strong>tags</strong> on.</p><script>alert(1)</script>',
};

// "</" is written "<\/" inside the script, as a theme must, or "</script>" in the notes would end it early.
const json = (p: object) => JSON.stringify(p).replace(/<\//g, '<\\/');
const inline = (p: object, attrs = '') =>
  `<rl-return-policy ${attrs}><script type="application/json">${json(p)}</script></rl-return-policy>`;
const text = (el: Element, selector = '.summary') => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const NOW = new Date('2026-11-10T12:00:00Z');

async function withNow(markup: string, now = NOW): Promise<RlReturnPolicy> {
  const el = await fixture<RlReturnPolicy>(markup);
  el.now = now;
  await waitFor(() => el.policyValue);
  await settle(el.parentElement!);
  return el;
}

async function inStore(adapter: RlStore['adapter'], attrs = '', storeAttrs = '') {
  const store = await fixture<RlStore>(`<rl-store ${storeAttrs}><rl-return-policy ${attrs}></rl-return-policy></rl-store>`);
  store.adapter = adapter;
  await settle(store.parentElement!);
  return store.querySelector('rl-return-policy') as RlReturnPolicy;
}

beforeEach(() => resetDevMessages());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.documentElement.lang = 'en';
});

describe('<rl-return-policy variant="summary"> with an inline policy', () => {
  it('says the policy in one line without any JavaScript setup', async () => {
    const el = await withNow(inline(policy));
    expect(text(el)).toContain('Free returns within 30 days');
    expect($(el, '.summary')!.dataset.tone).toBe('ok');
    expect($<HTMLAnchorElement>(el, 'a[part="link"]')!.getAttribute('href')).toBe('/pages/returns');
  });

  it('answers for a final-sale product, with the reason and the explanation', async () => {
    const events: PolicyEligibilityDetail[] = [];
    document.addEventListener('rl-policy-eligibility', (e) => events.push((e as CustomEvent<PolicyEligibilityDetail>).detail), {
      once: true,
    });
    const el = await withNow(inline(policy, 'product-id="p1" product-tags="new, final-sale"'));
    expect(text(el)).toContain('Final sale — not returnable');
    expect(text(el)).toContain('Marked “Final sale”');
    expect($(el, '.summary')!.dataset.tone).toBe('no');
    expect(events).toEqual([{ productId: 'p1', returnable: false, reason: 'final_sale', deadline: undefined }]);
  });

  it('matches exception groups by category', async () => {
    const el = await withNow(inline(policy, 'product-id="p1" product-category="Swimwear"'));
    expect(text(el)).toContain('Not returnable for hygiene reasons');
  });

  it('gives the deadline and days left for a delivered item, and fires the event once per answer', async () => {
    const events: PolicyEligibilityDetail[] = [];
    const listener = (e: Event) => events.push((e as CustomEvent<PolicyEligibilityDetail>).detail);
    document.addEventListener('rl-policy-eligibility', listener);
    const el = await withNow(inline(policy, 'product-id="p1" delivered-at="2026-11-01"'));
    expect(text(el)).toContain('You can return this item until December 1, 2026 (21 days left)');
    el.requestUpdate();
    await el.updateComplete;
    expect(events).toHaveLength(1);
    expect(events[0]).toEqual({ productId: 'p1', returnable: true, reason: undefined, deadline: '2026-12-01T23:59:59.999Z' });
    el.deliveredAt = '2026-10-01';
    await el.updateComplete;
    expect(text(el)).toContain('The return window closed on October 31, 2026');
    expect(events).toHaveLength(2);
    expect(events[1]!.reason).toBe('window_closed');
    document.removeEventListener('rl-policy-eligibility', listener);
  });

  it('marks a window closing soon', async () => {
    const el = await withNow(inline(policy, 'product-id="p1" delivered-at="2026-10-12"'));
    expect(text(el)).toContain('(1 day left)');
    expect($(el, '.summary')!.dataset.tone).toBe('warn');
  });

  it('says "not delivered yet" for a bought item without a delivery date', async () => {
    const el = await withNow(inline(policy, 'product-id="p1" purchased-at="2026-11-09"'));
    expect(text(el)).toContain('You can return this once it is delivered');
  });

  it('words fees with Intl and explains the restocking fee in a tooltip', async () => {
    const flat = await withNow(inline({ ...policy, fee: { kind: 'flat', amount: { amount: 4.95, currency: 'EUR' } } }));
    expect(text(flat)).toContain('Returns within 30 days');
    expect(text(flat)).toContain('€4.95 return shipping');
    const restocking = await withNow(inline({ ...policy, fee: { kind: 'restocking', percent: 15 } }));
    expect(text(restocking)).toContain('15% of the item price');
    expect($(restocking, 'button[part="term"]')!.textContent!.trim()).toBe('Restocking fee');
    const reasons = { kind: 'free_for_reasons', reasons: ['damaged'], otherwise: { amount: 5, currency: 'EUR' } };
    const worded = await withNow(inline({ ...policy, fee: { ...reasons, reasonsLabel: 'damaged items' } }));
    expect(text(worded)).toContain('Free for damaged items, otherwise €5.00');
    const unworded = await withNow(inline({ ...policy, fee: reasons }));
    expect(text(unworded)).toContain('Free for some return reasons, otherwise €5.00');
  });

  it('states unlimited and not-permitted policies', async () => {
    const unlimited = await withNow(inline({ ...policy, category: 'MerchantReturnUnlimitedWindow', days: undefined }));
    expect(text(unlimited)).toContain('Free returns, no time limit');
    const none = await withNow(inline({ ...policy, category: 'MerchantReturnNotPermitted', days: undefined }));
    expect(text(none)).toContain('All sales are final');
    expect($(none, '.summary')!.dataset.tone).toBe('no');
  });

  it('speaks Simplified Chinese', async () => {
    const el = await withNow(inline(policy, 'lang="zh-CN" product-id="p1" delivered-at="2026-11-01"'));
    expect(text(el)).toContain('此商品可在 2026年12月1日 前退货');
    expect(text(el)).toContain('还剩 21 天');
  });

  it('an invalid policy shows a neutral line and one console error naming the field', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = { ...policy, days: undefined };
    const container = await fixture<HTMLElement>(`<div>${inline(bad)}${inline(bad)}</div>`);
    const [a, b] = [...container.querySelectorAll('rl-return-policy')] as RlReturnPolicy[];
    await waitFor(() => $(a!, '[part="fallback"]') && $(b!, '[part="fallback"]'));
    expect(text(a!, '[part="fallback"]')).toBe('Return information is not available right now.');
    expect(spy).toHaveBeenCalledTimes(1);
    expect(String(spy.mock.calls[0]![0])).toMatch(/days/);
  });

  it('says what is wrong with an inline policy in words, not zod/mini’s bare "Invalid input"', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await fixture<RlReturnPolicy>(inline({ ...policy, days: '30' }));
    await waitFor(() => $(el, '[part="fallback"]'));
    expect(String(spy.mock.calls[0]![0])).toContain('the policy is not valid at days: expected number, got string');
  });

  it('reports unparseable JSON as invalid too', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await fixture<RlReturnPolicy>(`<rl-return-policy><script type="application/json">{"countries":</script></rl-return-policy>`);
    await waitFor(() => $(el, '[part="fallback"]'));
    expect(String(spy.mock.calls[0]![0])).toMatch(/not valid JSON/);
  });

  it('follows a change to the inline policy', async () => {
    const el = await withNow(inline(policy));
    el.querySelector('script')!.textContent = JSON.stringify({ ...policy, days: 60 });
    await waitFor(() => text(el).includes('60 days'));
  });
});

describe('<rl-return-policy variant="full">', () => {
  it('fits a 288px column with 200% text: a long contact email breaks rather than widening the page', async () => {
    document.documentElement.style.fontSize = '200%';
    try {
      const long = { ...policy, contact: { email: 'customer-service-returns@returnless.example' } };
      const el = await withNow(inline(long, 'variant="full"'));
      el.parentElement!.style.cssText = 'display: grid; inline-size: 288px; font-family: system-ui, sans-serif';
      await waitFor(() => $(el, '[part="contact"] a'));
      // In a grid column (as a theme's layout may be) the element was as wide as its widest word: 449px for a shorter email.
      expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(288.5);
      expect($(el, '[part="contact"] a')!.getBoundingClientRect().right).toBeLessThanOrEqual(
        el.parentElement!.getBoundingClientRect().right + 0.5,
      );
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('renders facts, options, steps as an ordered list, exceptions, notes and contact', async () => {
    const el = await withNow(inline(policy, 'variant="full"'));
    await waitFor(() => $(el, '[part="policy"]'));
    const headings = $$(el, '[role="heading"]');
    expect(headings[0]!.getAttribute('aria-level')).toBe('2');
    expect(headings.slice(1).every((h) => h.getAttribute('aria-level') === '3')).toBe(true);
    expect(text(el, '[part="facts"]')).toContain('30 days from delivery');
    expect(text(el, '[part="facts"]')).toContain('within 5 business days');
    expect(text(el, '[part="facts"]')).toContain('Germany and Austria');
    expect(text(el, '[part="methods"]')).toContain('By mail with a prepaid label you print');
    expect(text(el, '[part="refunds"]')).toContain('+10% bonus');
    expect($$(el, 'ol[part="steps"] > li')).toHaveLength(3);
    expect($$(el, '[part="exception"]')).toHaveLength(2);
    expect($(el, '[part="notes"] strong')!.textContent).toBe('tags');
    expect($(el, '[part="notes"] script')).toBeNull();
    expect($<HTMLAnchorElement>(el, '[part="contact"] a[href^="mailto:"]')!.href).toBe('mailto:help@shop.example');
    expect($<HTMLAnchorElement>(el, '[part="contact"] a[href^="tel:"]')!.getAttribute('href')).toBe('tel:+49301234567');
    // Jargon carries tooltips.
    const terms = $$(el, 'button[part="term"]').map((b) => b.textContent!.trim());
    expect(terms).toEqual(expect.arrayContaining(['At a drop-off point', 'Keep the item', 'Store credit', 'An exchange', 'Final sale']));
  });

  it('shows the answer for a product on the policy page too', async () => {
    const el = await withNow(inline(policy, 'variant="full" product-id="p1" delivered-at="2026-11-01" heading-level="1"'));
    await waitFor(() => $(el, '[part="policy"]'));
    expect(text(el, '.policy > .summary')).toContain('until December 1, 2026');
    expect($(el, '[part="title"]')!.getAttribute('aria-level')).toBe('1');
  });
  it('keeps ids unique when the answer and the facts both mention the restocking fee', async () => {
    const el = await withNow(inline({ ...policy, fee: { kind: 'restocking', percent: 15 } }, 'variant="full" product-id="p1"'));
    await waitFor(() => $(el, '[part="facts"]'));
    const ids = $$(el, '[id]').map((e) => e.id);
    expect(ids.filter((id) => id.includes('restocking')).length).toBe(4);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('term tooltips', () => {
  async function restockingEl() {
    const el = await withNow(inline({ ...policy, fee: { kind: 'restocking', percent: 15 } }));
    const trigger = $<HTMLButtonElement>(el, 'button[part="term"]')!;
    const bubble = el.shadowRoot!.getElementById(trigger.getAttribute('aria-describedby')!)!;
    return { el, trigger, bubble };
  }

  it('is the trigger’s description, opens on keyboard focus and closes with Escape, keeping focus', async () => {
    const { el, trigger, bubble } = await restockingEl();
    expect(bubble.getAttribute('role')).toBe('tooltip');
    expect(bubble.textContent).toContain('taken from your refund');
    expect(bubble.hidden).toBe(true);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(trigger);
    // The tip's behaviour loads on first use (test/core/tooltip-first-*.test.ts).
    await waitFor(() => !bubble.hidden);
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    // Positioned (floating-ui loads on first open) and visible.
    await waitFor(() => bubble.dataset.placement);
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(bubble.hidden).toBe(true);
    expect(el.shadowRoot!.activeElement).toBe(trigger);
    before.remove();
  });

  it('toggles on click or tap and closes on a tap elsewhere', async () => {
    const { el, trigger, bubble } = await restockingEl();
    await userEvent.click(trigger);
    await waitFor(() => !bubble.hidden);
    await userEvent.click(trigger);
    await el.updateComplete;
    expect(bubble.hidden).toBe(true);
    await userEvent.click(trigger);
    await el.updateComplete;
    expect(bubble.hidden).toBe(false);
    await userEvent.click(document.body, { position: { x: 1, y: 1 } });
    await el.updateComplete;
    expect(bubble.hidden).toBe(true);
  });

  it('opens on hover and stays while the pointer is on the bubble (WCAG 1.4.13)', async () => {
    const { el, trigger, bubble } = await restockingEl();
    await userEvent.hover(trigger);
    await waitFor(() => !bubble.hidden);
    await waitFor(() => bubble.dataset.placement);
    await userEvent.hover(bubble);
    await new Promise((r) => setTimeout(r, 400));
    expect(bubble.hidden).toBe(false);
    await userEvent.unhover(bubble);
    await waitFor(() => bubble.hidden);
    expect(el.shadowRoot!.activeElement).toBeNull();
  });
});

describe('<rl-return-policy> from the adapter', () => {
  it('asks getReturnPolicy for the product, country and locale', async () => {
    const adapter = createMemoryAdapter({ policy });
    const spy = vi.spyOn(adapter, 'getReturnPolicy');
    const el = await inStore(adapter, 'product-id="p1"', 'country="DE" locale="en"');
    await waitFor(() => el.policyValue);
    expect(spy.mock.calls[0]![0]).toEqual({ productId: 'p1', country: 'DE', locale: 'en' });
    await el.updateComplete;
    expect(text(el)).toContain('This item can be returned within 30 days of delivery');
  });

  it("says returns are unavailable outside the policy's countries", async () => {
    const el = await inStore(createMemoryAdapter({ policy }), 'product-id="p1"', 'country="US"');
    await waitFor(() => el.policyValue);
    await el.updateComplete;
    expect(text(el)).toContain('Returns are not available in your country');
  });

  it('shows a loading state that reserves space', async () => {
    const el = await inStore(createMemoryAdapter({ policy }, { latencyMs: Infinity }));
    const loading = $(el, '[part="loading"]')!;
    expect(loading.getAttribute('aria-busy')).toBe('true');
    expect(loading.getBoundingClientRect().height).toBeGreaterThan(10);
  });

  it('shows an error with a retry', async () => {
    let fail = true;
    const adapter = createMemoryAdapter({ policy });
    const real = adapter.getReturnPolicy!;
    adapter.getReturnPolicy = async (q, o) => {
      if (fail) throw Object.assign(new Error('offline'), { code: 'network' });
      return real(q, o);
    };
    const el = await inStore(adapter);
    await waitFor(() => $(el, '[part="error"]'));
    expect($(el, '[part="error"]')!.getAttribute('role')).toBe('alert');
    fail = false;
    $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
    await waitFor(() => $(el, '.summary'));
  });

  it('shows the neutral line when the backend has no policy or no getReturnPolicy', async () => {
    const none = await inStore(createMemoryAdapter({}));
    await waitFor(() => $(none, '[part="fallback"]'));
    const partial = await inStore(createMemoryAdapter({ policy }, { only: ['getFaq'] }));
    await waitFor(() => $(partial, '[part="fallback"]'));
    expect($(partial, '[part="retry-button"]')).toBeNull();
  });

  it('treats an invalid backend policy like an invalid inline one', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await inStore({ getReturnPolicy: async () => ({ ...policy, countries: [] }) } as never);
    await waitFor(() => $(el, '[part="fallback"]'));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(String(spy.mock.calls[0]![0])).toMatch(/countries/);
  });

  it('renders nothing and explains in the console when there is no source at all', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await fixture<RlReturnPolicy>('<rl-return-policy></rl-return-policy>');
    await waitFor(() => spy.mock.calls.length > 0, 2500);
    expect(String(spy.mock.calls[0]![0])).toMatch(/has no policy/);
    expect(el.shadowRoot!.textContent!.trim()).toBe('');
  });
});

describe('JSON-LD', () => {
  const blocks = () => document.head.querySelectorAll('script[type="application/ld+json"][data-rl-jsonld="return-policy:main"]');

  it('is opt-in', async () => {
    await withNow(inline(policy));
    expect(blocks()).toHaveLength(0);
  });

  it('is written once for several elements and removed with the last one', async () => {
    const container = await fixture<HTMLElement>(`<div>${inline(policy, 'json-ld')}${inline(policy, 'json-ld variant="full"')}</div>`);
    const [a, b] = [...container.querySelectorAll('rl-return-policy')] as RlReturnPolicy[];
    await waitFor(() => a!.policyValue && b!.policyValue);
    await settle(container);
    // The writer is a chunk of its own, imported with the first json-ld element.
    await waitFor(() => blocks().length === 1);
    const data = JSON.parse(blocks()[0]!.textContent!);
    expect(data).toMatchObject({ '@type': 'Organization', '@id': `${location.origin}/#organization` });
    expect(data.hasMerchantReturnPolicy).toMatchObject({
      '@type': 'MerchantReturnPolicy',
      merchantReturnDays: 30,
      applicableCountry: ['DE', 'AT'],
    });
    expect(data.hasMerchantReturnPolicy.merchantReturnLink).toBe(`${location.origin}/pages/returns`);
    a!.remove();
    expect(blocks()).toHaveLength(1);
    b!.remove();
    expect(blocks()).toHaveLength(0);
  });
});
