import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createMemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory.js';
import type { ReturnPolicyInput } from '../src/domain/policy.js';
import type { RlReturnPolicy } from '../src/elements/return-policy/return-policy.js';
import { themeArgs, themeArgTypes, themed, type ThemeArgs } from './support/playground.js';

/** The example policy of the docs: 30 days from delivery, free, three exception groups. */
const policy: ReturnPolicyInput = {
  id: 'storybook',
  name: 'Returns & refunds',
  url: '/pages/returns',
  countries: ['DE', 'AT', 'FR'],
  returnCountry: 'DE',
  category: 'MerchantReturnFiniteReturnWindow',
  days: 30,
  windowStart: 'delivery',
  timeZone: 'UTC',
  fee: { kind: 'free' },
  methods: ['mail', 'drop_off', 'in_store'],
  label: 'download',
  refundTypes: ['refund', 'store_credit', 'exchange'],
  storeCreditBonusPercent: 10,
  conditions: ['unworn', 'new_with_tags'],
  processingDays: 5,
  exceptions: [
    {
      id: 'sale',
      kind: 'final_sale',
      label: 'Final-sale items',
      explanation: 'Marked “Final sale” on the product page.',
      match: { tags: ['final-sale'] },
    },
    {
      id: 'swim',
      kind: 'hygiene',
      label: 'Swimwear and underwear',
      explanation: 'For hygiene reasons, once the seal is broken.',
      match: { categories: ['Swimwear', 'Underwear'] },
    },
    { id: 'engraved', kind: 'personalised', label: 'Engraved jewellery', match: { tags: ['engraved'] } },
    { id: 'gift', kind: 'custom', label: 'Gift cards', explanation: 'Gift cards can be used for 3 years.', match: { tags: ['gift-card'] } },
    { id: 'tech', kind: 'custom', label: 'Electronics', match: { categories: ['Electronics'] }, rule: { kind: 'window', days: 14 } },
  ],
  steps: [
    { title: 'Start your return', text: 'Open the returns form with your order number and email.', icon: 'box' },
    { title: 'Print the label', text: 'We email you a prepaid label, or a QR code for the drop-off point.', icon: 'label' },
    { title: 'Send it back', text: 'Hand the parcel in within 14 days of starting the return.', icon: 'truck' },
    { title: 'Get your refund', text: 'We refund you within 5 business days of receiving it.', icon: 'refund' },
  ],
  contact: { email: 'help@shop.example', phone: '+49 30 1234567', helpUrl: '/help' },
  notes: '<p>Please keep the <strong>original tags</strong> attached. Items returned damaged may be sent back to you.</p>',
};

const zhPolicy: ReturnPolicyInput = {
  ...policy,
  name: '退货与退款',
  countries: ['CN'],
  returnCountry: 'CN',
  timeZone: 'Asia/Shanghai',
  exceptions: [
    { id: 'sale', kind: 'final_sale', label: '清仓商品', explanation: '商品页标有“最终特卖”。', match: { tags: ['final-sale'] } },
    { id: 'swim', kind: 'hygiene', label: '泳装和内衣', match: { categories: ['Swimwear'] } },
  ],
  steps: [
    { title: '提交退货申请', text: '输入订单号和邮箱，打开退货表单。', icon: 'box' },
    { title: '寄回商品', text: '在退货点交寄包裹。', icon: 'truck' },
    { title: '收到退款', text: '我们收到商品后 5 个工作日内退款。', icon: 'refund' },
  ],
  contact: { email: 'help@shop.example', phone: '400 123 4567' },
  notes: '<p>请保留<strong>原有吊牌</strong>。</p>',
};

