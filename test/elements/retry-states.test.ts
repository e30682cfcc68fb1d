/** Policy and size-chart error states offer "Try again" like every other element, and it works. */
import { afterEach, describe, expect, it } from 'vitest';
import type { ReturnlessAdapter } from '../../src/adapters/adapter.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import '../../src/elements/return-policy/define.js';
import '../../src/elements/size-guide/define.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { returnPolicy, shirtChart } from '../../stories/support/return-form-data.js';
import { $, cleanup, fixture, settle, waitFor } from '../helpers.js';

/** An adapter whose first answer from `method` fails the schema, and later ones are right. */
function flaky(adapter: ReturnlessAdapter, method: 'getSizeChart' | 'getReturnPolicy'): ReturnlessAdapter {
  let calls = 0;
  const real = adapter[method]! as (...a: unknown[]) => Promise<unknown>;
  return { ...adapter, [method]: (...args: unknown[]) => (calls++ === 0 ? Promise.resolve({ broken: true }) : real(...args)) };
}

async function mount(markup: string, adapter: ReturnlessAdapter) {
  const store = await fixture<RlStore>(`<rl-store>${markup}</rl-store>`);
  store.adapter = adapter;
  await settle(store);
  return store.firstElementChild as HTMLElement;
}

afterEach(cleanup);

describe('Try again after an answer that failed its checks', () => {
  it('rl-size-guide', async () => {
    const adapter = flaky(createMemoryAdapter({ sizeCharts: { shirts: shirtChart }, productCharts: { tee: 'shirts' } }), 'getSizeChart');
    const guide = await mount(`<rl-size-guide mode="inline" product-id="tee"></rl-size-guide>`, adapter);
    const retry = await waitFor(() => $<HTMLButtonElement>(guide, '[part="error"] [part="retry-button"]'));
    expect(retry.textContent!.trim()).toBe('Try again');
    retry.click();
    await waitFor(() => $(guide, 'table'));
  });

  it('rl-return-policy', async () => {
    const adapter = flaky(createMemoryAdapter({ policy: returnPolicy }), 'getReturnPolicy');
    const el = await mount(`<rl-return-policy variant="summary"></rl-return-policy>`, adapter);
    const retry = await waitFor(() => $<HTMLButtonElement>(el, '[part="retry-button"]'));
    expect(retry.textContent!.trim()).toBe('Try again');
    retry.click();
    await waitFor(() => !$(el, '[part="fallback"]') && !$(el, '[aria-busy="true"]') && el.shadowRoot!.textContent!.includes('30'));
  });
});
