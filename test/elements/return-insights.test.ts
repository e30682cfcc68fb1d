import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { ReturnInsights } from '../../src/domain/insights.js';
import '../../src/elements/return-insights/define.js';
import type { RlReturnInsights } from '../../src/elements/return-insights/return-insights.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { cleanup, fixture, settle, waitFor } from '../helpers.js';

const data: ReturnInsights = {
  from: '2026-09-01',
  to: '2026-11-29',
  previousFrom: '2026-06-03',
  previousTo: '2026-08-31',
  reasonLabels: [{ id: 'damaged', label: 'Damaged' }],
  products: [
    { productId: 'a', title: '=HYPERLINK("x")', sold: 100, returned: 40, rate: 0.4 },
    { productId: 'b', title: 'B', sold: 100, returned: 10, rate: 0.1 },
    { productId: 'c', title: 'C', sold: 0, returned: 0, rate: null },
  ],
  variants: [],
  reasons: [{ productId: 'a', reasonId: 'damaged', carrier: null, count: 4, previous: 1 }],
  sizes: [],
  evidence: [],
  suggestions: [],
  catalog: [],
};

async function mount(attrs = '', insights: ReturnInsights = data) {
  const store = await fixture<RlStore>(`<rl-store><rl-return-insights ${attrs}></rl-return-insights></rl-store>`);
  store.adapter = createMemoryAdapter({ insights });
  const el = store.querySelector('rl-return-insights') as RlReturnInsights;
  await settle(store.parentElement!);
  await waitFor(() => el.shadowRoot!.querySelector('table'));
  return el;
}

afterEach(cleanup);

describe('rl-return-insights', () => {
  it('paints bars in proportion to the numbers in the table', async () => {
    const el = await mount('from="2026-09-01" to="2026-11-29"');
    const bars = [...el.shadowRoot!.querySelectorAll('[part="chart"]')[0]!.querySelectorAll('.bar')];
    const widths = bars.map((b) => b.getBoundingClientRect().width);
    expect(widths).toHaveLength(2); // products without sales have no bar
    expect(widths[0]! / widths[1]!).toBeCloseTo(4, 1);
    const cells = [...el.shadowRoot!.querySelectorAll('table')[0]!.querySelectorAll('tbody td:last-child')].map((c) => c.textContent);
    expect(cells).toEqual(['40%', '10%', 'No sales']);
  });

  it('gives a fit note’s evidence as counts, so a few disagreeing votes read as few', async () => {
    const fitNote = {
      id: 'fit_note:a:small',
      kind: 'fit_note',
      productId: 'a',
      productTitle: 'Linen shirt',
      tendency: 'small',
      count: 11,
      of: 12,
      agree: 0,
      votes: 4,
      owned: true,
      accepted: false,
    } as const;
    const el = await mount('', {
      ...data,
      suggestions: [fitNote, { ...fitNote, id: 'fit_note:b:small', productId: 'b', productTitle: 'B', agree: null, votes: 0 }],
    });
    await waitFor(() => el.shadowRoot!.querySelectorAll('.evidence-text').length === 2);
    const evidence = [...el.shadowRoot!.querySelectorAll('.evidence-text')].map((e) => e.textContent);
    expect(evidence).toEqual(['(11 of 12 size returns say too small; 0 of 4 fit votes agree)', '(11 of 12 size returns say too small)']);
  });

  it('keeps a Chinese product name on one line on a phone: the table scrolls instead', async () => {
    const products = [{ productId: 'p', title: '儿童防雨派克大衣', sold: 8, returned: 1, rate: 0.125 }];
    const sizes = [{ productId: 'p', size: '116', sold: 8, tooSmall: 0, tooLarge: 1, fit: { small: 0, true: 0, large: 0 } }];
    const catalog = [{ id: 'p', title: '儿童防雨派克大衣' }];
    const el = await mount('lang="zh-CN"', { ...data, products, sizes, catalog });
    el.style.inlineSize = '320px';
    await waitFor(() => el.shadowRoot!.querySelectorAll('table').length >= 3);
    const names = [...el.shadowRoot!.querySelectorAll('th[scope="row"]')].filter((th) => th.textContent!.includes('儿童防雨派克大衣'));
    expect(names).toHaveLength(2); // the return rates and the sizes
    // One line box each (a cell is as tall as its row, so its text is measured, not the cell).
    const lines = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    expect(names.map(lines)).toEqual([1, 1]);
  });

  it('keeps a chart’s words at the text’s size on a phone, and its bars in proportion', async () => {
    const el = await mount();
    el.style.inlineSize = '320px';
    const chart = el.shadowRoot!.querySelector('[part="chart"]')!;
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toBeTruthy();
    const label = chart.querySelector('.chart-label, text')!;
    expect(label.getBoundingClientRect().height).toBeGreaterThanOrEqual(12);
    expect(chart.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    const widths = [...chart.querySelectorAll('.bar')].map((b) => b.getBoundingClientRect().width);
    expect(widths[0]! / widths[1]!).toBeCloseTo(4, 1);
  });

  it('exports what is shown as CSV, formulas defused', async () => {
    const el = await mount();
    (el.shadowRoot!.querySelector('[part="download"]') as HTMLButtonElement).click();
    const lines = el.lastCsv!.split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")",,100,40,0.4`);
    expect(lines).toContain('Damaged,4,1,1,up');
  });

  it('asks for the last 90 days by default', async () => {
    const el = await mount('to="2026-11-29"');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[name="from"]')!.value).toBe('2026-09-01');
  });
});