/** `YYYY-MM-DD`, `days` before today (UTC). */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** An element with its policy inline, exactly as a theme writes it (no JavaScript). */
function inline(p: ReturnPolicyInput | object, attrs: Record<string, string | boolean> = {}): HTMLElement {
  const el = document.createElement('rl-return-policy');
  for (const [name, value] of Object.entries(attrs)) if (value !== false) el.setAttribute(name, value === true ? '' : value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(p);
  el.append(script);
  return el;
}

const viaAdapter = (attrs: string, options: MemoryAdapterOptions = {}, p: ReturnPolicyInput = policy) => {
  const store = document.createElement('rl-store');
  store.adapter = createMemoryAdapter({ policy: p }, options);
  store.innerHTML = `<rl-return-policy ${attrs}></rl-return-policy>`;
  return store;
};

const shadow = (root: HTMLElement) => (root.querySelector('rl-return-policy') as RlReturnPolicy).shadowRoot!;
const summaryText = (root: HTMLElement) => shadow(root).querySelector('[part="summary"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
const expectSummary =
  (pattern: RegExp, tone?: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await waitFor(() => expect(summaryText(canvasElement)).toMatch(pattern));
    if (tone) await expect(shadow(canvasElement).querySelector<HTMLElement>('[part="summary"]')!.dataset.tone).toBe(tone);
  };

/**
 * One policy model explains the policy, answers "can I return this?" for a product, and
 * writes schema.org `MerchantReturnPolicy` JSON-LD. See **Return policy model** in the docs.
 */
const meta: Meta = {
  title: 'Elements/rl-return-policy',
  component: 'rl-return-policy',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** Try the attributes and the theme tokens with the controls below: the story redraws with each change. */
export const Playground: StoryObj<ThemeArgs & { variant: 'summary' | 'full'; product: string; deliveredDaysAgo: number }> = {
  args: { variant: 'summary', product: 'an eligible shirt', deliveredDaysAgo: 5, ...themeArgs },
  argTypes: {
    variant: { control: 'inline-radio', options: ['summary', 'full'] },
    product: {
      control: 'select',
      options: ['no product', 'an eligible shirt', 'final-sale item', 'swimwear', 'electronics (14 days)'],
      description: 'What `product-tags` / `product-category` say about the product on the page',
    },
    deliveredDaysAgo: { name: 'delivered-at (days ago)', control: { type: 'range', min: 0, max: 60 } },
    ...themeArgTypes,
  },
  render: (args) => {
    const product: Record<string, Record<string, string>> = {
      'an eligible shirt': { 'product-id': 'shirt', 'product-category': 'Shirts' },
      'final-sale item': { 'product-id': 'sale', 'product-tags': 'final-sale' },
      swimwear: { 'product-id': 'swim', 'product-category': 'Swimwear' },
      'electronics (14 days)': { 'product-id': 'tech', 'product-category': 'Electronics' },
    };
    const el = inline(policy, { variant: args.variant, 'delivered-at': daysAgo(args.deliveredDaysAgo), ...(product[args.product] ?? {}) });
    return themed(args, el);
  },
  play: expectSummary(/You can return this item until/, 'ok'),
};

/** The one-line summary for a product page, with the policy inline (the README snippet). */
export const Summary: Story = {
  render: () => inline(policy),
  play: expectSummary(/Free returns within 30 days/, 'ok'),
};

/** The policy page: key facts, ways to return, what you get back, steps, exceptions, notes, contact. */
export const Full: Story = {
  render: () => viaAdapter('variant="full"'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('[part="step"]').length).toBe(4));
    await expect(shadow(canvasElement).querySelectorAll('[part="exception"]').length).toBe(5);
  },
};

/** The full variant's code could not be fetched (offline, a blocked CDN): said in its place, with a retry. */
export const FullUnavailable: Story = {
  render: () => {
    const store = viaAdapter('variant="full"');
    const el = store.querySelector('rl-return-policy') as unknown as { importFull: () => Promise<unknown> };
    el.importFull = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    return store;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadow(canvasElement).querySelector('[part="fallback"][role="alert"]')?.textContent).toContain(
        'Return information is not available right now.',
      ),
    );
    await expect(shadow(canvasElement).querySelector('[part="retry-button"]')).toBeTruthy();
  },
};

