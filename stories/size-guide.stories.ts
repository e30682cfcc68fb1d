import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createMemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory.js';
import type { FitInsights, SizeChart } from '../src/domain/size-chart.js';
import type { RlSizeGuide } from '../src/elements/size-guide/size-guide.js';
import { PREFS_KEY } from '../src/elements/size-guide/size-prefs.js';
import { themeArgs, themeArgTypes, themeStyle, type ThemeArgs } from './support/playground.js';

// ——— story data ———

const r = (min: number, max: number) => ({ min, max });
type Range = [min: number, max: number];
/** A body measurement the shopper takes. */
const body = (key: string, label: string, unit: 'cm' | 'kg' = 'cm') => ({ key, label, kind: 'body' as const, unit });
/** One size of a top: chest, waist and hip ranges, and its labels in other systems. */
const top = (id: string, chest: Range, waist: Range, hip: Range, labels: Record<string, string>) => ({
  id,
  label: id,
  ranges: { chest: r(...chest), waist: r(...waist), hip: r(...hip) },
  labels,
});

/** Tops: chest, waist and hip, body measurements, with EU/US/UK/CN labels. */
const tops: SizeChart = {
  id: 'tops',
  title: 'Linen shirt',
  measurements: [body('chest', 'Chest'), body('waist', 'Waist'), body('hip', 'Hip')],
  sizes: [
    top('XS', [78, 83], [62, 67], [84, 89], { EU: '32', US: '0–2', UK: '4', CN: '155/76A' }),
    top('S', [84, 89], [68, 73], [90, 95], { EU: '34–36', US: '4–6', UK: '6–8', CN: '160/80A' }),
    top('M', [90, 95], [74, 79], [96, 101], { EU: '38–40', US: '8–10', UK: '10–12', CN: '165/84A' }),
    top('L', [96, 101], [80, 85], [102, 107], { EU: '42–44', US: '12–14', UK: '14–16', CN: '170/88A' }),
    top('XL', [102, 108], [86, 92], [108, 114], { EU: '46–48', US: '16–18', UK: '18–20', CN: '175/92A' }),
  ],
  howToMeasure: [
    { key: 'chest', title: 'Chest', text: 'Around the fullest part of your chest, under the arms, tape level.' },
    { key: 'waist', title: 'Waist', text: 'Around your natural waistline, the narrowest part of your torso.' },
    { key: 'hip', title: 'Hip', text: 'Around the fullest part of your hips, feet together.' },
  ],
  notes: 'Relaxed fit. Between two sizes? Choose the larger one for a looser look.',
};

/** Trousers: waist, hip and inseam. */
const trousers: SizeChart = {
  id: 'trousers',
  title: 'Chinos',
  measurements: [body('waist', 'Waist'), body('hip', 'Hip'), body('inseam', 'Inside leg')],
  sizes: ['28', '30', '32', '34', '36'].map((id, i) => ({
    id,
    label: `W${id}`,
    ranges: { waist: r(71 + i * 5, 75 + i * 5), hip: r(88 + i * 5, 92 + i * 5), inseam: r(78, 84) },
    labels: { EU: String(42 + i * 2), UK: id },
  })),
  howToMeasure: [{ key: 'inseam', title: 'Inside leg', text: 'From the crotch to the floor, without shoes.' }],
};

/** Shoes by foot length, in five regional systems. */
const shoes: SizeChart = {
  id: 'shoes',
  title: 'Running shoe',
  measurements: [body('foot', 'Foot length')],
  sizes: [
    ['38', '5.5', '5', '24', '240', 23.8, 24.4],
    ['39', '6.5', '6', '24.5', '245', 24.5, 25.0],
    ['40', '7', '6.5', '25', '250', 25.1, 25.5],
    ['41', '8', '7.5', '26', '255', 25.6, 26.2],
    ['42', '8.5', '8', '26.5', '265', 26.3, 26.8],
    ['43', '9.5', '9', '27.5', '270', 26.9, 27.5],
  ].map(([eu, us, uk, jp, cn, min, max]) => ({
    id: String(eu),
    label: String(eu),
    ranges: { foot: r(Number(min), Number(max)) },
    labels: { EU: String(eu), US: String(us), UK: String(uk), JP: String(jp), CN: String(cn) },
  })),
  howToMeasure: [
    {
      title: 'Foot length',
      text: 'Stand on a sheet of paper against a wall, mark the tip of your longest toe and measure from the wall.',
      image: { url: footImage(), alt: 'A foot on paper against a wall, with the length measured from heel to longest toe' },
    },
  ],
};

