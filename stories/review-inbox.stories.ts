import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createMemoryAdapter, type MemoryAdapterOptions, type MemoryData } from '../src/adapters/memory.js';
import type { RlReviewInbox } from '../src/elements/review-inbox/review-inbox.js';
import { inboxReviews, manyPending } from './support/merchant-data.js';

const root = (el: HTMLElement) => (el.querySelector('rl-review-inbox') as RlReviewInbox).shadowRoot!;
const loaded = (el: HTMLElement) => waitFor(() => expect(root(el).querySelector('.review, .empty')).toBeTruthy());
const story = (data: MemoryData, options: MemoryAdapterOptions = {}, locale = 'en') =>
  html`<rl-store locale=${locale} .adapter=${createMemoryAdapter(data, options)}
    ><rl-review-inbox shop-name="Returnless demo shop"></rl-review-inbox
  ></rl-store>`;
const button = (el: HTMLElement, text: string | RegExp) =>
  [...root(el).querySelectorAll('button')].find((b) =>
    typeof text === 'string' ? b.textContent!.includes(text) : text.test(b.textContent!),
  )!;

/**
 * The merchant's review inbox: moderation of each review's text and each photo, and public
 * replies from editable templates. Data comes from the adapter's merchant methods.
 */
const meta: Meta = {
  title: 'Elements/rl-review-inbox',
  component: 'rl-review-inbox',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** Reviews waiting for moderation: text and each photo decided on their own. */
export const Pending: Story = {
  render: () => story({ inbox: inboxReviews() }),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const r = root(canvasElement);
    await expect(r.querySelectorAll('.review')).toHaveLength(2);
    await expect(r.querySelectorAll('[part="media"]')).toHaveLength(3);
    await expect(button(canvasElement, 'Waiting for moderation (2)').getAttribute('aria-pressed')).toBe('true');
  },
};

/** Rejecting without a reason is refused with a message; with a reason it is saved. */
export const RejectNeedsReason: Story = {
  render: () => story({ inbox: inboxReviews() }),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const r = root(canvasElement);
    const photo = r.querySelectorAll('[part="media"]')[1]!;
    const reject = [...photo.querySelectorAll('button')].find((b) => b.textContent!.includes('Reject'))!;
    await userEvent.click(reject);
    await waitFor(() => expect(photo.querySelector('.problem')!.textContent).toContain('Choose a reason'));
    await userEvent.selectOptions(photo.querySelector('select')!, 'personal_data');
    await userEvent.click(reject);
    await waitFor(() =>
      expect(root(canvasElement).querySelectorAll('[part="media"]')[1]!.textContent).toContain('Rejected: Shows personal data'),
    );
  },
};

/** Bulk approve the selected reviews; the counts follow. */
export const BulkApprove: Story = {
  render: () => story({ inbox: inboxReviews() }),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const boxes = root(canvasElement).querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    await userEvent.click(boxes[0]!);
    await userEvent.click(boxes[1]!);
    await userEvent.click(button(canvasElement, 'Approve selected (2)'));
    await waitFor(() => expect(button(canvasElement, 'Needs a reply').textContent).toContain('(4)'));
    await expect(button(canvasElement, 'Waiting for moderation').textContent).toContain('(0)');
  },
};

/** Published reviews without a reply: lowest rating and "not as described"/damage first; a template in the reviewer's language, previewed. */
export const NeedsReply: Story = {
  render: () => story({ inbox: inboxReviews() }),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await userEvent.click(button(canvasElement, 'Needs a reply'));
    // The new list replaces the old one once its answer is drawn.
    await waitFor(() => expect(root(canvasElement).querySelector('.review')!.textContent).toContain('Tom B.'));
    await expect(root(canvasElement).querySelectorAll('.review')).toHaveLength(2);
    const first = root(canvasElement).querySelector('.review')!;
    await expect(first.querySelector('.flag')).toBeTruthy();
    await userEvent.selectOptions(first.querySelector<HTMLSelectElement>('[id^="tpl-"]')!, 'tpl-exchange');
    await waitFor(() => expect(first.querySelector('[part="preview"]')!.textContent).toContain('Dear Tom B.'));
    await expect(first.querySelector('[part="preview"]')!.textContent).toContain('Linen shirt');
    await userEvent.click([...first.querySelectorAll('button')].find((b) => b.textContent!.includes('Publish reply'))!);
    await waitFor(() => expect(button(canvasElement, 'Answered').textContent).toContain('(2)'));
  },
};