/** Jargon carries an explanation: keyboard focus shows it, Escape hides it, a tap toggles it. */
export const TermTooltips: Story = {
  render: () => viaAdapter('variant="full"', {}, { ...policy, fee: { kind: 'restocking', percent: 15 } }),
  play: async ({ canvasElement }) => {
    const root = shadow(canvasElement);
    const term = await waitFor(() => {
      const el = root.querySelector<HTMLButtonElement>('button[part="term"]');
      expect(el).toBeTruthy();
      return el!;
    });
    await userEvent.click(term);
    const bubble = root.getElementById(term.getAttribute('aria-describedby')!)!;
    // The first use of a tip loads its behaviour (core/tooltip-behaviour.ts): slower on a busy dev server.
    await waitFor(() => expect(bubble.hidden).toBe(false), { timeout: 5000 });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(bubble.hidden).toBe(true));
    // Left open, so the accessibility check covers the open bubble too.
    await userEvent.click(term);
    await waitFor(() => expect(bubble.dataset.placement).toBeTruthy());
  },
};

/** A product with time left: the deadline and the days left. */
export const WindowOpen: Story = {
  render: () => inline(policy, { 'product-id': 'tee-1', 'delivered-at': daysAgo(5) }),
  play: expectSummary(/You can return this item until .*25 days left/, 'ok'),
};

/** Two days left: the answer turns to "closing soon". */
export const WindowClosingSoon: Story = {
  render: () => inline(policy, { 'product-id': 'tee-1', 'delivered-at': daysAgo(28) }),
  play: expectSummary(/2 days left/, 'warn'),
};

/** The window closed: says on which day. */
export const WindowClosed: Story = {
  render: () => inline(policy, { 'product-id': 'tee-1', 'delivered-at': daysAgo(45) }),
  play: expectSummary(/The return window closed on/, 'no'),
};

/** Bought, not delivered yet. */
export const NotDeliveredYet: Story = {
  render: () => inline(policy, { 'product-id': 'tee-1', 'purchased-at': daysAgo(1) }),
  play: expectSummary(/once it is delivered/, 'no'),
};

/** Exception group `final_sale`, matched by tag. */
export const ExceptionFinalSale: Story = {
  render: () => inline(policy, { 'product-id': 'dress-9', 'product-tags': 'summer, final-sale' }),
  play: expectSummary(/Final sale — not returnable/, 'no'),
};

/** Exception group `hygiene`, matched by category. */
export const ExceptionHygiene: Story = {
  render: () => inline(policy, { 'product-id': 'bikini-2', 'product-category': 'Swimwear > Bikinis' }),
  play: expectSummary(/hygiene/, 'no'),
};

/** Exception group `personalised`. */
export const ExceptionPersonalised: Story = {
  render: () => inline(policy, { 'product-id': 'ring-3', 'product-tags': 'engraved' }),
  play: expectSummary(/Personalised items are not returnable/, 'no'),
};

/** Exception group `custom`, with the merchant's own label and explanation. */
export const ExceptionCustom: Story = {
  render: () => inline(policy, { 'product-id': 'gift-50', 'product-tags': 'gift-card' }),
  play: expectSummary(/Gift cards — not returnable/, 'no'),
};

/** An exception group with its own, shorter window (14 days for electronics). */
export const ExceptionShorterWindow: Story = {
  render: () => inline(policy, { 'product-id': 'phone-1', 'product-category': 'Electronics', 'delivered-at': daysAgo(10) }),
  play: expectSummary(/4 days left/),
};

/** Free returns. */
export const FreeReturns: Story = {
  render: () => inline(policy),
  play: expectSummary(/Free returns/),
};

/** Paid returns: a flat return-shipping fee, in the shopper's currency format. */
export const PaidReturns: Story = {
  render: () => inline({ ...policy, fee: { kind: 'flat', amount: { amount: 4.95, currency: 'EUR' } } }),
  play: expectSummary(/Returns within 30 days.*€4\.95 return shipping/),
};

