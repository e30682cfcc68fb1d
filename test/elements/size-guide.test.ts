import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { FitInsights, SizeChart } from '../../src/domain/size-chart.js';
import '../../src/elements/size-guide/define.js';
import type { RlSizeGuide, SizeSelectDetail } from '../../src/elements/size-guide/size-guide.js';
import { PREFS_KEY } from '../../src/elements/size-guide/size-prefs.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { $, $$, cleanup, fixture, settle, waitFor } from '../helpers.js';

const r = (min: number, max: number) => ({ min, max });
const tops: SizeChart = {
  id: 'tops',
  title: 'Tops',
  measurements: [
    { key: 'chest', label: 'Chest', kind: 'body', unit: 'cm' },
    { key: 'waist', label: 'Waist', kind: 'body', unit: 'cm' },
  ],
  sizes: [
    { id: 'S', label: 'S', ranges: { chest: r(84, 89), waist: r(68, 73) }, labels: { EU: '44', US: '34' } },
    { id: 'M', label: 'M', ranges: { chest: r(90, 95), waist: r(74, 79) }, labels: { EU: '48', US: '38' } },
    { id: 'L', label: 'L', ranges: { chest: r(96, 101), waist: r(80, 85) }, labels: { EU: '52', US: '42' } },
  ],
  howToMeasure: [{ title: 'Chest', text: 'Around the fullest part.' }],
  notes: 'Regular fit.',
};
const runsSmall: FitInsights = {
  productId: 'tee',
  votes: { small: 87, true: 45, large: 8 },
  perSize: { M: { votes: { small: 20, true: 5, large: 0 }, returnRate: 0.12 } },
};

async function storeGuide(attrs = 'mode="inline" product-id="tee"', data: Parameters<typeof createMemoryAdapter>[0] = {}, storeAttrs = '') {
  const store = await fixture<RlStore>(`<rl-store ${storeAttrs}><rl-size-guide ${attrs}></rl-size-guide></rl-store>`);
  store.adapter = createMemoryAdapter({ sizeCharts: { tops }, productCharts: { tee: 'tops' }, fitInsights: { tee: runsSmall }, ...data });
  const guide = store.querySelector('rl-size-guide')!;
  if (attrs.includes('inline')) await waitFor(() => $(guide, 'table'));
  await settle(store);
  return guide;
}

const tabs = (guide: Element) => $$<HTMLButtonElement>(guide, '[role="tab"]');
const active = (guide: Element) => guide.shadowRoot!.activeElement as HTMLElement | null;

beforeEach(() => localStorage.removeItem(PREFS_KEY));
afterEach(async () => {
  cleanup();
  document.documentElement.removeAttribute('lang');
  await page.viewport(1280, 800);
});

