import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { createMemoryAdapter } from '../src/adapters/memory.js';
import type { RlFaq } from '../src/elements/faq/faq.js';
import { faqEn } from './support/faq-data.js';

/**
 * `<rl-store>` configures every Returnless element inside it: the adapter (`api` attribute
 * or `adapter` property), `locale`, `currency` and `country`. It renders nothing itself.
 * Invalid values log one console error naming the field and the fix, and are ignored.
 */
const meta: Meta = {
  title: 'Elements/rl-store',
  component: 'rl-store',
};
export default meta;
type Story = StoryObj;

const faqOf = (root: HTMLElement) => root.querySelector('rl-faq') as RlFaq;

/** Attributes: `locale`, `currency`, `country`, and an adapter. */
export const Configured: Story = {
  render: () =>
    html`<rl-store locale="en" currency="EUR" country="DE" .adapter=${createMemoryAdapter({ faq: { default: faqEn } })}>
      <rl-faq faq-set="default"></rl-faq>
    </rl-store>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(faqOf(canvasElement).shadowRoot!.querySelectorAll('button.header').length).toBe(faqEn.length));
  },
};

/** The same keys in a JSON child: handy in Liquid or PHP templates. */
export const JsonConfig: Story = {
  render: () =>
    html`<rl-store .adapter=${createMemoryAdapter({ faq: { default: faqEn } })}>
      <script type="application/json">
        { "locale": "zh-CN", "currency": "CNY", "country": "CN" }
      </script>
      <rl-faq faq-set="default"></rl-faq>
    </rl-store>`,
};

/**
 * Invalid values (`currency="euro"`, `locale="english please"`, `api="javascript:…"`): each
 * logs one console error naming the field and the fix; the elements fall back quietly
 * (English, no currency) instead of breaking.
 */
export const ConfigErrors: Story = {
  render: () =>
    html`<rl-store currency="euro" country="Germany" locale="english please" api="javascript:alert(1)">
      <rl-faq>
        <details><summary>Is this FAQ still working?</summary>Yes: bad config is reported in the console and ignored.</details>
        <details><summary>Which language does it use?</summary>The page's, since the locale was invalid.</details>
      </rl-faq>
    </rl-store>`,
  play: async ({ canvasElement }) => {
    const faq = faqOf(canvasElement);
    await waitFor(() => expect(faq.shadowRoot!.querySelectorAll('button.header').length).toBe(2));
  },
};

/** A store whose JSON child does not parse: reported, ignored. */
export const BrokenJson: Story = {
  render: () =>
    html`<rl-store>
      <script type="application/json">{ locale: en }</script>
      <rl-faq><details><summary>Still here?</summary>Yes.</details></rl-faq>
    </rl-store>`,
};
