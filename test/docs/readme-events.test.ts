/**
 * The README's Events section is a promise: "action events" never fire without the shopper, and
 * whatever fires on load is listed under "state events". Every element is mounted with data and
 * left alone; every rl- event that reaches the document must be a documented state event.
 */
import { afterEach, expect, it } from 'vitest';
import readme from '../../README.md?raw';
import manifest from '../../custom-elements.json';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import '../../src/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { faqEn } from '../../stories/support/faq-data.js';
import { returnData, shirtChart } from '../../stories/support/return-form-data.js';
import { cleanup, fixture, settle } from '../helpers.js';

/** Event names in the first column of the table that follows `heading` in the Events section. */
function eventsUnder(heading: string): string[] {
  const section = readme.slice(readme.indexOf('## Events'), readme.indexOf('## Elements'));
  const start = section.indexOf(heading);
  expect(start, `README Events section has "${heading}"`).toBeGreaterThan(-1);
  const table = section.slice(start).split('\n\n')[1] ?? '';
  return table
    .split('\n')
    .slice(2)
    .flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`(rl-[a-z-]+)`/g)].map((m) => m[1]!));
}

afterEach(cleanup);

it('only documented state events fire on load, and every element event is documented as one kind', async () => {
  const state = eventsUnder('**State events**');
  const action = eventsUnder('**Action events**');
  expect(state).toContain('rl-policy-eligibility');
  expect(state.filter((e) => action.includes(e))).toEqual([]);

  // Every @event of every element (custom-elements.json) is in one of the two tables.
  const declared = manifest.modules.flatMap((m) =>
    (m.declarations ?? []).flatMap((d) => ('events' in d ? (d.events ?? []).map((e) => e.name) : [])),
  );
  for (const name of new Set(declared.filter((n) => n.startsWith('rl-')))) expect([...state, ...action], name).toContain(name);

  const fired: string[] = [];
  const names = new Set(declared);
  const listen = (e: Event) => fired.push(e.type);
  for (const name of names) document.addEventListener(name, listen);
  try {
    const data = { ...returnData(), faq: { default: faqEn }, sizeCharts: { shirts: shirtChart }, productCharts: { shirt: 'shirts' } };
    const store = await fixture<RlStore>(`<rl-store>
      <rl-faq faq-set="default" searchable></rl-faq>
      <rl-return-policy product-id="shirt" delivered-at="${new Date().toISOString().slice(0, 10)}"></rl-return-policy>
      <rl-return-policy variant="full"></rl-return-policy>
      <rl-size-guide product-id="shirt" mode="inline"></rl-size-guide>
      <rl-reviews product-id="shirt"></rl-reviews>
      <rl-review-form product-id="shirt"></rl-review-form>
      <rl-media-uploader name="photos"></rl-media-uploader>
      <rl-return-form></rl-return-form>
    </rl-store>`);
    store.adapter = createMemoryAdapter(data);
    await settle(store);
    await new Promise((r) => setTimeout(r, 1000));
    await settle(store);
  } finally {
    for (const name of names) document.removeEventListener(name, listen);
  }
  expect(fired).toContain('rl-policy-eligibility');
  for (const name of fired) expect(state, `${name} fired on load`).toContain(name);
});