describe('<rl-size-guide> table', () => {
  it('has a caption, scoped headers and a focusable labelled scroll region', async () => {
    const guide = await storeGuide();
    const region = $(guide, '.scroller')!;
    expect(region.getAttribute('role')).toBe('region');
    expect(region.tabIndex).toBe(0);
    const caption = guide.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(caption.tagName).toBe('CAPTION');
    expect(caption.textContent).toContain('Tops, measurements in cm');
    expect($$(guide, 'thead th').map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col']);
    expect($$(guide, 'tbody th').map((th) => th.getAttribute('scope'))).toEqual(['row', 'row', 'row']);
    expect(
      $$(guide, 'tbody td')
        .slice(0, 2)
        .map((td) => td.textContent!.trim()),
    ).toEqual(['84–89', '68–73']);
  });

  it('keeps the header row and the size column sticky', async () => {
    const guide = await storeGuide();
    expect(getComputedStyle($(guide, 'thead th')!).position).toBe('sticky');
    expect(getComputedStyle($(guide, 'tbody th')!).position).toBe('sticky');
  });

  it('shows the fit signal with its share and the per-size signal', async () => {
    const guide = await storeGuide();
    expect($(guide, '[part="fit"]')!.textContent).toContain('Runs small — 62% of 140 buyers');
    const mRow = $(guide, 'tr[data-size="M"]')!;
    expect(mRow.textContent).toContain('Runs small · 25 votes');
    expect(mRow.textContent).toContain('12% returned for size');
  });

  it('shows no fit signal below 20 votes', async () => {
    const few: FitInsights = {
      productId: 'tee',
      votes: { small: 12, true: 5, large: 2 },
      perSize: { M: { votes: { small: 3, true: 0, large: 0 } } },
    };
    const guide = await storeGuide(undefined, { fitInsights: { tee: few } });
    expect($(guide, '[part="fit"]')).toBeNull();
    expect($$(guide, 'thead th')).toHaveLength(3);
  });

  it('picks a size from the table: selected-size and rl-size-select', async () => {
    const guide = await storeGuide();
    const events: SizeSelectDetail[] = [];
    guide.addEventListener('rl-size-select', (e) => events.push(e.detail));
    $<HTMLButtonElement>(guide, 'tr[data-size="L"] .size-button')!.click();
    await guide.updateComplete;
    expect(guide.getAttribute('selected-size')).toBe('L');
    expect($(guide, 'tr[data-size="L"] .size-button')!.getAttribute('aria-pressed')).toBe('true');
    expect(events).toEqual([{ size: 'L', system: '', label: 'L' }]);
  });
});

describe('<rl-size-guide> units and size systems', () => {
  it('switches to inches and remembers the choice across guides', async () => {
    const guide = await storeGuide();
    $<HTMLInputElement>(guide, 'input[value="imperial"]')!.click();
    await guide.updateComplete;
    expect($(guide, 'caption')!.textContent).toContain('in');
    expect($$(guide, 'tbody td')[0]!.textContent!.trim()).toBe('33–35');
    expect(JSON.parse(localStorage.getItem(PREFS_KEY)!)).toMatchObject({ units: 'imperial' });
    cleanup();
    const next = await storeGuide();
    expect($<HTMLInputElement>(next, 'input[value="imperial"]')!.checked).toBe(true);
  });

  it('defaults to inches and US sizes for a US store, EU sizes for a German one', async () => {
    const us = await storeGuide(undefined, {}, 'country="US"');
    expect(us.units).toBe('imperial');
    expect($(us, 'thead th')!.textContent).toBe('US');
    expect($(us, 'tr[data-size="M"] .size-button')!.textContent!.trim()).toBe('38');
    cleanup();
    const de = await storeGuide(undefined, {}, 'country="DE"');
    expect(de.units).toBe('metric');
    expect(de.system).toBe('EU');
  });

  it('remembers the size system and reports it with a picked size', async () => {
    const guide = await storeGuide();
    const select = $<HTMLSelectElement>(guide, 'select')!;
    select.value = 'EU';
    select.dispatchEvent(new Event('change'));
    await guide.updateComplete;
    expect(JSON.parse(localStorage.getItem(PREFS_KEY)!)).toMatchObject({ system: 'EU' });
    const picked = vi.fn();
    guide.addEventListener('rl-size-select', (e) => picked(e.detail));
    $<HTMLButtonElement>(guide, 'tr[data-size="M"] .size-button')!.click();
    expect(picked).toHaveBeenCalledWith({ size: 'M', system: 'EU', label: '48' });
  });

  it('speaks Simplified Chinese with Chinese unit names', async () => {
    document.documentElement.lang = 'zh-CN';
    const guide = await storeGuide();
    expect(tabs(guide).map((t) => t.textContent!.trim())).toEqual(['尺码表', '如何测量', '查找我的尺码']);
    expect($(guide, 'caption')!.textContent).toContain('厘米');
    expect($(guide, '[part="fit"]')!.textContent).toContain('偏小');
  });
});

describe('<rl-size-guide> tabs', () => {
  it('follows the APG tabs pattern with arrows, Home and End', async () => {
    const guide = await storeGuide();
    const [chart, measure, find] = tabs(guide);
    expect(chart!.getAttribute('aria-selected')).toBe('true');
    expect([chart, measure, find].map((t) => t!.tabIndex)).toEqual([0, -1, -1]);
    chart!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await guide.updateComplete;
    expect(active(guide)).toBe(tabs(guide)[1]);
    expect(tabs(guide)[1]!.getAttribute('aria-selected')).toBe('true');
    expect(guide.shadowRoot!.getElementById('panel-measure')!.hidden).toBe(false);
    expect(guide.shadowRoot!.getElementById('panel-chart')!.hidden).toBe(true);
    await userEvent.keyboard('{End}');
    await guide.updateComplete;
    expect(active(guide)!.id).toBe('tab-find');
    await userEvent.keyboard('{ArrowRight}');
    await guide.updateComplete;
    expect(active(guide)!.id).toBe('tab-chart');
    await userEvent.keyboard('{Home}{ArrowLeft}');
    await guide.updateComplete;
    expect(active(guide)!.id).toBe('tab-find');
  });

  it('mirrors the arrow keys in RTL', async () => {
    const guide = await storeGuide();
    guide.setAttribute('dir', 'rtl');
    tabs(guide)[0]!.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await guide.updateComplete;
    expect(active(guide)!.id).toBe('tab-measure');
  });
});

describe('<rl-size-guide> find my size', () => {
  async function find(guide: RlSizeGuide, values: Record<string, string>) {
    guide.shadowRoot!.getElementById('tab-find')!.click();
    await guide.updateComplete;
    for (const [key, value] of Object.entries(values)) {
      const input = guide.shadowRoot!.getElementById(`m-${key}`) as HTMLInputElement;
      await userEvent.clear(input);
      if (value) await userEvent.type(input, value);
    }
    $<HTMLButtonElement>(guide, 'form [type="submit"]')!.click();
    await guide.updateComplete;
  }

  it('recommends with a reason and takes "runs small" into account', async () => {
    const guide = await storeGuide();
    await find(guide, { chest: '93', waist: '79.5' });
    const result = $(guide, '[part="result"]')!;
    expect(result.textContent).toContain('We recommend L.');
    expect(result.textContent).toContain('Chest fits M, Waist between M and L');
    expect(result.textContent).toContain('As this item runs small, choose L.');
    await waitFor(() => active(guide) === result);
    // The chart highlights it.
    guide.shadowRoot!.getElementById('tab-chart')!.click();
    await guide.updateComplete;
    expect($(guide, 'tr.recommended')!.dataset.size).toBe('L');
    expect($(guide, 'tr.recommended')!.textContent).toContain('Recommended');
  });

  it('says honestly when measurements are outside the range', async () => {
    const guide = await storeGuide();
    await find(guide, { chest: '130', waist: '' });
    expect($(guide, '[part="result"]')!.textContent).toContain('outside our range: larger than our largest size');
    expect($(guide, '[part="result"] button')).toBeNull();
  });

  it('converts what was typed when the shopper switches units', async () => {
    const guide = await storeGuide();
    await find(guide, { chest: '93', waist: '' });
    $<HTMLInputElement>(guide, 'input[value="imperial"]')!.click();
    await guide.updateComplete;
    const chest = guide.shadowRoot!.getElementById('m-chest') as HTMLInputElement;
    expect(chest.value).toBe('36.5');
    expect(guide.shadowRoot!.querySelector('label[for="m-chest"]')!.textContent).toContain('(in)');
  });

  it('accepts inches and a comma decimal', async () => {
    const guide = await storeGuide();
    $<HTMLInputElement>(guide, 'input[value="imperial"]')!.click();
    await guide.updateComplete;
    await find(guide, { chest: '35,5', waist: '' });
    expect($(guide, '[part="result"]')!.textContent).toContain('Chest fits M');
  });

  it('asks for at least one measurement and marks a wrong one', async () => {
    const guide = await storeGuide();
    await find(guide, { chest: '', waist: '' });
    const chest = guide.shadowRoot!.getElementById('m-chest') as HTMLInputElement;
    expect($(guide, '#find-error')!.textContent).toBe('Enter at least one measurement.');
    expect(chest.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => active(guide) === chest);
    await find(guide, { chest: '', waist: 'abc' });
    expect($(guide, '#find-error')!.textContent).toContain('Waist');
    expect(guide.shadowRoot!.getElementById('m-waist')!.getAttribute('aria-describedby')).toBe('find-error');
  });
});

describe('<rl-size-guide> sources and states', () => {
  it('reads an inline JSON chart without any adapter', async () => {
    const guide = await fixture<RlSizeGuide>(
      `<rl-size-guide mode="inline"><script type="application/json">${JSON.stringify(tops)}</script></rl-size-guide>`,
    );
    await waitFor(() => $(guide, 'table'));
    expect($$(guide, 'tbody tr')).toHaveLength(3);
  });

  it('shows a quiet message and one console error for an invalid inline chart', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = { ...tops, sizes: [{ id: 'S', label: 'S', ranges: { chest: { min: 90, max: 80 } } }] };
    const guide = await fixture<RlSizeGuide>(
      `<rl-size-guide mode="inline"><script type="application/json">${JSON.stringify(bad)}</script></rl-size-guide>`,
    );
    await waitFor(() => $(guide, '[part="error"]'));
    expect($(guide, '[part="error"]')!.textContent).toContain('This size chart could not be read.');
    expect(error.mock.calls.some(([m]) => String(m).includes('sizes[0].ranges.chest.max'))).toBe(true);
    error.mockRestore();
  });

  it('shows an error with a retry when the adapter fails', async () => {
    const guide = await storeGuide('mode="inline" product-id="tee"', {});
    const store = guide.closest('rl-store')!;
    store.adapter = createMemoryAdapter({}, { failWith: 'network' });
    await waitFor(() => $(guide, '[part="retry-button"]'));
    expect($(guide, '[part="error"]')!.getAttribute('role')).toBe('alert');
  });
});

