/**
 * On a right-to-left page the size chart's ranges still read low to high: the en dash between two
 * numbers does not bind them in an RTL paragraph, so "84–89" was drawn as "89–84". Read from the
 * drawn positions of the two numbers.
 */
import { afterEach, expect, it } from 'vitest';
import '../../src/elements/size-guide/define.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { $$, cleanup, fixture, settle, waitFor } from '../helpers.js';
import { chestChart, teeAdapter } from '../fixtures/size-chart.js';

const tops = chestChart({ id: 'S', min: 84, max: 89 });

afterEach(cleanup);

it('draws a range low to high on a right-to-left page', async () => {
  const store = await fixture<RlStore>(
    '<div dir="rtl"><rl-store><rl-size-guide mode="inline" product-id="tee"></rl-size-guide></rl-store></div>',
    'rl-store',
  );
  store.adapter = teeAdapter(tops);
  const guide = store.querySelector('rl-size-guide')!;
  const cell = await waitFor(() => $$(guide, 'tbody td')[0]);
  await settle(store);
  expect(cell.textContent!.trim()).toBe('84–89');

  // Where each number is drawn: "84" must sit to the left of "89".
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  let text: Text | null = null;
  while (walker.nextNode()) if (walker.currentNode.textContent!.includes('84')) text = walker.currentNode as Text;
  const at = (from: number) => {
    const range = document.createRange();
    range.setStart(text!, from);
    range.setEnd(text!, from + 2);
    return range.getBoundingClientRect().left;
  };
  const start = text!.textContent!.indexOf('84');
  expect(at(start), '"84" left of "89"').toBeLessThan(at(text!.textContent!.indexOf('89')));
  expect(start).toBeGreaterThanOrEqual(0);
});