/** Kids' or one-size ranges often come by height and weight. */
const heightWeight: SizeChart = {
  id: 'height-weight',
  title: 'Rain jacket',
  measurements: [body('height', 'Height'), body('weight', 'Weight', 'kg')],
  sizes: [
    { id: 'S', label: 'S', ranges: { height: r(155, 165), weight: r(45, 58) }, labels: {} },
    { id: 'M', label: 'M', ranges: { height: r(165, 175), weight: r(58, 70) }, labels: {} },
    { id: 'L', label: 'L', ranges: { height: r(175, 185), weight: r(70, 85) }, labels: {} },
    { id: 'XL', label: 'XL', ranges: { height: r(185, 195), weight: r(85, 100) }, labels: {} },
  ],
  howToMeasure: [],
};

const topsZh: SizeChart = {
  ...tops,
  title: '亚麻衬衫',
  measurements: [body('chest', '胸围'), body('waist', '腰围'), body('hip', '臀围')],
  howToMeasure: [{ key: 'chest', title: '胸围', text: '皮尺水平绕胸部最丰满处一周。' }],
  notes: '宽松版型。介于两个尺码之间时，想要更宽松可选大一码。',
};

const fit = (small: number, truth: number, large: number, perSize: FitInsights['perSize'] = {}): FitInsights => ({
  productId: 'shirt',
  votes: { small, true: truth, large },
  perSize,
});
const runsSmall = fit(87, 45, 8, {
  M: { votes: { small: 31, true: 12, large: 1 }, returnRate: 0.14 },
  L: { votes: { small: 22, true: 10, large: 2 }, returnRate: 0.09 },
});
const trueToSize = fit(9, 96, 11);
const runsLarge = fit(6, 30, 58, { S: { votes: { small: 1, true: 7, large: 18 }, returnRate: 0.11 } });

function adapter(chart: SizeChart, insights?: FitInsights, options: MemoryAdapterOptions = {}) {
  return createMemoryAdapter(
    { sizeCharts: { [chart.id]: chart }, productCharts: { shirt: chart.id }, fitInsights: insights ? { shirt: insights } : {} },
    options,
  );
}