describe('<rl-size-guide> dialog', () => {
  it('opens from its button, moves focus in, closes with Escape and returns focus', async () => {
    const guide = await storeGuide('product-id="tee"');
    const trigger = $<HTMLButtonElement>(guide, '[part="trigger"]')!;
    expect(trigger.getAttribute('aria-haspopup')).toBe('dialog');
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    // The <dialog> is drawn on opening: it comes with the guide's code (issue 16).
    const dialog = await waitFor(() => $<HTMLDialogElement>(guide, 'dialog'));
    await waitFor(() => dialog.open && active(guide)?.getAttribute('role') === 'tab');
    expect(dialog.matches(':modal')).toBe(true);
    expect(guide.open).toBe(true);
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    // Focus stays inside: tabbing many times never leaves the dialog.
    for (let i = 0; i < 12; i++) {
      await userEvent.keyboard('{Tab}');
      expect(dialog.contains(active(guide))).toBe(true);
    }
    await userEvent.keyboard('{Escape}');
    await waitFor(() => !dialog.open);
    expect(guide.open).toBe(false);
    expect(active(guide)).toBe(trigger);
  });

  it('opened before the chart arrives: focus waits on the close button, then moves to the first tab', async () => {
    await page.viewport(320, 640);
    const store = await fixture<RlStore>('<rl-store><rl-size-guide product-id="tee"></rl-size-guide></rl-store>');
    store.adapter = createMemoryAdapter({ sizeCharts: { tops }, productCharts: { tee: 'tops' } }, { latencyMs: 300 });
    const guide = store.querySelector('rl-size-guide')!;
    await settle(store);
    await guide.show();
    expect(active(guide)).toBe($(guide, '.close'));
    expect($(guide, '[part="loading"]')).not.toBeNull();
    await waitFor(() => active(guide)?.id === 'tab-chart');
    guide.hide();
  });

  it('opens and closes through the open attribute', async () => {
    const guide = await storeGuide('product-id="tee"');
    guide.setAttribute('open', '');
    await waitFor(() => $<HTMLDialogElement>(guide, 'dialog')!.open);
    guide.removeAttribute('open');
    await waitFor(() => !$<HTMLDialogElement>(guide, 'dialog')!.open);
    // Focus returns after the dialog's close settles; under load that can take a frame or two.
    await waitFor(() => active(guide) === $(guide, '[part="trigger"]'));
  });

  it('lets the theme replace the button text', async () => {
    const guide = await storeGuide('product-id="tee"');
    guide.innerHTML = '<span slot="trigger">Which size am I?</span>';
    const slot = $<HTMLSlotElement>(guide, 'slot[name="trigger"]')!;
    expect(slot.assignedNodes()[0]!.textContent).toBe('Which size am I?');
  });

  it('is a popover anchored to the button on a wide screen', async () => {
    await page.viewport(1280, 800);
    const guide = await storeGuide('product-id="tee"');
    await guide.show();
    const dialog = $<HTMLDialogElement>(guide, 'dialog')!;
    await waitFor(() => dialog.classList.contains('popover') && !dialog.classList.contains('positioning'));
    const trigger = $(guide, '[part="trigger"]')!.getBoundingClientRect();
    const box = dialog.getBoundingClientRect();
    expect(box.width).toBeLessThan(1280);
    expect(Math.abs(box.top - (trigger.bottom + 8))).toBeLessThan(2);
    // Start-aligned with the button, kept 8px inside the viewport.
    expect(Math.abs(box.left - Math.max(8, trigger.left))).toBeLessThan(2);
    guide.hide();
  });

  it('opens as the full-height sheet when the popover’s placement code cannot be fetched', async () => {
    await page.viewport(1280, 800);
    const guide = await storeGuide('product-id="tee"');
    const internals = guide as unknown as {
      load: { loadModule(): Promise<unknown> };
      controller: { dialog: { importPosition(): Promise<unknown> } };
    };
    await internals.load.loadModule();
    internals.controller.dialog.importPosition = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    await guide.show();
    const dialog = $<HTMLDialogElement>(guide, 'dialog')!;
    expect(dialog.open).toBe(true);
    expect(dialog.className).toBe('sheet');
    expect(getComputedStyle(dialog).visibility).toBe('visible');
    expect(guide.shadowRoot!.activeElement).not.toBeNull();
    guide.hide();
  });

  it('is a full-height sheet on a narrow screen', async () => {
    await page.viewport(320, 640);
    const guide = await storeGuide('product-id="tee"');
    await guide.show();
    const dialog = $<HTMLDialogElement>(guide, 'dialog')!;
    await waitFor(() => dialog.open && dialog.querySelector('table'));
    expect(dialog.classList.contains('sheet')).toBe(true);
    const box = dialog.getBoundingClientRect();
    expect(box.width).toBe(320);
    expect(box.height).toBe(640);
    // Only the table region scrolls sideways; the dialog itself does not.
    expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth);
    const scroller = dialog.querySelector('.scroller')!;
    expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
    // Nothing outside the table is cut: every tab and the table title fit the screen.
    for (const el of dialog.querySelectorAll('[role="tab"], .table-title, .controls, .fit')) {
      const rect = el.getBoundingClientRect();
      expect(rect.left).toBeGreaterThanOrEqual(0);
      expect(rect.right).toBeLessThanOrEqual(320);
    }
    guide.hide();
  });

  it('keyboard only: from the button to a recommended size', async () => {
    await page.viewport(1280, 800);
    const before = document.createElement('button');
    before.textContent = 'Before';
    const guide = await storeGuide('product-id="tee"');
    guide.closest('rl-store')!.before(before);
    const picked = vi.fn();
    guide.addEventListener('rl-size-select', (e) => picked(e.detail));
    before.focus();
    await userEvent.keyboard('{Tab}');
    expect(active(guide)).toBe($(guide, '[part="trigger"]'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => active(guide)?.id === 'tab-chart');
    await userEvent.keyboard('{End}');
    await waitFor(() => active(guide)?.id === 'tab-find');
    await userEvent.keyboard('{Tab}');
    expect(active(guide)!.id).toBe('m-chest');
    await userEvent.keyboard('93{Tab}79.5{Enter}');
    await waitFor(() => active(guide)?.id === 'result');
    expect(active(guide)!.textContent).toContain('We recommend L.');
    await userEvent.keyboard('{Tab}');
    expect(active(guide)!.textContent).toContain('Choose L');
    await userEvent.keyboard('{Enter}');
    expect(picked).toHaveBeenCalledWith({ size: 'L', system: '', label: 'L' });
    expect(guide.selectedSize).toBe('L');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => active(guide) === $(guide, '[part="trigger"]'));
    before.remove();
  });
});
