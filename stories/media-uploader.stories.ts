import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { ReturnlessAdapter } from '../src/adapters/adapter.js';
import { createMemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory.js';
import type { RlMediaUploader } from '../src/elements/media-uploader/media-uploader.js';
import { crafted, makeJpeg, recordWebm, withExif } from '../test/fixtures/media.js';
import { themeArgs, themeArgTypes, themeStyle, type ThemeArgs } from './support/playground.js';

const uploader = (root: HTMLElement) => root.querySelector('rl-media-uploader') as RlMediaUploader;
const items = (root: HTMLElement) => [...uploader(root).shadowRoot!.querySelectorAll('.item')];

/** A generated "photo" with GPS EXIF, like a phone writes it. */
async function photo(name: string, hue: number): Promise<File> {
  const jpeg = await makeJpeg(320, 240, (ctx) => {
    ctx.fillStyle = `hsl(${hue} 45% 55%)`;
    ctx.fillRect(0, 0, 320, 240);
    ctx.fillStyle = `hsl(${hue} 45% 30%)`;
    ctx.beginPath();
    ctx.arc(160, 120, 70, 0, Math.PI * 2);
    ctx.fill();
  });
  return new File([withExif(jpeg, { gps: true }).slice()], name, { type: 'image/jpeg' });
}

/** `<rl-store>` with the adapter around an uploader with these attributes. */
function withStore(adapter: ReturnlessAdapter, attrs: Record<string, string> = {}, lang = 'en'): HTMLElement {
  const store = document.createElement('rl-store');
  store.setAttribute('locale', lang);
  store.adapter = adapter;
  const el = document.createElement('rl-media-uploader');
  el.setAttribute('name', 'media');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  store.append(el);
  return store;
}

const memory = (options: MemoryAdapterOptions = {}) => createMemoryAdapter({}, options);

/**
 * Shoppers add photos and videos with a button (or drop/paste). Files are checked by their
 * bytes; photos are resized on the device and lose their location data; every action has a
 * button. Form-associated: put it in any `<form>` with a `name`.
 */
const meta: Meta = {
  title: 'Elements/rl-media-uploader',
  component: 'rl-media-uploader',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** Try the attributes and the theme tokens with the controls below: the story redraws with each change. */
export const Playground: StoryObj<ThemeArgs & { label: string; maxFiles: number; accept: string; required: boolean; disabled: boolean }> = {
  args: { label: 'Photos of the item', maxFiles: 4, accept: 'image/*,video/*', required: false, disabled: false, ...themeArgs },
  argTypes: {
    label: { control: 'text' },
    maxFiles: { name: 'max-files', control: { type: 'range', min: 1, max: 10 } },
    accept: { control: 'select', options: ['image/*,video/*', 'image/*', 'video/*'] },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    ...themeArgTypes,
  },
  render: (args) =>
    html`<div style=${themeStyle(args)}>
      <rl-store .adapter=${memory()}>
        <rl-media-uploader
          name="media"
          label=${args.label}
          max-files=${args.maxFiles}
          accept=${args.accept}
          ?required=${args.required}
          ?disabled=${args.disabled}
        ></rl-media-uploader>
      </rl-store>
    </div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(uploader(canvasElement).shadowRoot!.querySelector('[part="limits"]')!.textContent).toContain('Up to 4 files'),
    );
  },
};

/** Nothing picked yet: the limits are stated before the shopper picks. */
export const Empty: Story = {
  render: () => html`<rl-store .adapter=${memory()}><rl-media-uploader name="media" max-files="4"></rl-media-uploader></rl-store>`,
  play: async ({ canvasElement }) => {
    const root = uploader(canvasElement).shadowRoot!;
    await expect(root.querySelector('[part="limits"]')!.textContent).toContain('Up to 4 files');
    await expect(root.querySelector('button.add')!.textContent).toContain('Add photos or videos');
  },
};

/** Two photos uploaded: thumbnails, "location data removed", description fields, reorder buttons. */
export const WithImages: Story = {
  render: () => html`<rl-store .adapter=${memory()}><rl-media-uploader name="media"></rl-media-uploader></rl-store>`,
  play: async ({ canvasElement }) => {
    const el = uploader(canvasElement);
    await el.addFiles([await photo('front.jpg', 210), await photo('detail.jpg', 30)]);
    await waitFor(() => expect(el.value).toHaveLength(2), { timeout: 5000 });
    await expect(el.shadowRoot!.querySelector('[part="note"]')!.textContent).toContain('Location data removed');
  },
};

/** A short video: its length and a poster frame, read without loading the whole file. */
export const WithVideo: Story = {
  render: () => html`<rl-store .adapter=${memory()}><rl-media-uploader name="media" accept="video"></rl-media-uploader></rl-store>`,
  play: async ({ canvasElement }) => {
    const el = uploader(canvasElement);
    await el.addFiles([await recordWebm(1)]);
    await waitFor(() => expect(el.value).toHaveLength(1), { timeout: 8000 });
  },
};

/**
 * A description pasted longer than 500 characters is kept whole (never cut): the row says how long
 * it is, the field is marked invalid, and the uploader is invalid in its form until it is shortened.
 */
export const DescriptionTooLong: Story = {
  render: () => html`<rl-store .adapter=${memory()}><rl-media-uploader name="media"></rl-media-uploader></rl-store>`,
  play: async ({ canvasElement }) => {
    const el = uploader(canvasElement);
    await el.addFiles([await photo('sole.jpg', 30)]);
    await waitFor(() => expect(el.value).toHaveLength(1), { timeout: 5000 });
    const alt = await waitFor(() => el.shadowRoot!.querySelector<HTMLInputElement>('[part="alt-input"]')!);
    alt.value = 'The sole came loose at the heel after two weeks of walking to work. '.repeat(8).trim();
    alt.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part="alt-error"]')?.textContent).toContain('shorten it to 500'));
    await expect(el.checkValidity()).toBe(false);
  },
};

/** A slow backend: progress bars, "Uploading, 25%" and a Cancel button per file. */
export const Uploading: Story = {
  render: () => withStore(memory({ latencyMs: 60_000 })),
  play: async ({ canvasElement }) => {
    const el = uploader(canvasElement);
    await el.addFiles([await photo('slow.jpg', 120)]);
    await waitFor(() => expect(el.shadowRoot!.querySelector('button.cancel')).toBeTruthy(), { timeout: 5000 });
  },
};

/** The upload failed (the backend is down): the reason and a Retry button. */
export const FailedWithRetry: Story = {
  render: () => withStore(memory({ failWith: { uploadMedia: 'network' } })),
  play: async ({ canvasElement }) => {
    const el = uploader(canvasElement);
    await el.addFiles([await photo('lost.jpg', 0)]);
    await waitFor(() => expect(el.shadowRoot!.querySelector('button.retry')).toBeTruthy(), { timeout: 5000 });
  },
};

/** Files refused by their bytes, whatever their names say: an executable, an SVG with a script, a web page. */
export const RefusedFiles: Story = {
  render: () => withStore(memory()),
  play: async ({ canvasElement }) => {
    const el = uploader(canvasElement);
    await el.addFiles([crafted.renamedExe(), crafted.svgWithScript(), crafted.html()]);
    await waitFor(() => expect(items(canvasElement).every((i) => i.classList.contains('error'))).toBe(true));
    await expect(el.value).toHaveLength(0);
  },
};

/** `max-files="2"` reached: the add button is disabled and the text says why. */
export const MaxFilesReached: Story = {
  render: () => withStore(memory(), { 'max-files': '2' }),
  play: async ({ canvasElement }) => {
    const el = uploader(canvasElement);
    await el.addFiles([await photo('a.jpg', 90), await photo('b.jpg', 180)]);
    await waitFor(() => expect(el.value).toHaveLength(2), { timeout: 5000 });
    await expect(el.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.disabled).toBe(true);
  },
};

/** Inside a plain `<form>`: one `media` entry per uploaded id, `required` like a native field. */
export const InAPlainForm: Story = {
  render: () => html`<rl-store .adapter=${memory()}>
    <form>
      <rl-media-uploader name="media" required accept="image" purpose="return"></rl-media-uploader>
      <p><button type="submit">Send</button></p>
    </form>
  </rl-store>`,
};

/** Simplified Chinese. */
export const ChineseZhCN: Story = {
  parameters: { locale: 'zh-CN' },
  render: () => withStore(memory(), {}, 'zh-CN'),
  play: async ({ canvasElement }) => {
    const el = uploader(canvasElement);
    await el.addFiles([await photo('照片.jpg', 300), crafted.svgPlain()]);
    await waitFor(() => expect(el.value).toHaveLength(1), { timeout: 5000 });
    await expect(el.shadowRoot!.querySelector('button.add')!.textContent).toContain('添加照片或视频');
  },
};

/** Right-to-left. */
export const RightToLeft: Story = {
  parameters: { dir: 'rtl' },
  render: () => withStore(memory()),
  play: async ({ canvasElement }) => {
    const el = uploader(canvasElement);
    await el.addFiles([await photo('a.jpg', 40), await photo('b.jpg', 260)]);
    await waitFor(() => expect(el.value).toHaveLength(2), { timeout: 5000 });
  },
};

/** A dark page. */
export const Dark: Story = {
  parameters: { theme: 'dark' },
  render: () => withStore(memory({ failWith: { uploadMedia: 'rejected' } })),
  play: async ({ canvasElement }) => {
    const el = uploader(canvasElement);
    await el.addFiles([await photo('a.jpg', 40), crafted.html()]);
    await waitFor(() => expect(items(canvasElement).every((i) => i.classList.contains('error'))).toBe(true), { timeout: 5000 });
  },
};

/** A 320 px phone: nothing overflows, buttons stay 44 px. */
export const Narrow320: Story = {
  parameters: { viewport: { defaultViewport: 'narrow' } },
  globals: { viewport: { value: 'narrow' } },
  render: () => html`<div style="max-inline-size:320px">${withStore(memory())}</div>`,
  play: async ({ canvasElement }) => {
    const el = uploader(canvasElement);
    await el.addFiles([
      await photo('a-photo-with-a-rather-long-file-name-from-a-phone-IMG_20261127_101010.jpg', 40),
      await photo('b.jpg', 200),
    ]);
    await waitFor(() => expect(el.value).toHaveLength(2), { timeout: 5000 });
    await expect(el.scrollWidth).toBeLessThanOrEqual(320);
    const add = el.shadowRoot!.querySelector('button.add')!.getBoundingClientRect();
    await expect(add.height).toBeGreaterThanOrEqual(44);
  },
};
