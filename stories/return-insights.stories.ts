import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createMemoryAdapter, type MemoryAdapterOptions, type MemoryData } from '../src/adapters/memory.js';
import type { RlReturnInsights } from '../src/elements/return-insights/return-insights.js';
import { emptyInsights, insightsData } from './support/merchant-data.js';

const el = (c: HTMLElement) => c.querySelector('rl-return-insights') as RlReturnInsights;
const root = (c: HTMLElement) => el(c).shadowRoot!;
const loaded = (c: HTMLElement) => waitFor(() => expect(root(c).querySelector('table')).toBeTruthy());
const story = (data: MemoryData, options: MemoryAdapterOptions = {}, locale = 'en') =>
  html`<div class="frame">
    <rl-store locale=${locale} .adapter=${createMemoryAdapter(data, options)}
      ><rl-return-insights from="2026-09-01" to="2026-11-29"></rl-return-insights
    ></rl-store>
  </div>`;

/**
 * Why products come back: return rates, ranked reasons with trend, sizes beside fit votes,
 * evidence, and suggestions. Data comes from the adapter's `getReturnInsights`.
 */
const meta: Meta = {
  title: 'Elements/rl-return-insights',
  component: 'rl-return-insights',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** A period with returns: charts, tables with the same numbers, suggestions with evidence. */
export const Overview: Story = {
  render: () => story({ insights: insightsData() }),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const r = root(canvasElement);
    // The chart and the table show the same numbers.
    const chartValues = [...r.querySelectorAll('[part="chart"]')[0]!.querySelectorAll('.value')].map((t) => t.textContent);
    const tableRates = [...r.querySelectorAll('table')[0]!.querySelectorAll('tbody tr td:last-child')].map((t) => t.textContent);
    await expect(tableRates.slice(0, 3)).toEqual(chartValues);
    await expect(tableRates[3]).toBe('No sales');
    // Bars are painted in proportion: the highest rate has the longest bar.
    const widths = [...r.querySelectorAll('[part="chart"]')[0]!.querySelectorAll('.bar')].map((b) => b.getBoundingClientRect().width);
    await expect(widths[0]).toBe(Math.max(...widths));
    const text = r.querySelector('[part="suggestions"]')!.textContent!.replace(/\s+/g, ' ');
    await expect(text).toContain('Mark Linen shirt as runs small (47 of 60 size returns say too small; 17 of 36 fit votes agree)');
    await expect(text).toContain('Check the packaging of Stoneware mug (12 damaged on arrival, nearly all via Parcelo)');
    await expect(r.querySelector('tbody')!.textContent).toContain('Linen shirt');
  },
};

/** Accepting the fit note (Returnless owns it) shows it to shoppers. */
export const AcceptFitNote: Story = {
  render: () => story({ insights: insightsData() }),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const accept = [...root(canvasElement).querySelectorAll('button')].find((b) => b.textContent!.includes('Accept'))!;
    await userEvent.click(accept);
    await waitFor(() =>
      expect(root(canvasElement).querySelector('.accepted')!.textContent).toContain('shown in the size guide and the reviews'),
    );
  },
};

/** The comments and photos behind a reason, in a disclosure. */
export const Evidence: Story = {
  render: () => story({ insights: insightsData() }),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const details = root(canvasElement).querySelectorAll<HTMLDetailsElement>('[part="evidence"]');
    await expect(details.length).toBe(3);
    await userEvent.click(details[0]!.querySelector('summary')!);
    await expect(details[0]!.open).toBe(true);
  },
};

/** CSV of what is shown. */
export const Csv: Story = {
  render: () => story({ insights: insightsData() }),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await userEvent.click(root(canvasElement).querySelector<HTMLButtonElement>('[part="download"]')!);
    const csv = el(canvasElement).lastCsv!;
    await expect(csv.split('\r\n')[1]).toBe('Linen shirt,,300,78,0.26');
    await expect(csv).toContain('Too small,47,');
  },
};

/** One product picked: the adapter is asked for that product only. */
export const OneProduct: Story = {
  render: () => story({ insights: insightsData() }),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await userEvent.selectOptions(root(canvasElement).querySelector('select')!, 'ceramic-mug');
    await userEvent.click([...root(canvasElement).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Show')!);
    await waitFor(() => expect(root(canvasElement).querySelectorAll('table')[0]!.querySelectorAll('tbody tr')).toHaveLength(1));
  },
};

/** A start after the end is refused with a message; nothing is lost. */
export const BadRange: Story = {
  render: () => story({ insights: insightsData() }),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const [from] = root(canvasElement).querySelectorAll<HTMLInputElement>('input[type="date"]');
    from!.value = '2026-12-31';
    await userEvent.click([...root(canvasElement).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Show')!);
    await waitFor(() => expect(root(canvasElement).querySelector('.problem')!.textContent).toContain('must not be after'));
    await expect(from!.value).toBe('2026-12-31');
  },
};

/** A period without orders. */
export const Empty: Story = {
  render: () => story({ insights: emptyInsights() }),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await expect(root(canvasElement).textContent).toContain('No orders in this period');
    await expect(root(canvasElement).textContent).toContain('No suggestions');
  },
};

export const Loading: Story = { render: () => story({ insights: insightsData() }, { latencyMs: Infinity }) };

export const Error: Story = {
  render: () => story({ insights: insightsData() }, { failWith: 'network' }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[part="error"]')).toBeTruthy());
  },
};

export const Unavailable: Story = {
  render: () => story({ insights: insightsData() }, { only: ['listReviews'] }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).textContent).toContain('no return insights'));
  },
};

export const Chinese: Story = {
  parameters: { locale: 'zh-CN' },
  render: () => story({ insights: insightsData() }, {}, 'zh-CN'),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await expect(root(canvasElement).textContent).toContain('退货原因');
  },
};

export const Dark: Story = { parameters: { theme: 'dark' }, render: () => story({ insights: insightsData() }) };

/** 320 px wide: tables scroll inside their own region, the page does not. */
export const Narrow: Story = {
  parameters: { viewport: { defaultViewport: 'narrow' } },
  globals: { viewport: { value: 'narrow' } },
  render: () => story({ insights: insightsData() }),
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLElement>('.frame')!.style.inlineSize = '320px';
    await loaded(canvasElement);
    const host = el(canvasElement);
    await waitFor(() => expect(host.scrollWidth).toBeLessThanOrEqual(321));
  },
};
