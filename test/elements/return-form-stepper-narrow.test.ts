/**
 * On a 320px phone (a 288px column) the step indicator keeps its six steps on one row: the current
 * step's name wraps instead. It used to wrap as a whole, leaving a lone "6" on a second row on the
 * first step, and the current step alone on a second row on the last one.
 */
import { afterEach, expect, it } from 'vitest';
import '../../src/elements/return-form/define.js';
import type { RlReturnForm } from '../../src/elements/return-form/return-form.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { returnAdapter } from '../../stories/support/return-form-data.js';
import { $$, cleanup, fixture, settle, waitFor } from '../helpers.js';

afterEach(() => {
  document.documentElement.style.fontSize = '';
  cleanup();
  sessionStorage.clear();
});

it('keeps every step of the indicator on one row in a 288px column', async () => {
  const store = await fixture<RlStore>('<rl-store></rl-store>');
  store.adapter = returnAdapter();
  // A 320px phone less the page's 16px margins, in a shop's usual sans-serif (wider than the
  // test page's default serif).
  store.parentElement!.style.inlineSize = '288px';
  store.parentElement!.style.fontFamily = 'system-ui, sans-serif';
  const form = document.createElement('rl-return-form') as RlReturnForm;
  store.append(form);
  await settle(store);
  const numbers = await waitFor(() => {
    const found = $$(form, '.stepper-number');
    return found.length === 6 ? found : undefined;
  });
  const rows = new Set(numbers.map((n) => Math.round(n.getBoundingClientRect().top)));
  expect([...rows], 'the tops of the six step numbers').toHaveLength(1);
  // Each number stays a round badge (not squeezed by the row).
  for (const n of numbers) {
    const box = n.getBoundingClientRect();
    expect(Math.abs(box.width - box.height)).toBeLessThan(1);
  }
  // Nothing sticks out of the column.
  const nav = $$(form, '.stepper')[0]!;
  expect(nav.scrollWidth).toBeLessThanOrEqual(nav.clientWidth);

  // Text at 200% on a 390px phone: the row may wrap, but nothing runs off the column.
  store.parentElement!.style.inlineSize = '358px';
  document.documentElement.style.fontSize = '200%';
  await new Promise(requestAnimationFrame);
  expect(nav.scrollWidth, 'stepper at 200% text').toBeLessThanOrEqual(nav.clientWidth);
  expect(form.getBoundingClientRect().width, 'form at 200% text').toBeLessThanOrEqual(358);
});