function footImage(): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="160" viewBox="0 0 240 160">
    <rect width="240" height="160" fill="#f4f1ea"/><rect x="10" y="10" width="8" height="140" fill="#555"/>
    <ellipse cx="120" cy="80" rx="95" ry="38" fill="#d9b99b"/>
    <path d="M18 140 H215" stroke="#1d4ed8" stroke-width="3"/><path d="M215 130 V150" stroke="#1d4ed8" stroke-width="3"/>
  </svg>`;
  return typeof URL.createObjectURL === 'function' ? URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })) : '/foot.svg';
}

const guide = (root: HTMLElement) => root.querySelector('rl-size-guide') as RlSizeGuide;
const inShadow = (root: HTMLElement, selector: string) => guide(root).shadowRoot!.querySelector<HTMLElement>(selector);

/** Clicks the trigger and waits until the chart tab has focus. */
async function openByTrigger(root: HTMLElement): Promise<RlSizeGuide> {
  const el = guide(root);
  await waitFor(() => expect(inShadow(root, '[part="trigger"]')).toBeTruthy());
  inShadow(root, '[part="trigger"]')!.click();
  await waitFor(() => expect(el.shadowRoot!.activeElement?.id).toBe('tab-chart'), { timeout: 5000 });
  return el;
}
const ready = (root: HTMLElement) => waitFor(() => expect(inShadow(root, 'table')).toBeTruthy(), { timeout: 5000 });
/** Stories start from the store's defaults, not from a choice remembered by another story. */
const forgetPrefs = () => localStorage.removeItem(PREFS_KEY);

/**
 * A size guide that speaks the shopper's units and size system, recommends a size from their
 * measurements, and shows what other buyers learned ("Runs small — 62% of 140 buyers").
 */
const meta: Meta = {
  title: 'Elements/rl-size-guide',
  component: 'rl-size-guide',
  parameters: { layout: 'padded' },
  beforeEach: forgetPrefs,
};
export default meta;
type Story = StoryObj;

const inline = (chart: SizeChart, insights?: FitInsights, storeAttrs = {}, options: MemoryAdapterOptions = {}) =>
  html`<rl-store .adapter=${adapter(chart, insights, options)} country=${(storeAttrs as { country?: string }).country ?? 'DE'}>
    <rl-size-guide mode="inline" product-id="shirt"></rl-size-guide>
  </rl-store>`;

/** Try the attributes and the theme tokens with the controls below: the story redraws with each change. */
export const Playground: StoryObj<
  ThemeArgs & { mode: 'inline' | 'dialog'; chart: 'tops' | 'trousers' | 'shoes' | 'height and weight'; fitData: boolean; country: string }
> = {
  args: { mode: 'inline', chart: 'tops', fitData: true, country: 'DE', ...themeArgs },
  argTypes: {
    mode: {
      control: 'inline-radio',
      options: ['inline', 'dialog'],
      description: '`dialog` (the default) is a button that opens the guide',
    },
    chart: { control: 'select', options: ['tops', 'trousers', 'shoes', 'height and weight'] },
    fitData: { name: 'fit feedback from buyers', control: 'boolean' },
    country: {
      name: 'store country',
      control: 'select',
      options: ['DE', 'US', 'GB', 'CN', 'JP'],
      description: 'Picks the first size system and units',
    },
    ...themeArgTypes,
  },
  render: (args) => {
    const chart = { tops, trousers, shoes, 'height and weight': heightWeight }[args.chart];
    return html`<div style=${themeStyle(args)}>
      <rl-store .adapter=${adapter(chart, args.fitData ? runsSmall : undefined)} country=${args.country}>
        <rl-size-guide mode=${args.mode} product-id="shirt"></rl-size-guide>
      </rl-store>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(inShadow(canvasElement, '[part="fit"]')!.textContent).toContain('Runs small');
  },
};

/** Tops with chest, waist and hip; the fit signal says it runs small, and the M row says so too. */
export const Tops: Story = {
  render: () => inline(tops, runsSmall),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(inShadow(canvasElement, '[part="fit"]')!.textContent).toContain('Runs small — 62% of 140 buyers');
  },
};

/** Trousers: waist, hip and inside leg; store labels W28–W36 with EU and UK sizes. */
export const Trousers: Story = { render: () => inline(trousers), play: async ({ canvasElement }) => ready(canvasElement) };

/** Shoes by foot length in EU, US, UK, JP and CN sizes, with an illustrated how-to-measure tab. */
export const Shoes: Story = {
  render: () => inline(shoes, undefined, { country: 'US' }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    // A US store shows US sizes and inches by default.
    await expect(inShadow(canvasElement, 'thead th')!.textContent).toBe('US');
    await expect(inShadow(canvasElement, 'caption')!.textContent).toContain('in');
  },
};

/** A chart by height and weight: "Find my size" works with either or both. */
export const HeightAndWeight: Story = {
  render: () => inline(heightWeight),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    inShadow(canvasElement, '#tab-find')!.click();
    const height = await waitFor(() => inShadow(canvasElement, '#m-height') as HTMLInputElement);
    await userEvent.type(height, '178');
    inShadow(canvasElement, 'form [type="submit"]')!.click();
    await waitFor(() => expect(inShadow(canvasElement, '[part="result"]')!.textContent).toContain('We recommend L.'));
  },
};

/** No fit data (or fewer than 20 votes): no signal is claimed. */
export const WithoutFitData: Story = {
  render: () => inline(tops, fit(6, 5, 2)),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(inShadow(canvasElement, '[part="fit"]')).toBeNull();
  },
};

