import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ReturnlessAdapter } from '../src/adapters/adapter.js';
import type { MemoryAdapterOptions, MemoryData } from '../src/adapters/memory.js';
import type { ReturnFormDraft } from '../src/domain/return-request.js';
import type { RlReturnForm } from '../src/elements/return-form/return-form.js';
import { themeArgs, themeArgTypes, themeStyle, type ThemeArgs } from './support/playground.js';
import { returnAdapter, returnData } from './support/return-form-data.js';

/**
 * A guided return: find the order, choose items, say why, choose what you get and how to send it
 * back, review, submit once, then a label or a drop-off QR code with the same code as text.
 * Every story uses the memory adapter with the demo orders `1001` (mixed lines) and `1002`
 * (window closed), email `ada@example.com`, postcode `10115`. See the docs page for the flow.
 */
const meta: Meta = {
  title: 'Elements/rl-return-form',
  component: 'rl-return-form',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

const form = (root: HTMLElement) => root.querySelector('rl-return-form') as RlReturnForm;
const shadow = (root: HTMLElement) => form(root).shadowRoot!;
const q = <T extends Element = HTMLElement>(root: HTMLElement, selector: string) => shadow(root).querySelector<T>(selector);
const found = async <T extends Element = HTMLElement>(root: HTMLElement, selector: string) =>
  waitFor(
    () => {
      const el = q<T>(root, selector);
      expect(el).toBeTruthy();
      return el!;
    },
    { timeout: 5000 },
  );

/** Types an order number and the demo email on the lookup, then Enter. */
async function findOrder(root: HTMLElement, orderNumber: string) {
  await userEvent.type(await found<HTMLInputElement>(root, '#orderNumber'), orderNumber);
  await userEvent.type(q<HTMLInputElement>(root, '#email')!, 'ada@example.com{Enter}');
}

/** Starts a story at a given step: its draft is put in session storage before the form reads it. */
function seed(id: string, patch: Partial<ReturnFormDraft> | null) {
  const key = `returnless:draft:return-form:${location.pathname}#${id}`;
  if (!patch) return sessionStorage.removeItem(key);
  const { email: _e, postalCode: _p, ...order } = returnData().orders![0]!;
  const draft: ReturnFormDraft = {
    path: 'return',
    step: 'items',
    lookup: { orderNumber: '1001', email: 'ada@example.com', postalCode: '' },
    order,
    lines: {},
    email: 'ada@example.com',
    consent: true,
    idempotencyKey: `story-${id}-${Date.now()}`,
    ...patch,
  };
  sessionStorage.setItem(key, JSON.stringify(draft));
}

function story(id: string, draft: Partial<ReturnFormDraft> | null, attrs = html``, adapter: ReturnlessAdapter = returnAdapter()) {
  seed(id, draft);
  return html`<rl-store .adapter=${adapter} country="DE"><rl-return-form id=${id} ${attrs}></rl-return-form></rl-store>`;
}
const withOptions = (options: MemoryAdapterOptions, data?: MemoryData) => returnAdapter(options, data);

const shirt = { selected: true, quantity: 1 };
const mug = { selected: true, quantity: 1 };

/** Try the attributes and the theme tokens with the controls below; order 1001 with ada@example.com (postcode 10115) walks the whole return. */
export const Playground: StoryObj<ThemeArgs & { lookup: 'email' | 'postcode'; order: string }> = {
  args: { lookup: 'email', order: '', ...themeArgs },
  argTypes: {
    lookup: { control: 'inline-radio', options: ['email', 'postcode'], description: 'What the shopper proves the order with' },
    order: { control: 'text', description: 'Prefills the order number, as a link from an email would' },
    ...themeArgTypes,
  },
  render: (args) => {
    seed('rf-playground', null);
    return html`<div style=${themeStyle(args)}>
      <rl-store .adapter=${returnAdapter()} country="DE">
        <rl-return-form id="rf-playground" lookup=${args.lookup} order=${args.order || nothing}></rl-return-form>
      </rl-store>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    await found(canvasElement, '#orderNumber');
    await expect(q(canvasElement, '#email')).toBeTruthy();
  },
};

/** Step 1: order number and email. Links from emails can prefill `order` and `email`. */
export const FindOrder: Story = {
  render: () => story('rf-find', null),
  play: async ({ canvasElement }) => {
    await found(canvasElement, '#orderNumber');
    await expect(q(canvasElement, '[aria-current="step"]')!.textContent).toContain('Find your order');
  },
};

/** A failed lookup says the same thing whether the number or the email was wrong. */
export const LookupError: Story = {
  render: () => story('rf-lookup-error', null),
  play: async ({ canvasElement }) => {
    await findOrder(canvasElement, '9999');
    const summary = await found(canvasElement, '.error-summary');
    await expect(summary.textContent).toContain('We could not find an order with these details');
  },
};

/** The later steps' code could not be fetched (offline, a blocked CDN): an alert with a retry; what was typed stays. */
export const LaterStepsUnavailable: Story = {
  render: () => {
    seed('rf-unavailable', null);
    // The network drops the chunk: the form's import of its later steps rejects.
    const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    return html`<rl-store .adapter=${returnAdapter()} country="DE"><rl-return-form id="rf-unavailable" .importRemote=${offline}></rl-return-form></rl-store>`;
  },
  play: async ({ canvasElement }) => {
    await findOrder(canvasElement, '1001');
    const alert = await found(canvasElement, '[part="error"][role="alert"]');
    await expect(alert.textContent).toContain('could not be loaded');
    await expect(q<HTMLInputElement>(canvasElement, '#orderNumber')!.value).toBe('1001');
  },
};

/** Validation: Continue with empty fields lists the problems and links to each field. */
export const LookupValidation: Story = {
  render: () => story('rf-lookup-validation', null),
  play: async ({ canvasElement }) => {
    (await found<HTMLButtonElement>(canvasElement, '[part="next-button"]')).click();
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('.error-summary a').length).toBe(2));
  },
};

/** `lookup="postcode"` with `order` prefilled (a packing-slip link). */
export const ByPostcode: Story = {
  render: () => story('rf-postcode', null, html``, returnAdapter()),
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    el.lookup = 'postcode';
    await found(canvasElement, '#postalCode');
  },
};

/** Step 2: mixed lines — final sale, hygiene and already-returned lines stay visible with the reason; the others show the days left. */
export const MixedEligibility: Story = {
  render: () => story('rf-items', { step: 'items', lines: { 'l-shirt': { selected: true, quantity: 2 } } }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('[part~="line-blocked"]').length).toBe(3));
    await expect(q(canvasElement, '[part="days-left"]')!.textContent).toContain('Window closes in');
  },
};

/** Step 2 for order 1002: the window closed, with its date. */
export const WindowClosed: Story = {
  render: () => {
    const { email: _e, postalCode: _p, ...order } = returnData().orders![1]!;
    return story('rf-closed', { step: 'items', order, lookup: { orderNumber: '1002', email: 'ada@example.com', postalCode: '' } });
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(q(canvasElement, '[part~="line-blocked"]')?.textContent).toContain('The return window closed on'));
  },
};

/** Step 3: "arrived damaged" needs a comment and a photo (`<rl-media-uploader purpose="return">`, loaded only now). */
export const DamageWithPhotos: Story = {
  render: () => story('rf-damage', { step: 'reasons', lines: { 'l-mug': { ...mug, reasonId: 'damaged' } } }),
  play: async ({ canvasElement }) => {
    const uploader = await found(canvasElement, 'rl-media-uploader');
    await expect(uploader.getAttribute('purpose')).toBe('return');
  },
};

/** Step 3 with a backend that takes no uploads: the photo is skipped with a note. */
export const NoPhotoSupport: Story = {
  render: () =>
    story(
      'rf-no-photos',
      { step: 'reasons', lines: { 'l-mug': { ...mug, reasonId: 'damaged' } } },
      html``,
      withOptions({ only: ['lookupOrder', 'getReturnPolicy', 'getReturnReasons', 'createReturn'] }),
    ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(q(canvasElement, '[part="note"]')?.textContent).toContain('Photos cannot be uploaded here'));
  },
};

/** Step 3: "too small" suggests the next size from the size chart and pre-chooses that exchange. */
export const ExchangeWithSizeSuggestion: Story = {
  render: () => story('rf-size', { step: 'reasons', lines: { 'l-shirt': shirt } }),
  play: async ({ canvasElement }) => {
    const select = await found<HTMLSelectElement>(canvasElement, '#reason-l-shirt');
    await userEvent.selectOptions(select, 'too_small');
    await waitFor(() => expect(q(canvasElement, '[part="size-suggestion"]')?.textContent).toContain('We suggest size L'));
  },
};

/** Step 4: store credit shows its 10 % bonus before it is chosen; the estimate updates live. */
export const BonusCredit: Story = {
  render: () =>
    story('rf-bonus', {
      step: 'resolution',
      lines: { 'l-shirt': { ...shirt, quantity: 2, reasonId: 'changed_mind', resolution: 'store_credit' } },
    }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(q(canvasElement, '[part="bonus"]')?.textContent).toContain('Includes a bonus of €9.80'));
    await waitFor(() => expect(q(canvasElement, '[part="estimate"] dl')?.textContent).toContain('€107.80'));
  },
};

/** Step 4 with a backend without `quoteReturn` and a policy without exchanges: no estimate, no exchange. */
export const NoQuoteSupport: Story = {
  render: () => {
    const data = returnData();
    data.policy = { ...data.policy!, refundTypes: ['refund', 'store_credit'] };
    return story(
      'rf-no-quote',
      { step: 'resolution', lines: { 'l-shirt': { ...shirt, reasonId: 'changed_mind' } } },
      html``,
      withOptions({ only: ['lookupOrder', 'getReturnPolicy', 'getReturnReasons', 'createReturn'] }, data),
    );
  },
  play: async ({ canvasElement }) => {
    await found(canvasElement, '#resolution-l-shirt-refund');
    await expect(q(canvasElement, '[part="estimate"]')).toBeNull();
    await expect(q(canvasElement, '#resolution-l-shirt-exchange')).toBeNull();
  },
};

/** Step 5: prepaid label, drop-off with a QR code, or pickup — with the fee. */
export const LabelOrDropOff: Story = {
  render: () => story('rf-method', { step: 'method', lines: { 'l-shirt': { ...shirt, reasonId: 'changed_mind', resolution: 'refund' } } }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('input[name="method"]').length).toBe(3));
    await expect(q(canvasElement, 'label[for="method-mail"]')!.textContent).toContain('Return fee: €4.95');
  },
};

const reviewDraft = (method: 'mail' | 'drop_off'): Partial<ReturnFormDraft> => ({
  step: 'review',
  method,
  lines: {
    'l-shirt': { ...shirt, reasonId: 'too_small', resolution: 'exchange', exchangeVariantId: 'L' },
    'l-mug': { ...mug, reasonId: 'changed_mind', resolution: 'refund' },
  },
});

/** Step 6: summary, contact email, consent, one submit. */
export const Review: Story = {
  render: () => story('rf-review', reviewDraft('drop_off')),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(q(canvasElement, '[part="summary"]')?.textContent).toContain('Exchange: Size L'));
  },
};

const submit = async (canvasElement: HTMLElement) => {
  (await found<HTMLButtonElement>(canvasElement, '[part="next-button"]')).click();
};

/** Step 7 for a drop-off: the QR code and the same code as text. */
export const ConfirmationDropOff: Story = {
  render: () => story('rf-confirm-drop', reviewDraft('drop_off')),
  play: async ({ canvasElement }) => {
    await found(canvasElement, '[part="summary"]');
    await submit(canvasElement);
    await waitFor(() => expect(q(canvasElement, '#step-heading')?.textContent).toContain('is requested'), { timeout: 5000 });
    await found(canvasElement, 'svg[part="qr"]');
    await expect(q(canvasElement, '[part="code-text"]')!.textContent).toMatch(/DROP-R-\d+/);
  },
};

/** Step 7 for a prepaid label: the label link and the next steps. */
export const ConfirmationLabel: Story = {
  render: () => story('rf-confirm-label', reviewDraft('mail')),
  play: async ({ canvasElement }) => {
    await found(canvasElement, '[part="summary"]');
    await submit(canvasElement);
    await found(canvasElement, '[part="label-link"]');
  },
};

/** A submit without an answer: "may not have been sent", everything kept, trying again reuses the idempotency key. */
export const SubmitFailed: Story = {
  render: () => story('rf-submit-failed', reviewDraft('mail'), html``, withOptions({ failWith: { createReturn: 'network' } })),
  play: async ({ canvasElement }) => {
    await found(canvasElement, '[part="summary"]');
    await submit(canvasElement);
    await waitFor(() => expect(q(canvasElement, '.error-summary')?.textContent).toContain('Your return may not have been sent'));
  },
};

/** Waiting for the backend: the step keeps its place. */
export const Loading: Story = {
  render: () => story('rf-loading', { step: 'items' }, html``, withOptions({ latencyMs: Infinity })),
  play: async ({ canvasElement }) => {
    await found(canvasElement, '[part="loading"]');
  },
};

/** The status view (`return-id` + `email`): a timeline. */
export const StatusTimeline: Story = {
  render: () =>
    html`<rl-store .adapter=${returnAdapter()}><rl-return-form return-id="R-2001" email="ada@example.com"></rl-return-form></rl-store>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('[part="timeline-item"]').length).toBe(3));
  },
};

