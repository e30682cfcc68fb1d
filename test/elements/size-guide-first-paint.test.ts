/**
 * Issue 16: a closed size guide (a button on the product page) is just its button: the dialog
 * and the guide's code load on opening (or on a pointer over the button). It reads no storage. A page's first
 * localStorage read is a long synchronous call (the browser loads the origin's storage); it
 * was the longest part of the guide's first render. The remembered units are read when the
 * table is first drawn.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/elements/size-guide/define.js';
import type { RlSizeGuide } from '../../src/elements/size-guide/size-guide.js';
import { PREFS_KEY } from '../../src/elements/size-guide/size-prefs.js';
import { unitName } from '../../src/elements/size-guide/size-guide-view.js';
import { intlUnit } from '../../src/domain/size-conversion.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { $, cleanup, fixture, waitFor } from '../helpers.js';
import { spyOnIntlFormatters } from './intl-spy.js';
import { chestChart, teeAdapter } from '../fixtures/size-chart.js';

const tops = chestChart({ id: 'M', min: 90, max: 95 });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.removeItem(PREFS_KEY);
});

it('reads the remembered units only when the guide opens, and then uses them', async () => {
  localStorage.setItem(PREFS_KEY, JSON.stringify({ units: 'imperial' }));
  const reads = vi.spyOn(Storage.prototype, 'getItem');
  const store = await fixture<RlStore>(`<rl-store><rl-size-guide product-id="tee"></rl-size-guide></rl-store>`);
  store.adapter = teeAdapter(tops);
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

it("draws only its button while closed; a pointer on it fetches the guide's code, and opening draws the dialog", async () => {
  const store = await fixture<RlStore>(`<rl-store><rl-size-guide product-id="tee"></rl-size-guide></rl-store>`);
  store.adapter = teeAdapter(tops);
  const guide = store.querySelector<RlSizeGuide>('rl-size-guide')!;
  await guide.updateComplete;
  // The dialog, its styles and the chart's code come with opening (issue 16), not with the button.
  expect([...guide.shadowRoot!.querySelectorAll('button, dialog')].map((el) => el.getAttribute('part'))).toEqual(['trigger']);
  const sheets = guide.shadowRoot!.adoptedStyleSheets.length;
  await userEvent.hover($(guide, '[part="trigger"]')!);
  await waitFor(() => guide.shadowRoot!.adoptedStyleSheets.length > sheets);
  expect($(guide, 'dialog')).toBeNull();
  await guide.show();
  expect($<HTMLDialogElement>(guide, '[part="dialog"]')!.open).toBe(true);
  guide.hide();
  await waitFor(() => !guide.open && guide.shadowRoot!.activeElement === $(guide, '[part="trigger"]'));
});

it("opens in Chinese on a Chinese page: the dialog, which comes with the guide's code, says its title and close label in Chinese", async () => {
  const store = await fixture<RlStore>(`<rl-store locale="zh-CN"><rl-size-guide product-id="tee"></rl-size-guide></rl-store>`);
  store.adapter = teeAdapter(tops, { latencyMs: 300 });
  const guide = store.querySelector<RlSizeGuide>('rl-size-guide')!;
  await guide.updateComplete;
  const titles: string[] = [];
  const seen = new MutationObserver(() => titles.push($(guide, 'dialog h2')?.textContent ?? ''));
  seen.observe(guide.shadowRoot!, { subtree: true, childList: true, characterData: true });
  await guide.show();
  expect($(guide, '[part="close"]')!.getAttribute('aria-label')).toBe('关闭尺码指南');
  await waitFor(() => $(guide, 'table'));
  seen.disconnect();
  expect(titles.filter(Boolean)[0]).toBe('尺码指南');
  expect($(guide, 'dialog h2')!.textContent).toBe('Tops');
  guide.hide();
});

it("opens its chart in English and Chinese without an Intl formatter (the page's first loads ICU data inside the click)", async () => {
  const chart: typeof tops = {
    ...tops,
    measurements: [...tops.measurements, { key: 'weight', label: 'Weight', kind: 'body', unit: 'kg' }],
    sizes: [{ id: 'M', label: 'M', ranges: { chest: { min: 90.5, max: 95 }, weight: { min: 60, max: 72 } }, labels: {} }],
  };
  const { made, restore } = spyOnIntlFormatters();
  try {
    for (const [lang, expected] of [
      ['en', ['Chest (cm)', 'Weight (kg)', '90.5–95', '60–72']],
      ['zh-CN', ['Chest（厘米）', 'Weight（千克）', '90.5–95', '60–72']],
    ] as const) {
      const store = await fixture<RlStore>(`<rl-store locale="${lang}"><rl-size-guide product-id="tee"></rl-size-guide></rl-store>`);
      store.adapter = teeAdapter(chart);
      const guide = store.querySelector<RlSizeGuide>('rl-size-guide')!;
      await guide.updateComplete;
      await guide.show();
      await waitFor(() => $(guide, 'table td'));
      const table = $(guide, 'table')!.textContent!.replace(/\s+/g, '');
      for (const text of expected) expect(table, lang).toContain(text.replace(/\s+/g, ''));
      cleanup();
    }
    expect(made).toEqual([]);
  } finally {
    restore();
  }
});

it('names units by hand exactly as Intl does (short in English, long in Chinese), and through Intl elsewhere', () => {
  for (const lang of ['en', 'en-US', 'zh', 'zh-CN', 'zh-Hans', 'de', 'ja'])
    for (const unit of ['cm', 'in', 'kg', 'lb'] as const) {
      const unitDisplay = /^zh/.test(lang) ? 'long' : 'short';
      const intl = new Intl.NumberFormat(lang, { style: 'unit', unit: intlUnit(unit), unitDisplay }).formatToParts(1);
      expect(unitName(unit, lang), `${unit} in ${lang}`).toBe(intl.find((p) => p.type === 'unit')?.value);
    }
});

it("says so beside its button when the guide's code cannot be fetched, and opens on retry; the button is busy meanwhile", async () => {
  const store = await fixture<RlStore>(`<rl-store></rl-store>`);
  store.adapter = teeAdapter(tops);
  // The network drops the chunk once (offline, a blocked CDN): the module import rejects. Set up
  // before the guide is on the page: a pointer resting where it appears would fetch the code at once.
  const guide = document.createElement('rl-size-guide') as RlSizeGuide;
  guide.setAttribute('product-id', 'tee');
  const load = (guide as unknown as { load: { loadModule(): Promise<unknown> } }).load;
  const real = load.loadModule.bind(load);
  let release: (fail: boolean) => void = () => {};
  load.loadModule = () => new Promise((resolve, reject) => (release = (fail) => (fail ? reject(new Error('offline')) : resolve(real()))));
  store.append(guide);
  await guide.updateComplete;
  const trigger = $<HTMLButtonElement>(guide, '[part="trigger"]')!;
  trigger.click();
  await guide.updateComplete;
  expect(trigger.getAttribute('aria-busy')).toBe('true');
  release(true);
  const alert = await waitFor(() => $(guide, '[part="error"][role="alert"]'));
  expect(alert.textContent).toContain('The size guide could not load.');
  expect(guide.open).toBe(false);
  expect(trigger.hasAttribute('aria-busy')).toBe(false);
  load.loadModule = () => new Promise((resolve, reject) => (release = (fail) => (fail ? reject(new Error('offline')) : resolve(real()))));
  $<HTMLButtonElement>(guide, '[part="retry-button"]')!.click();
  release(false);
  await waitFor(() => $<HTMLDialogElement>(guide, '[part="dialog"]')?.open);
  expect($(guide, '[part="error"][role="alert"]')).toBeNull();
});
