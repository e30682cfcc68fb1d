import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { ReturnlessAdapter } from '../src/adapters/adapter.js';
import { createMemoryAdapter, type MemoryData, type MemoryAdapterOptions } from '../src/adapters/memory.js';
import type { RlReviewForm } from '../src/elements/review-form/review-form.js';
import { themeArgs, themeArgTypes, themed, type ThemeArgs } from './support/playground.js';

const form = (root: HTMLElement) => root.querySelector('rl-review-form') as RlReviewForm;
const shadow = (root: HTMLElement) => form(root).shadowRoot!;

const adapter = (data: MemoryData = {}, options: MemoryAdapterOptions = {}) => createMemoryAdapter(data, options);

/** A fresh product id per story, so drafts from one story do not leak into another. */
let n = 0;
function story(a: ReturnlessAdapter, attrs = '', lang = 'en'): HTMLElement {
  const store = document.createElement('rl-store');
  store.setAttribute('locale', lang);
  store.adapter = a;
  const el = document.createElement('rl-review-form');
  el.setAttribute('product-id', `story-${++n}`);
  if (attrs === 'ask-fit') el.setAttribute('ask-fit', '');
  store.append(el);
  return store;
}

async function fill(root: HTMLElement) {
  const r = shadow(root);
  r.querySelectorAll<HTMLInputElement>('input[name="rating"]')[4]!.click();
  const set = (name: string, value: string) => {
    const el = r.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  set('title', 'Fits like a glove');
  set('body', 'Soft linen, true to size, and the colour is exactly as shown.');
  set('author', 'Mei');
  set('email', 'mei@example.com');
  await form(root).updateComplete;
}

const submit = (root: HTMLElement) => shadow(root).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

/**
 * A review form: star rating, title, body with a counter, optional fit question, name and
 * email, photos and videos, consent for showing them. Drafts survive a reload; a double
 * click sends once.
 */
const meta: Meta = {
  title: 'Elements/rl-review-form',
  component: 'rl-review-form',
  parameters: { layout: 'padded' },
  beforeEach: () => sessionStorage.clear(),
};
export default meta;
type Story = StoryObj;

/** Try the attributes and the theme tokens with the controls below: the story redraws with each change. */
export const Playground: StoryObj<ThemeArgs & { askFit: boolean; maxFiles: number }> = {
  args: { askFit: true, maxFiles: 4, ...themeArgs },
  argTypes: {
    askFit: { name: 'ask-fit', control: 'boolean' },
    maxFiles: { name: 'max-files', control: { type: 'range', min: 0, max: 10 } },
    ...themeArgTypes,
  },
  render: (args) => {
    const store = story(adapter(), args.askFit ? 'ask-fit' : '');
    store.querySelector('rl-review-form')!.setAttribute('max-files', String(args.maxFiles));
    return themed(args, store);
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('input[name="fit"]').length).toBe(3));
  },
};

/** A fresh form (with the fit question, `ask-fit`). */
export const Fresh: Story = {
  render: () => story(adapter(), 'ask-fit'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[role="radiogroup"]')).toBeTruthy());
    // The fit question is in the form's second part, drawn a frame after rating, title and text.
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('input[name="fit"]').length).toBe(3));
  },
};

/** Submitted empty: the error summary at the top, focused, with links to each field. */
export const Errors: Story = {
  render: () => story(adapter()),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('button[type="submit"]')).toBeTruthy());
    submit(canvasElement);
    await waitFor(() => expect(shadow(canvasElement).querySelector('.summary')).toBeTruthy(), { timeout: 5000 });
    await waitFor(() => expect(shadow(canvasElement).activeElement).toBe(shadow(canvasElement).querySelector('.summary')));
    await expect(shadow(canvasElement).querySelectorAll('.summary a').length).toBe(4);
  },
};

/** Sending (a backend that never answers): fields disabled, the button says "Sending…". */
export const Sending: Story = {
  render: () => story(adapter({}, { latencyMs: Infinity })),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('button[type="submit"]')).toBeTruthy());
    await fill(canvasElement);
    submit(canvasElement);
    await waitFor(() => expect(shadow(canvasElement).querySelector('button[type="submit"]')!.getAttribute('aria-disabled')).toBe('true'));
  },
};

/** Published at once. */
export const Published: Story = {
  render: () => story(adapter({ reviewStatus: 'published' })),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('button[type="submit"]')).toBeTruthy());
    await fill(canvasElement);
    submit(canvasElement);
    await waitFor(() => expect(shadow(canvasElement).querySelector('.success')!.textContent).toContain('published'));
  },
};

/** Awaiting moderation. */
export const Pending: Story = {
  render: () => story(adapter({ reviewStatus: 'pending' })),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('button[type="submit"]')).toBeTruthy());
    await fill(canvasElement);
    submit(canvasElement);
    await waitFor(() => expect(shadow(canvasElement).querySelector('.success')!.textContent).toContain('checked'));
  },
};

/** Sending failed: everything typed stays, the reason is announced. */
export const Failed: Story = {
  render: () => story(adapter({}, { failWith: { submitReview: 'network' } })),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('button[type="submit"]')).toBeTruthy());
    await fill(canvasElement);
    submit(canvasElement);
    await waitFor(() => expect(shadow(canvasElement).querySelector('.failure')).toBeTruthy());
  },
};

/** Simplified Chinese, with errors shown. */
export const ChineseZhCN: Story = {
  parameters: { locale: 'zh-CN' },
  render: () => story(adapter(), 'ask-fit', 'zh-CN'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('button[type="submit"]')).toBeTruthy());
    submit(canvasElement);
    // The first submit imports validation and error wording (a chunk of its own): give it time on a busy machine.
    await waitFor(() => expect(shadow(canvasElement).querySelector('.summary')!.textContent).toContain('请'), { timeout: 5000 });
  },
};

/** Right-to-left. */
export const RightToLeft: Story = {
  parameters: { dir: 'rtl' },
  render: () => story(adapter(), 'ask-fit'),
};

/** A dark page, with errors shown. */
export const Dark: Story = {
  parameters: { theme: 'dark' },
  render: () => story(adapter(), 'ask-fit'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('button[type="submit"]')).toBeTruthy());
    submit(canvasElement);
    await waitFor(() => expect(shadow(canvasElement).querySelector('.summary')).toBeTruthy(), { timeout: 5000 });
  },
};

/** A 320 px phone. */
export const Narrow320: Story = {
  parameters: { viewport: { defaultViewport: 'narrow' } },
  globals: { viewport: { value: 'narrow' } },
  render: () => html`<div style="max-inline-size:320px">${story(adapter(), 'ask-fit')}</div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('button[type="submit"]')).toBeTruthy());
    await expect(form(canvasElement).scrollWidth).toBeLessThanOrEqual(320);
  },
};