/** A restocking fee, explained in a tooltip. */
export const RestockingFee: Story = {
  render: () => inline({ ...policy, fee: { kind: 'restocking', percent: 15 } }),
  play: expectSummary(/Returns within 30 days.*Restocking fee.*: 15% of the item price/),
};

/** Free for damaged items, paid otherwise. */
export const FreeForDefects: Story = {
  render: () =>
    inline({
      ...policy,
      fee: {
        kind: 'free_for_reasons',
        reasons: ['damaged'],
        reasonsLabel: 'damaged or faulty items',
        otherwise: { amount: 5, currency: 'EUR' },
      },
    }),
  play: expectSummary(/Free for damaged or faulty items, otherwise €5\.00/),
};

/** No time limit. */
export const UnlimitedWindow: Story = {
  render: () => viaAdapter('variant="full"', {}, { ...policy, category: 'MerchantReturnUnlimitedWindow', days: undefined }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part="facts"]')?.textContent).toContain('No time limit'));
  },
};

/** A shop that accepts no returns. */
export const NotPermitted: Story = {
  render: () => viaAdapter('variant="full"', {}, { ...policy, category: 'MerchantReturnNotPermitted', days: undefined }),
  play: expectSummary(/All sales are final/, 'no'),
};

/** Simplified Chinese, money and dates through Intl. */
export const ChineseZhCN: Story = {
  parameters: { locale: 'zh-CN' },
  render: () => html`<rl-store locale="zh-CN" country="CN" .adapter=${createMemoryAdapter({ policy: zhPolicy })}>
    <rl-return-policy product-id="tee-1" delivered-at=${daysAgo(5)}></rl-return-policy>
    <hr />
    <rl-return-policy variant="full"></rl-return-policy>
  </rl-store>`,
  play: expectSummary(/前退货.*还剩 2[45] 天/),
};

/** A dark page. */
export const Dark: Story = {
  parameters: { theme: 'dark' },
  render: () => viaAdapter(`variant="full" product-id="tee-1" delivered-at="${daysAgo(28)}"`),
  play: expectSummary(/2 days left/, 'warn'),
};

/** Right-to-left: logical properties mirror the layout. */
export const RightToLeft: Story = {
  parameters: { dir: 'rtl' },
  render: () => viaAdapter(`variant="full" product-id="tee-1" delivered-at="${daysAgo(5)}"`),
  play: expectSummary(/25 days left/),
};

/** A 320 px wide phone: nothing overflows. */
export const Narrow320: Story = {
  parameters: { viewport: { defaultViewport: 'narrow' } },
  globals: { viewport: { value: 'narrow' } },
  render: () =>
    html`<div style="max-inline-size:320px">${viaAdapter(`variant="full" product-id="tee-1" delivered-at="${daysAgo(5)}"`)}</div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part="steps"]')).toBeTruthy());
    const el = canvasElement.querySelector('rl-return-policy')!;
    await expect(el.scrollWidth).toBeLessThanOrEqual(320);
  },
};

/** While the adapter answers: space is reserved and a polite status says it is loading. */
export const Loading: Story = {
  render: () => viaAdapter('variant="full"', { latencyMs: Infinity }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part="loading"]')).toBeTruthy());
  },
};

/** The backend failed (`network`): a clear message and a retry button. */
export const Error: Story = {
  render: () => viaAdapter('', { failWith: 'network' }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part="retry-button"]')).toBeTruthy());
  },
};

/** An invalid policy (a finite window without `days`): a neutral line, and one console error naming the field. */
export const InvalidPolicy: Story = {
  render: () => inline({ ...policy, days: undefined }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part="fallback"]')).toBeTruthy());
  },
};

/** `json-ld` on two elements: one `MerchantReturnPolicy` block in `<head>`. */
export const JsonLd: Story = {
  render: () => html`${inline(policy, { 'json-ld': true })}${inline(policy, { 'json-ld': true, variant: 'full' })}`,
  play: async () => {
    await waitFor(() => expect(document.head.querySelectorAll('script[data-rl-jsonld="return-policy:storybook"]').length).toBe(1));
  },
};