/** Runs small: "Find my size" moves a shopper near the top of M up to L, and says why. */
export const RunsSmall: Story = {
  render: () => inline(tops, runsSmall),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    inShadow(canvasElement, '#tab-find')!.click();
    await userEvent.type(await waitFor(() => inShadow(canvasElement, '#m-chest') as HTMLInputElement), '93');
    await userEvent.type(inShadow(canvasElement, '#m-waist') as HTMLInputElement, '79.5');
    inShadow(canvasElement, 'form [type="submit"]')!.click();
    // A German store reads EU sizes: M is 38–40, L is 42–44.
    await waitFor(() =>
      expect(inShadow(canvasElement, '[part="result"]')!.textContent).toContain('As this item runs small, choose 42–44.'),
    );
  },
};

/** True to size: the signal is shown, the recommendation is not moved. */
export const TrueToSize: Story = { render: () => inline(tops, trueToSize), play: async ({ canvasElement }) => ready(canvasElement) };

/** Runs large, with a per-size signal on S. */
export const RunsLarge: Story = { render: () => inline(tops, runsLarge), play: async ({ canvasElement }) => ready(canvasElement) };

/** Centimetres (a German store). */
export const Centimetres: Story = {
  render: () => inline(tops, runsSmall, { country: 'DE' }),
  play: async ({ canvasElement }) => ready(canvasElement),
};

/** Inches (a US store); the shopper's own choice would be remembered across pages. */
export const Inches: Story = {
  render: () => inline(tops, runsSmall, { country: 'US' }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(inShadow(canvasElement, 'tbody td')!.textContent!.trim()).toBe('30.75–32.75');
  },
};

/** The default: a button that opens the guide (anchored on wide screens, a sheet on narrow ones). */
export const Dialog: Story = {
  render: () => html`<rl-store .adapter=${adapter(tops, runsSmall)} country="DE">
    <p>Linen shirt — € 59 <rl-size-guide product-id="shirt"></rl-size-guide></p>
  </rl-store>`,
};

/** The dialog, opened. */
export const DialogOpen: Story = {
  render: () => html`<rl-store .adapter=${adapter(tops, runsSmall)} country="DE">
    <rl-size-guide product-id="shirt"><span slot="trigger">Which size am I?</span></rl-size-guide>
  </rl-store>`,
  play: async ({ canvasElement }) => {
    await openByTrigger(canvasElement);
  },
};

/** 320 px wide: only the labelled table region scrolls sideways, headers stay put. */
export const Narrow320: Story = {
  globals: { viewport: { value: 'narrow' } },
  render: () => html`<div style=${styleMap({ maxInlineSize: '320px' })}>${inline(tops, runsSmall)}</div>`,
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const scroller = inShadow(canvasElement, '.scroller')!;
    await expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
    await expect(guide(canvasElement).scrollWidth).toBeLessThanOrEqual(320);
  },
};

/** Simplified Chinese: messages, unit names and CN sizes (chosen from the locale). */
export const ChineseZhCN: Story = {
  parameters: { locale: 'zh-CN' },
  render: () => html`<rl-store .adapter=${adapter(topsZh, runsSmall)} locale="zh-CN" country="CN">
    <rl-size-guide mode="inline" product-id="shirt"></rl-size-guide>
  </rl-store>`,
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(inShadow(canvasElement, 'thead th')!.textContent).toBe('CN');
    await expect(inShadow(canvasElement, '[part="fit"]')!.textContent).toContain('偏小');
  },
};

/** Right to left: logical properties mirror the layout; arrow keys follow. */
export const RightToLeft: Story = {
  parameters: { dir: 'rtl' },
  render: () => inline(tops, runsSmall),
  play: async ({ canvasElement }) => ready(canvasElement),
};

/** Dark page: colours come from the page and the token defaults. */
export const Dark: Story = {
  parameters: { theme: 'dark' },
  render: () => inline(tops, runsSmall),
  play: async ({ canvasElement }) => ready(canvasElement),
};

