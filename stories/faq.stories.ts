import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createMemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory.js';
import type { FaqEntry } from '../src/domain/faq.js';
import type { RlFaq } from '../src/elements/faq/faq.js';
import { faqEn, faqZh, manyEntries } from './support/faq-data.js';
import { themeArgs, themeArgTypes, themeStyle, type ThemeArgs } from './support/playground.js';

const shadow = (root: HTMLElement, selector = 'rl-faq') => (root.querySelector(selector) as RlFaq).shadowRoot!;

const withAdapter = (options: MemoryAdapterOptions = {}, faq: Record<string, FaqEntry[]> = { default: faqEn, 'default@zh-CN': faqZh }) =>
  createMemoryAdapter({ faq }, options);

const detailsMarkup = html`
  <details id="return-window">
    <summary>How long do I have to return an item?</summary>
    <p>You have <strong>30 days from delivery</strong> to start a return.</p>
  </details>
  <details id="return-cost">
    <summary>Are returns free?</summary>
    <p>Yes, for every eligible item. <a href="#return-window">See the window</a>.</p>
  </details>
  <details id="refund-time">
    <summary>When will I get my refund?</summary>
    <p>Within 5 business days of receiving your parcel.</p>
  </details>
`;

/**
 * An accessible FAQ accordion. Write plain `<details>` inside it — search engines and
 * shoppers without JavaScript read them as they are — or let it load a FAQ set from your
 * backend through `<rl-store>`.
 */
const meta: Meta = {
  title: 'Elements/rl-faq',
  component: 'rl-faq',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** Try the attributes and the theme tokens with the controls below: the story redraws with each change. */
export const Playground: StoryObj<
  ThemeArgs & { source: 'details' | 'adapter'; searchable: boolean; single: boolean; noToggleAll: boolean }
> = {
  args: { source: 'details', searchable: true, single: false, noToggleAll: false, ...themeArgs },
  argTypes: {
    source: {
      control: 'inline-radio',
      options: ['details', 'adapter'],
      description: '`<details>` written in the page, or a FAQ set from the adapter',
    },
    searchable: { control: 'boolean' },
    single: { control: 'boolean' },
    noToggleAll: { name: 'no-toggle-all', control: 'boolean' },
    ...themeArgTypes,
  },
  render: (args) =>
    html`<div style=${themeStyle(args)}>
      ${
        args.source === 'details'
          ? html`<rl-faq ?searchable=${args.searchable} ?single=${args.single} ?no-toggle-all=${args.noToggleAll}>${detailsMarkup}</rl-faq>`
          : html`<rl-store .adapter=${withAdapter()}>
              <rl-faq faq-set="default" ?searchable=${args.searchable} ?single=${args.single} ?no-toggle-all=${args.noToggleAll}></rl-faq>
            </rl-store>`
      }
    </div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('input[type="search"]')).toBeTruthy());
    await expect(shadow(canvasElement).querySelectorAll('button.header').length).toBe(3);
  },
};

/** The README snippet: `<details>` markup, no JavaScript of your own. */
export const FromDetailsMarkup: Story = {
  render: () => html`<rl-faq>${detailsMarkup}</rl-faq>`,
  play: async ({ canvasElement }) => {
    const root = shadow(canvasElement);
    const first = root.querySelector<HTMLButtonElement>('button.header')!;
    await expect(first.getAttribute('aria-expanded')).toBe('false');
    first.click();
    await waitFor(() => expect(first.getAttribute('aria-expanded')).toBe('true'));
  },
};

/** Loaded from the adapter (`faq-set`), answers sanitised. */
export const FromAdapter: Story = {
  render: () => html`<rl-store .adapter=${withAdapter()}><rl-faq faq-set="default"></rl-faq></rl-store>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('button.header').length).toBe(faqEn.length));
  },
};

