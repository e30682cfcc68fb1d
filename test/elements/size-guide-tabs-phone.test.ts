/**
 * On a phone the size guide's three tabs share one row, their names wrapping if they must: at
 * 390px "Find my size" sat alone on a second row (and at 320px too), under a tab list that read
 * as two.
 */
import { afterEach, expect, it } from 'vitest';
import '../../src/elements/size-guide/define.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { $$, cleanup, fixture, settle, waitFor } from '../helpers.js';
import { chestChart, teeAdapter } from '../fixtures/size-chart.js';

const tops = chestChart({ id: 'S', min: 84, max: 89 }, [{ title: 'Chest', text: 'Around the fullest part.' }]);

afterEach(cleanup);

for (const column of [288, 358]) {
  it(`puts the three tabs on one row in a ${column}px column`, async () => {
    const store = await fixture<RlStore>('<rl-store><rl-size-guide mode="inline" product-id="tee"></rl-size-guide></rl-store>');
    store.parentElement!.style.inlineSize = `${column}px`;
    store.parentElement!.style.fontFamily = 'system-ui, sans-serif';
    store.adapter = teeAdapter(tops);
    const guide = store.querySelector('rl-size-guide')!;
    const tabs = await waitFor(() => {
      const found = $$(guide, '[role="tab"]');
      return found.length === 3 ? found : undefined;
    });
    await settle(store);
    const boxes = tabs.map((tab) => tab.getBoundingClientRect());
    expect(new Set(boxes.map((b) => Math.round(b.top))).size, 'rows of tabs').toBe(1);
    for (const box of boxes) expect(box.height).toBeGreaterThanOrEqual(44);
    const list = tabs[0]!.parentElement!;
    expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth);
  });
}