/** `mode="withdrawal"`: the EU "withdraw from contract" path — identify the contract, choose items, confirm. */
export const Withdrawal: Story = {
  render: () => story('rf-withdrawal', null, html``),
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    el.mode = 'withdrawal';
    el.withdrawal = true;
    (await found<HTMLButtonElement>(canvasElement, '[part="withdraw-button"]')).click();
    await waitFor(() => expect(q(canvasElement, '#step-heading')?.textContent).toContain('Withdraw from contract'));
  },
};

/** The withdrawal's separate confirmation step, then its timestamped confirmation. */
export const WithdrawalConfirmed: Story = {
  render: () =>
    story('rf-withdrawal-done', {
      path: 'withdrawal',
      step: 'review',
      lines: { 'l-shirt': { selected: true, quantity: 2 }, 'l-mug': mug },
    }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(q(canvasElement, '#step-heading')?.textContent).toContain('Confirm withdrawal'));
    await submit(canvasElement);
    await waitFor(() => expect(q(canvasElement, '[part="timestamp"]')?.textContent).toContain('We received your withdrawal on'));
  },
};

/** Simplified Chinese, with Intl money and dates. */
export const ChineseSimplified: Story = {
  parameters: { locale: 'zh-CN' },
  render: () => story('rf-zh', { step: 'resolution', lines: { 'l-shirt': { ...shirt, reasonId: 'changed_mind' } } }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(q(canvasElement, '#step-heading')?.textContent).toContain('处理方式'));
  },
};

/** Right to left: logical properties mirror the layout. */
export const RightToLeft: Story = {
  parameters: { dir: 'rtl' },
  render: () => story('rf-rtl', { step: 'items', lines: { 'l-shirt': shirt } }),
  play: async ({ canvasElement }) => {
    await found(canvasElement, '#select-l-shirt');
  },
};

/** Dark page: the form inherits the colours. */
export const Dark: Story = {
  parameters: { theme: 'dark' },
  render: () =>
    story('rf-dark', { step: 'method', lines: { 'l-shirt': { ...shirt, reasonId: 'changed_mind', resolution: 'store_credit' } } }),
  play: async ({ canvasElement }) => {
    await found(canvasElement, '#method-drop_off');
  },
};

/** A 320 px phone. */
export const Narrow: Story = {
  globals: { viewport: { value: 'narrow' } },
  render: () =>
    html`<div style="max-inline-size: 320px">${story('rf-narrow', { step: 'items', lines: { 'l-shirt': { selected: true, quantity: 2 } } })}</div>`,
  play: async ({ canvasElement }) => {
    await found(canvasElement, '#quantity-l-shirt');
    await expect(form(canvasElement).scrollWidth).toBeLessThanOrEqual(320);
  },
};