/** `searchable`: filters as you type, highlights matches, announces the count. */
export const Searchable: Story = {
  render: () => html`<rl-store .adapter=${withAdapter()}><rl-faq faq-set="default" searchable></rl-faq></rl-store>`,
  play: async ({ canvasElement }) => {
    const input = await waitFor(() => {
      const el = shadow(canvasElement).querySelector<HTMLInputElement>('input[type="search"]');
      expect(el).toBeTruthy();
      return el!;
    });
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('button.header').length).toBe(faqEn.length));
    await userEvent.type(input, 'refund');
    // Entries the search filters out stay in place, hidden.
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('.item:not([hidden]) button.header').length).toBe(1));
  },
};

/** `single`: opening one answer closes the others. */
export const Single: Story = {
  render: () => html`<rl-faq single>${detailsMarkup}</rl-faq>`,
};

/** 500 entries with search: filtering stays instant (see `npm run bench`). */
export const LongList: Story = {
  render: () =>
    html`<rl-store .adapter=${withAdapter({}, { default: manyEntries(500) })}><rl-faq faq-set="default" searchable></rl-faq></rl-store>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('button.header').length).toBe(500), { timeout: 5000 });
  },
};

/** While the adapter answers: space is reserved, a polite status says it is loading. */
export const Loading: Story = {
  render: () => html`<rl-store .adapter=${withAdapter({ latencyMs: Infinity })}><rl-faq faq-set="default"></rl-faq></rl-store>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part="loading"]')).toBeTruthy());
  },
};

/** The backend failed (`network`): a clear message and a retry button. */
export const Error: Story = {
  render: () => html`<rl-store .adapter=${withAdapter({ failWith: 'network' })}><rl-faq faq-set="default"></rl-faq></rl-store>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part="retry-button"]')).toBeTruthy());
  },
};

/** A set with no entries. */
export const Empty: Story = {
  render: () => html`<rl-store .adapter=${withAdapter({}, { default: [] })}><rl-faq faq-set="default"></rl-faq></rl-store>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part="empty"]')).toBeTruthy());
  },
};

/** Simplified Chinese: labels from the catalogue, content from the zh-CN set, search works on Chinese text. */
export const ChineseZhCN: Story = {
  parameters: { locale: 'zh-CN' },
  render: () => html`<rl-store locale="zh-CN" .adapter=${withAdapter()}><rl-faq faq-set="default" searchable></rl-faq></rl-store>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('label')?.textContent).toBe('搜索问题'));
  },
};

/** A dark page (`color-scheme: dark`): neutral colours follow the text colour, accents switch. */
export const Dark: Story = {
  parameters: { theme: 'dark' },
  render: () => html`<rl-faq searchable>${detailsMarkup}</rl-faq>`,
};

/** Right-to-left: logical properties mirror the layout. */
export const RightToLeft: Story = {
  parameters: { dir: 'rtl' },
  render: () => html`<rl-faq searchable>${detailsMarkup}</rl-faq>`,
};

/** A 320 px wide phone: nothing overflows, targets stay 44 px. */
export const Narrow320: Story = {
  parameters: { viewport: { defaultViewport: 'narrow' } },
  globals: { viewport: { value: 'narrow' } },
  render: () => html`<div style="max-inline-size:320px"><rl-faq searchable>${detailsMarkup}</rl-faq></div>`,
  play: async ({ canvasElement }) => {
    const faq = canvasElement.querySelector('rl-faq')!;
    await expect(faq.scrollWidth).toBeLessThanOrEqual(320);
  },
};

/** Themed only with CSS custom properties and `::part`. */
export const Themed: Story = {
  render: () => html`
    <style>
      .brand {
        --rl-color-accent: #7a1f5c;
        --rl-radius-m: 0;
        --rl-faq-divider: 2px dotted #7a1f5c;
        --rl-font-family: Georgia, serif;
      }
      .brand::part(question) {
        letter-spacing: 0.02em;
      }
    </style>
    <rl-faq class="brand" searchable>${detailsMarkup}</rl-faq>
  `,
};
