/**
 * Issue 16: a closed size guide (a button on the product page) reads no storage. A page's first
 * localStorage read is a long synchronous call (the browser loads the origin's storage); it
 * was the longest part of the guide's first render. The remembered units are read when the
 * table is first drawn.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { SizeChart } from '../../src/domain/size-chart.js';
import '../../src/elements/size-guide/define.js';
import type { RlSizeGuide } from '../../src/elements/size-guide/size-guide.js';
import { PREFS_KEY } from '../../src/elements/size-guide/size-prefs.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { $, cleanup, fixture, waitFor } from '../helpers.js';

const tops: SizeChart = {
  id: 'tops',
  title: 'Tops',
  measurements: [{ key: 'chest', label: 'Chest', kind: 'body', unit: 'cm' }],
  sizes: [{ id: 'M', label: 'M', ranges: { chest: { min: 90, max: 95 } }, labels: {} }],
  howToMeasure: [],
};

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.removeItem(PREFS_KEY);
});

it('reads the remembered units only when the guide opens, and then uses them', async () => {
  localStorage.setItem(PREFS_KEY, JSON.stringify({ units: 'imperial' }));
  const reads = vi.spyOn(Storage.prototype, 'getItem');
  const store = await fixture<RlStore>(`<rl-store><rl-size-guide product-id="tee"></rl-size-guide></rl-store>`);
  store.adapter = createMemoryAdapter({ sizeCharts: { tops }, productCharts: { tee: 'tops' } });
  const guide = store.querySelector<RlSizeGuide>('rl-size-guide')!;
  await guide.updateComplete;
  expect($(guide, 'button')).not.toBeNull();
  expect(reads.mock.calls.filter(([key]) => key === PREFS_KEY)).toHaveLength(0);
  await guide.show();
  await waitFor(() => $(guide, 'table'));
  expect(reads.mock.calls.filter(([key]) => key === PREFS_KEY).length).toBeGreaterThan(0);
  expect(guide.units).toBe('imperial');
  expect($(guide, 'caption')!.textContent).toContain('in');
});
