/** Issue 12 §6: the limits the uploader states are the limits enforced, worded as sizes people read. */
import { afterEach, describe, expect, it } from 'vitest';
import type { ReturnlessAdapter } from '../../src/adapters/adapter.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import '../../src/elements/media-uploader/define.js';
import type { RlMediaUploader } from '../../src/elements/media-uploader/media-uploader.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { makeJpeg } from '../fixtures/media.js';
import { $, $$, cleanup, fixture, waitFor } from '../helpers.js';

async function mount(adapter: ReturnlessAdapter, attrs = '') {
  const store = await fixture<RlStore>(`<rl-store><rl-media-uploader ${attrs}></rl-media-uploader></rl-store>`);
  store.adapter = adapter;
  const el = store.querySelector('rl-media-uploader')!;
  await el.updateComplete;
  return el;
}

const limitsText = (el: RlMediaUploader) => $(el, '[part="limits"]')!.textContent!.replace(/\s+/g, ' ').trim();
const statusOf = (el: RlMediaUploader, i: number) => $$(el, '.item')[i]?.querySelector('.status')?.textContent?.trim() ?? '';
const jpeg = async (name: string, noisy: boolean) =>
  new File(
    [
      (
        await makeJpeg(noisy ? 600 : 16, noisy ? 600 : 16, (ctx) => {
          for (let i = 0; noisy && i < 3000; i++) {
            ctx.fillStyle = `hsl(${i % 360} 80% 50%)`;
            ctx.fillRect((i * 37) % 600, (i * 91) % 600, 9, 9);
          }
        })
      ).slice(),
    ],
    name,
    { type: 'image/jpeg' },
  );

afterEach(() => {
  cleanup();
  document.documentElement.lang = 'en';
});

describe('<rl-media-uploader>: limits from the backend', () => {
  it('states the backend limit (not its own 25 MB default) and refuses what the backend would', async () => {
    const adapter = createMemoryAdapter({}, { mediaLimits: { maxImageBytes: 20 * 1024 } });
    const el = await mount(adapter);
    await waitFor(() => /20 kB/.test(limitsText(el)));
    expect(limitsText(el)).toContain('Photos: JPEG, PNG, WebP, GIF or HEIC, up to 20 kB each.');
    expect(limitsText(el)).not.toContain('25 MB');
    const small = await jpeg('small.jpg', false);
    const big = await jpeg('big.jpg', true);
    expect(big.size).toBeGreaterThan(20 * 1024);
    await el.addFiles([small, big]);
    await waitFor(() => !el.busy && el.value.length === 1, 10_000);
    // The refusal names the very figure stated above.
    expect(statusOf(el, 1)).toBe('This photo is larger than 20 kB.');
    // And the backend itself refuses the same bytes: the stated limit is the enforced one.
    const refused = await adapter.uploadMedia!(big, { kind: 'image', mime: 'image/jpeg', size: big.size, purpose: 'review' }).catch(
      (e) => e,
    );
    expect(refused).toMatchObject({ code: 'rejected', field: 'file' });
  });

  it('keeps an attribute stricter than the backend, and its own limits when the adapter says none', async () => {
    const el = await mount(createMemoryAdapter({}, { mediaLimits: { maxImageBytes: 20 * 1024 } }), 'max-image-mb="0.01" accept="image"');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(limitsText(el)).toContain('up to 10.2 kB each');
    const plain = await mount(createMemoryAdapter(), 'max-image-mb="0.5" max-video-mb="2.5"');
    await new Promise((r) => setTimeout(r, 50));
    expect(limitsText(plain)).toContain('up to 512 kB each');
    expect(limitsText(plain)).toContain('up to 2.5 MB and 1 min each');
  });
});

describe('<rl-media-uploader>: a backend slow to say its limits', () => {
  it('holds files back briefly, then checks them against the attributes', async () => {
    const base = createMemoryAdapter();
    const el = await mount({ ...base, getMediaLimits: () => new Promise(() => undefined) });
    const started = performance.now();
    await el.addFiles([await jpeg('a.jpg', false)]);
    expect(performance.now() - started).toBeLessThan(4000);
    await waitFor(() => el.value.length === 1, 10_000);
  });
});

describe('<rl-media-uploader>: size wording', () => {
  for (const [mb, en] of [
    ['0.5', '512 kB'],
    ['0.001', '1 kB'],
    ['2.5', '2.5 MB'],
    ['10', '10 MB'],
    ['10.25', '10.2 MB'],
    ['200', '200 MB'],
  ] as const) {
    it(`max-image-mb="${mb}" reads ${en}`, async () => {
      const el = await mount(createMemoryAdapter(), `max-image-mb="${mb}" accept="image"`);
      expect(limitsText(el)).toContain(`up to ${en} each`);
    });
  }

  it('reads sizes the Chinese way on zh-CN pages', async () => {
    document.documentElement.lang = 'zh-CN';
    const el = await mount(createMemoryAdapter(), 'max-image-mb="0.5" max-video-mb="2.5"');
    expect(limitsText(el)).toContain('每张不超过 512 kB');
    expect(limitsText(el)).toContain('每个不超过 2.5 MB');
  });

  it('joins the limits as each language writes sentences: a space in English, none after 。', async () => {
    const sentences = (el: RlMediaUploader) => $(el, '[part="limits"] p')!.textContent!;
    const en = await mount(createMemoryAdapter());
    expect(sentences(en)).toMatch(/^Up to 6 files\. Photos: .*each\. Videos: /);
    document.documentElement.lang = 'zh-CN';
    const zh = await mount(createMemoryAdapter());
    await waitFor(() => sentences(zh).startsWith('最多'));
    expect(sentences(zh)).toMatch(/^最多 6 个文件。照片：.*。视频：/);
  });
});