/** Answered reviews: edit or delete the reply. A Chinese review gets Chinese templates. */
export const Answered: Story = {
  render: () => story({ inbox: inboxReviews() }),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await userEvent.click(button(canvasElement, 'Answered'));
    await waitFor(() => expect(root(canvasElement).querySelector('.review')!.textContent).toContain('李明'));
    const review = root(canvasElement).querySelector('.review')!;
    await expect(review.getAttribute('lang')).toBe('zh-CN');
    await expect([...review.querySelectorAll('button')].map((b) => b.textContent!.trim())).toContain('Delete reply');
    await userEvent.selectOptions(review.querySelector<HTMLSelectElement>('[id^="tpl-"]')!, 'tpl-refund');
    await waitFor(() => expect(review.querySelector('[part="preview"]')!.textContent).toMatch(/商家回复[\s\S]*李明您好/));
  },
};

/** 23 pending reviews, 10 per page: the place is kept after an action. */
export const Paging: Story = {
  render: () => story({ inbox: manyPending() }),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await userEvent.click(button(canvasElement, 'Next page'));
    await waitFor(() => expect(root(canvasElement).querySelector('[part="pager"] span')!.textContent).toContain('11–20 of 23'));
    const first = root(canvasElement).querySelector('.review')!;
    await userEvent.click([...first.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Approve')!);
    await waitFor(() => expect(root(canvasElement).querySelector('[part="pager"] span')!.textContent).toContain('11–20 of 22'));
  },
};

/** Nothing left to do. */
export const Empty: Story = {
  render: () => story({ inbox: [] }),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await expect(root(canvasElement).querySelector('.empty')!.textContent).toContain('Nothing here');
  },
};

export const Loading: Story = { render: () => story({ inbox: inboxReviews() }, { latencyMs: Infinity }) };

export const Error: Story = {
  render: () => story({ inbox: inboxReviews() }, { failWith: 'network' }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[part="error"]')).toBeTruthy());
  },
};

/** A backend without the merchant methods. */
export const Unavailable: Story = {
  render: () => story({ inbox: inboxReviews() }, { only: ['listReviews'] }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).textContent).toContain('no merchant features'));
  },
};

export const Chinese: Story = {
  parameters: { locale: 'zh-CN' },
  render: () => story({ inbox: inboxReviews() }, {}, 'zh-CN'),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await expect(root(canvasElement).textContent).toContain('待审核');
  },
};

export const Dark: Story = { parameters: { theme: 'dark' }, render: () => story({ inbox: inboxReviews() }) };

/** 320 px wide: nothing scrolls sideways (the width is set through the CSSOM; no style attributes). */
export const Narrow: Story = {
  parameters: { viewport: { defaultViewport: 'narrow' } },
  globals: { viewport: { value: 'narrow' } },
  render: () => html`<div class="frame">${story({ inbox: inboxReviews() })}</div>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLElement>('.frame')!.style.inlineSize = '320px';
    await loaded(canvasElement);
    const el = canvasElement.querySelector('rl-review-inbox')!;
    await waitFor(() => expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320));
    for (const part of root(canvasElement).querySelectorAll<HTMLElement>('.review, [part="filters"], [part="views"]'))
      await expect(part.scrollWidth).toBeLessThanOrEqual(part.clientWidth + 1);
  },
};
