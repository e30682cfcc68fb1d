/**
 * Chinese pages (`<html lang="en">`, `<rl-store locale="zh-CN">`, an English browser): texts the
 * backend writes are requested in the element's locale, never left to the browser's language,
 * and Chinese text uses Chinese punctuation (（还剩 20 天）, 厘米、千克).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { SizeChart } from '../../src/domain/size-chart.js';
import '../../src/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { returnAdapter } from '../../stories/support/return-form-data.js';
import { $, cleanup, fixture, settle, waitFor } from '../helpers.js';

beforeEach(() => {
  sessionStorage.clear();
  document.documentElement.lang = 'en';
});
afterEach(cleanup);

async function inStore(
  markup: string,
  adapter: Parameters<typeof createMemoryAdapter>[0] | ReturnType<typeof createMemoryAdapter>,
  plain = false,
) {
  const store = await fixture<RlStore>(`<rl-store locale="zh-CN">${markup}</rl-store>`);
  store.adapter = plain ? (adapter as ReturnType<typeof createMemoryAdapter>) : createMemoryAdapter(adapter as never);
  await settle(store);
  return store.firstElementChild as HTMLElement;
}

describe('server texts in the element’s locale', () => {
  it('rl-return-form sends locale with the lookup, the reasons and the status', async () => {
    const adapter = returnAdapter();
    const lookup = vi.spyOn(adapter, 'lookupOrder');
    const reasons = vi.spyOn(adapter, 'getReturnReasons');
    const form = await inStore(`<rl-return-form order="1001" email="ada@example.com"></rl-return-form>`, adapter, true);
    $<HTMLButtonElement>(form, '[part="next-button"]')!.click();
    await waitFor(() => reasons.mock.calls.length > 0);
    expect(lookup.mock.calls[0]![0]).toMatchObject({ locale: 'zh-CN' });
    expect(reasons.mock.calls[0]![0]).toMatchObject({ locale: 'zh-CN' });
  });
});

describe('Chinese punctuation', () => {
  it('a line that cannot be returned is labelled with a full-width colon', async () => {
    const form = await inStore(`<rl-return-form order="1001" email="ada@example.com"></rl-return-form>`, returnAdapter(), true);
    $<HTMLButtonElement>(form, '[part="next-button"]')!.click();
    await waitFor(() => form.shadowRoot!.querySelector('[part~="line-blocked"]'));
    const blocked = form.shadowRoot!.querySelector('[part~="line-blocked"] .line-status')!.textContent!;
    expect(blocked).toMatch(/^不可退货：/);
    expect(blocked).not.toMatch(/:/);
  });

  it('days left in full-width brackets, without a space', async () => {
    const delivered = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    const el = await inStore(`<rl-return-policy product-id="p" delivered-at="${delivered}"></rl-return-policy>`, {
      policy: {
        countries: ['DE'],
        category: 'MerchantReturnFiniteReturnWindow',
        days: 30,
        windowStart: 'delivery',
        fee: { kind: 'free' },
        methods: ['mail'],
        refundTypes: ['refund'],
        exceptions: [],
      },
    });
    await waitFor(() => /还剩/.test(el.shadowRoot!.textContent!));
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).toMatch(/退货（还剩 \d+ 天）/);
    expect(text).not.toMatch(/ \(/);
  });

  it('unit lists with 、 and unit names in （）', async () => {
    const chart: SizeChart = {
      id: 'kids',
      title: '童装',
      measurements: [
        { key: 'height', label: '身高', kind: 'body', unit: 'cm' },
        { key: 'weight', label: '体重', kind: 'body', unit: 'kg' },
      ],
      sizes: [{ id: '110', label: '110', ranges: { height: { min: 104, max: 110 }, weight: { min: 16, max: 19 } }, labels: {} }],
      howToMeasure: [],
    };
    const el = await inStore(`<rl-size-guide chart-id="kids" mode="inline"></rl-size-guide>`, { sizeCharts: { kids: chart } });
    await waitFor(() => $(el, 'table'));
    expect($(el, 'caption')!.textContent).toContain('厘米、千克');
    expect($(el, 'thead')!.textContent!.replace(/\s+/g, '')).toContain('身高（厘米）');
    expect(el.shadowRoot!.textContent).not.toMatch(/厘米 \/ 千克|\(厘米\)/);
  });
});