/** Loading: space is reserved, a polite status is announced. */
export const Loading: Story = { render: () => inline(tops, undefined, {}, { latencyMs: Infinity }) };

/** The backend failed: a shopper-worded error with a retry. */
export const LoadError: Story = {
  render: () => inline(tops, undefined, {}, { failWith: 'network' }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inShadow(canvasElement, '[part="retry-button"]')).toBeTruthy());
  },
};

/** The guide's code could not be fetched (offline, a blocked CDN): said beside the button, with a retry. */
export const CodeUnavailable: Story = {
  render: () => html`<rl-store .adapter=${adapter(tops, runsSmall)} country="DE">
    <rl-size-guide
      product-id="shirt"
      ${ref((el) => {
        // The network drops the chunk: set as the element is drawn, before any pointer or focus could fetch it.
        const load = (el as unknown as { load?: { loadModule(): Promise<unknown> } } | undefined)?.load;
        if (load) load.loadModule = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      })}
    ></rl-size-guide>
  </rl-store>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inShadow(canvasElement, '[part="trigger"]')).toBeTruthy());
    inShadow(canvasElement, '[part="trigger"]')!.click();
    await waitFor(() =>
      expect(inShadow(canvasElement, '[part="error"][role="alert"]')?.textContent).toContain('The size guide could not load.'),
    );
    await expect(inShadow(canvasElement, '[part="retry-button"]')).toBeTruthy();
  },
};

/** An inline chart with a mistake (min above max): a quiet message, and one console error naming the path. */
export const InvalidChart: Story = {
  render: () => html`<rl-size-guide mode="inline">
    <script type="application/json">
      {"id": "broken", "measurements": [{"key": "chest", "label": "Chest", "unit": "cm"}], "sizes": [{"id": "M", "label": "M", "ranges": {"chest": {"min": 96, "max": 90}}}]}
    </script>
  </rl-size-guide>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inShadow(canvasElement, '[part="error"]')!.textContent).toContain('could not be read'));
  },
};

/** No backend needed: the chart as JSON inside the element. */
export const InlineJson: Story = {
  render: () => {
    // A script's text cannot be a Lit binding, so this story builds the markup a theme would write.
    const el = document.createElement('rl-size-guide');
    el.setAttribute('mode', 'inline');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(trousers);
    el.append(script);
    return el;
  },
  play: async ({ canvasElement }) => ready(canvasElement),
};

/**
 * A laptop screen (1280×720) with the button low on a product page: the popover opens next to
 * its button, stays inside the viewport (its height capped to the room left, scrolling inside
 * itself), and a size button focused at the bottom of the chart scrolls into view.
 */
export const DialogOpenOnLaptop: Story = {
  render: () => html`<rl-store .adapter=${adapter(tops, runsSmall)} country="DE">
    <div style=${styleMap({ blockSize: '55vh' })} aria-hidden="true"></div>
    <p>Linen shirt — € 59 <rl-size-guide product-id="shirt"></rl-size-guide></p>
  </rl-store>`,
  play: async ({ canvasElement }) => {
    const el = await openByTrigger(canvasElement);
    const dialog = inShadow(canvasElement, 'dialog')!;
    await waitFor(() => expect(dialog.classList.contains('positioning')).toBe(false));
    const box = dialog.getBoundingClientRect();
    await expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
    await expect(box.top).toBeGreaterThanOrEqual(0);
    // Next to its button: the nearer edge is within 16px of the trigger (or overlapping it when shifted).
    const trigger = inShadow(canvasElement, '[part="trigger"]')!.getBoundingClientRect();
    await expect(Math.min(Math.abs(box.top - trigger.bottom), Math.abs(trigger.top - box.bottom))).toBeLessThanOrEqual(16);
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="size-button"]')];
    const last = buttons[buttons.length - 1]!;
    last.focus();
    await waitFor(() => {
      const r = last.getBoundingClientRect();
      const d = dialog.getBoundingClientRect();
      expect(r.top).toBeGreaterThanOrEqual(d.top);
      expect(r.bottom).toBeLessThanOrEqual(Math.min(d.bottom, window.innerHeight));
    });
  },
};
