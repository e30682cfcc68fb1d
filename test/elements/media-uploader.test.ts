import { afterEach, describe, expect, it } from 'vitest';
import type { ReturnlessAdapter, UploadOptions } from '../../src/adapters/adapter.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createRestAdapter } from '../../src/adapters/rest.js';
import type { MediaMeta } from '../../src/domain/media.js';
import '../../src/elements/media-uploader/define.js';
import type { MediaEventDetail, RlMediaUploader } from '../../src/elements/media-uploader/media-uploader.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { crafted, ftyp, hasGpsExif, jpegSegments, makeJpeg, recordWebm, truncatedJpeg, withExif } from '../fixtures/media.js';
import { $, $$, cleanup, fixture, waitFor } from '../helpers.js';

interface Call {
  blob: Blob;
  meta: MediaMeta;
  options?: UploadOptions;
}

/** An adapter that records what reaches it and answers at once (or as `answer` decides). */
function spyAdapter(answer?: (call: Call, n: number) => Promise<unknown> | unknown) {
  const calls: Call[] = [];
  const adapter: ReturnlessAdapter = {
    uploadMedia: async (blob, meta, options) => {
      const call = { blob, meta, options };
      calls.push(call);
      if (answer) return (await answer(call, calls.length)) as never;
      options?.onProgress?.(blob.size, blob.size);
      return { id: `m${calls.length}`, kind: meta.kind, status: 'published' };
    },
  };
  return { adapter, calls };
}

async function mount(adapter: ReturnlessAdapter, attrs = '', wrap = (s: string) => s) {
  const store = await fixture<RlStore>(`<rl-store>${wrap(`<rl-media-uploader ${attrs}></rl-media-uploader>`)}</rl-store>`);
  store.adapter = adapter;
  const el = store.querySelector('rl-media-uploader')!;
  await el.updateComplete;
  return el;
}

const file = (bytes: Uint8Array, name = 'photo.jpg', type = 'image/jpeg') => new File([bytes.slice()], name, { type });
const rows = (el: RlMediaUploader) => $$(el, '.item');
const statusOf = (el: RlMediaUploader, i = 0) => rows(el)[i]?.querySelector('.status')?.textContent?.trim() ?? '';
const live = (el: RlMediaUploader) => $(el, '[role="status"]')!.textContent!.trim();
const settled = (el: RlMediaUploader) => waitFor(() => !el.busy && rows(el).length > 0, 10_000);

afterEach(() => {
  cleanup();
  document.documentElement.lang = 'en';
});

describe('<rl-media-uploader>: before picking', () => {
  it('states the limits and offers a real button (described by the limits)', async () => {
    const el = await mount(spyAdapter().adapter, 'max-files="4" max-image-mb="10" max-video-mb="100" max-video-seconds="90"');
    const limits = $(el, '[part="limits"]')!.textContent!;
    expect(limits).toContain('Up to 4 files');
    expect(limits).toMatch(/10\s?MB/);
    expect(limits).toMatch(/100\s?MB/);
    expect(limits).toMatch(/90\s?(sec|s)/);
    const add = $<HTMLButtonElement>(el, 'button.add')!;
    expect(add.textContent).toContain('Add photos or videos');
    expect(add.getAttribute('aria-describedby')).toContain($(el, '[part="limits"]')!.id);
    expect($(el, '.count')!.textContent).toContain('0 of 4');
  });

  it('follows accept=image and zh-CN', async () => {
    document.documentElement.lang = 'zh-CN';
    const el = await mount(spyAdapter().adapter, 'accept="image"');
    expect($(el, 'button.add')!.textContent).toContain('添加照片');
    expect($<HTMLInputElement>(el, 'input[type=file]')!.accept).not.toContain('video');
  });
});

describe('<rl-media-uploader>: types by magic bytes', () => {
  it('refuses a renamed executable, SVG with script and HTML, each with its own message; none reaches the adapter', async () => {
    const spy = spyAdapter();
    const el = await mount(spy.adapter);
    const errors: MediaEventDetail[] = [];
    el.addEventListener('rl-media-error', (e) => errors.push(e.detail));
    await el.addFiles([crafted.renamedExe(), crafted.svgWithScript(), crafted.html(), crafted.random()]);
    await settled(el);
    expect(errors.map((e) => e.code)).toEqual(['executable', 'svg', 'html', 'unknown']);
    expect(statusOf(el, 0)).toContain('program');
    expect(statusOf(el, 1)).toContain('SVG');
    expect(statusOf(el, 2)).toContain('web page');
    expect(statusOf(el, 3)).toContain('JPEG, PNG');
    expect(spy.calls).toHaveLength(0);
    expect(el.value).toEqual([]);
  });

  it('refuses a truncated JPEG as unreadable, without hanging', async () => {
    const spy = spyAdapter();
    const el = await mount(spy.adapter);
    await el.addFiles([await truncatedJpeg()]);
    await settled(el);
    expect(statusOf(el)).toContain('could not be read');
    expect(spy.calls).toHaveLength(0);
  });
});

describe('<rl-media-uploader>: photos', () => {
  it('removes EXIF including GPS before upload, and says so', async () => {
    const spy = spyAdapter();
    const el = await mount(spy.adapter);
    const original = withExif(await makeJpeg(64, 48), { gps: true, orientation: 1 });
    expect(hasGpsExif(original)).toBe(true);
    await el.addFiles([file(original)]);
    await settled(el);
    expect(spy.calls).toHaveLength(1);
    const uploaded = new Uint8Array(await spy.calls[0]!.blob.arrayBuffer());
    expect(uploaded[0]).toBe(0xff);
    expect(hasGpsExif(uploaded)).toBe(false);
    expect(jpegSegments(uploaded).some((s) => s.marker === 0xe1)).toBe(false);
    expect(spy.calls[0]!.meta).toMatchObject({ kind: 'image', mime: 'image/jpeg', purpose: 'review', width: 64, height: 48 });
    expect($(el, '[part="note"]')!.textContent).toContain('Location data removed');
    expect(el.value).toEqual(['m1']);
  });

  it('applies EXIF orientation (6 = rotate 90° clockwise)', async () => {
    const spy = spyAdapter();
    const el = await mount(spy.adapter);
    // Stored 40 × 20: left half red, right half blue. Shown rotated: 20 × 40, red on top.
    await el.addFiles([file(withExif(await makeJpeg(40, 20), { orientation: 6 }))]);
    await settled(el);
    const blob = spy.calls[0]!.blob;
    const bitmap = await createImageBitmap(blob, { imageOrientation: 'none' });
    expect([bitmap.width, bitmap.height]).toEqual([20, 40]);
    const canvas = new OffscreenCanvas(20, 40);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const top = ctx.getImageData(10, 5, 1, 1).data;
    const bottom = ctx.getImageData(10, 35, 1, 1).data;
    expect(top[0]).toBeGreaterThan(200);
    expect(top[2]).toBeLessThan(60);
    expect(bottom[2]).toBeGreaterThan(200);
    expect(spy.calls[0]!.meta).toMatchObject({ width: 20, height: 40 });
  });

  it('downscales to max-image-edge', async () => {
    const spy = spyAdapter();
    const el = await mount(spy.adapter, 'max-image-edge="100"');
    await el.addFiles([file(await makeJpeg(400, 200))]);
    await settled(el);
    expect(spy.calls[0]!.meta).toMatchObject({ width: 100, height: 50 });
    const bitmap = await createImageBitmap(spy.calls[0]!.blob);
    expect([bitmap.width, bitmap.height]).toEqual([100, 50]);
  });
});

describe('<rl-media-uploader>: HEIC the browser cannot decode', () => {
  const heic = () => {
    const head = ftyp('heic', 'mif1', 'heic');
    const bytes = new Uint8Array(4096);
    bytes.set(head);
    return new File([bytes], 'IMG_0001.HEIC', { type: '' });
  };

  it('explains instead of hanging when the backend does not accept HEIC', async () => {
    const spy = spyAdapter();
    const el = await mount(spy.adapter);
    await el.addFiles([heic()]);
    await settled(el);
    expect(statusOf(el)).toContain('cannot convert HEIC');
    expect(spy.calls).toHaveLength(0);
  });

  it('uploads the original unchanged when accept-heic says the backend takes it', async () => {
    const spy = spyAdapter();
    const el = await mount(spy.adapter, 'accept-heic');
    const file = heic();
    await el.addFiles([file]);
    await settled(el);
    expect(spy.calls).toHaveLength(1);
    expect(spy.calls[0]!.blob).toBe(file);
    expect(spy.calls[0]!.meta).toMatchObject({ kind: 'image', mime: 'image/heic' });
    expect($(el, '[part="note"]')!.textContent).not.toContain('Location data removed');
  });
});

describe('<rl-media-uploader>: file names', () => {
  it('drops bidirectional overrides from a file name: shown and sent as the characters it holds', async () => {
    const spy = spyAdapter();
    const el = await mount(spy.adapter);
    // Displayed with the override, "photo\u202Egpj.exe" reads "photoexe.jpg".
    await el.addFiles([file(await makeJpeg(16, 16), 'photo\u202Egpj.exe\u2066.jpg')]);
    await settled(el);
    await waitFor(() => spy.calls.length === 1, 10_000);
    expect(spy.calls[0]!.meta.filename).toBe('photogpj.exe.jpg');
    expect(rows(el)[0]!.textContent).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(rows(el)[0]!.textContent).toContain('photogpj.exe.jpg');
  });
});

describe('<rl-media-uploader>: limits', () => {
  it('refuses files beyond max-files and photos over max-image-mb, stating the limit', async () => {
    const spy = spyAdapter();
    const el = await mount(spy.adapter, 'max-files="2" max-image-mb="0.01"');
    const small = await makeJpeg(16, 16);
    const big = await makeJpeg(600, 600, (ctx) => {
      for (let i = 0; i < 3000; i++) {
        ctx.fillStyle = `hsl(${i % 360} 80% 50%)`;
        ctx.fillRect((i * 37) % 600, (i * 91) % 600, 9, 9);
      }
    });
    expect(big.length).toBeGreaterThan(0.01 * 1024 * 1024);
    await el.addFiles([file(small, 'a.jpg'), file(big, 'big.jpg'), file(small, 'b.jpg'), file(small, 'c.jpg')]);
    await settled(el);
    // The limit itself, never rounded to "0 MB" nor up (0.01 MB is 10.24 kB), the same figure as stated before picking.
    expect(statusOf(el, 1)).toBe('This photo is larger than 10.2 kB.');
    expect($(el, '[part="limits"]')!.textContent).toContain('up to 10.2 kB each');
    expect(statusOf(el, 3)).toContain('Only 2 files');
    expect(spy.calls.map((c) => c.meta.filename)).toEqual(['a.jpg', 'b.jpg']);
    expect($<HTMLButtonElement>(el, 'button.add')!.disabled).toBe(true);
    expect($(el, '.count')!.textContent).toContain('maximum of 2');
  });

  it('refuses a video over max-video-seconds, reading only its metadata', async () => {
    const spy = spyAdapter();
    const el = await mount(spy.adapter, 'max-video-seconds="1"');
    const video = await recordWebm(2.2);
    // Record every way script could read the bytes: only a short slice (the type sniff) may be read.
    const reads: string[] = [];
    const sliced: number[] = [];
    video.arrayBuffer = () => (reads.push('arrayBuffer'), Blob.prototype.arrayBuffer.call(video));
    video.text = () => (reads.push('text'), Blob.prototype.text.call(video));
    video.stream = () => (reads.push('stream'), Blob.prototype.stream.call(video));
    video.slice = (start?: number, end?: number, type?: string) => {
      sliced.push((end ?? video.size) - (start ?? 0));
      return Blob.prototype.slice.call(video, start, end, type);
    };
    await el.addFiles([video]);
    await settled(el);
    expect(statusOf(el)).toMatch(/longer than 1 sec/);
    expect(spy.calls).toHaveLength(0);
    expect(reads).toEqual([]);
    expect(sliced.length).toBeGreaterThan(0);
    expect(Math.max(...sliced)).toBeLessThan(Math.min(4096, video.size));
  });

  it('uploads a short video with its duration and a poster', async () => {
    const spy = spyAdapter();
    const el = await mount(spy.adapter, 'max-video-seconds="10"');
    await el.addFiles([await recordWebm(0.8)]);
    await settled(el);
    expect(spy.calls).toHaveLength(1);
    expect(spy.calls[0]!.meta.kind).toBe('video');
    expect(spy.calls[0]!.meta.mime).toBe('video/webm');
    expect(spy.calls[0]!.meta.durationSeconds).toBeGreaterThan(0.3);
    expect(rows(el)[0]!.querySelector('img')).not.toBeNull();
  }, 20_000);
});

describe('<rl-media-uploader>: progress, cancel, retry, remove, reorder', () => {
  it('announces progress in 25% steps through a polite live region', async () => {
    let report!: (sent: number) => void;
    let finish!: () => void;
    const spy = spyAdapter(
      (call) =>
        new Promise((resolve) => {
          report = (sent) => call.options!.onProgress!(sent, 100);
          finish = () => resolve({ id: 'm1', kind: 'image', status: 'pending' });
        }),
    );
    const el = await mount(spy.adapter);
    await el.addFiles([file(await makeJpeg(16, 16), 'shoe.jpg')]);
    await waitFor(() => report);
    const heard: string[] = [];
    for (const sent of [10, 30, 40, 55, 80]) {
      report(sent);
      await el.updateComplete;
      await el.updateComplete;
      heard.push(live(el));
    }
    // 10% is below the first step: nothing new is said; 40% repeats nothing (still the 25% step).
    expect(heard[0]).not.toMatch(/uploaded/);
    expect(heard.slice(1)).toEqual([
      'shoe.jpg: 25% uploaded',
      'shoe.jpg: 25% uploaded',
      'shoe.jpg: 50% uploaded',
      'shoe.jpg: 75% uploaded',
    ]);
    expect($(el, '[role="status"]')!.getAttribute('aria-live')).toBe('polite');
    finish();
    await waitFor(() => el.value.length === 1);
    expect(statusOf(el)).toContain('visible after review');
  });

  it('cancels an upload (aborting the request) and retries it', async () => {
    const spy = spyAdapter((call, n) =>
      n === 1
        ? new Promise((_, reject) =>
            call.options!.signal!.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
          )
        : { id: 'm9', kind: 'image', status: 'published' },
    );
    const el = await mount(spy.adapter);
    await el.addFiles([file(await makeJpeg(16, 16), 'x.jpg')]);
    await waitFor(() => spy.calls.length === 1);
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button.cancel')!.click();
    await el.updateComplete;
    expect(spy.calls[0]!.options!.signal!.aborted).toBe(true);
    expect(statusOf(el)).toContain('cancelled');
    expect(el.value).toEqual([]);
    $<HTMLButtonElement>(el, 'button.retry')!.click();
    await waitFor(() => el.value.length === 1);
    expect(el.value).toEqual(['m9']);
    // The retry reuses the file's idempotency key.
    expect(spy.calls[1]!.options!.idempotencyKey).toBe(spy.calls[0]!.options!.idempotencyKey);
  });

  it('retries after an injected failure, reporting the code', async () => {
    const adapter = createMemoryAdapter({}, { failWith: { uploadMedia: 'network' } });
    const el = await mount(adapter);
    const errors: MediaEventDetail[] = [];
    el.addEventListener('rl-media-error', (e) => errors.push(e.detail));
    await el.addFiles([file(await makeJpeg(16, 16), 'y.jpg')]);
    await settled(el);
    expect(errors).toMatchObject([{ name: 'y.jpg', code: 'network', kind: 'image' }]);
    expect(statusOf(el)).toContain('interrupted');
    // The backend recovers.
    const store = el.closest('rl-store')!;
    store.adapter = createMemoryAdapter();
    await el.updateComplete;
    const uploaded: MediaEventDetail[] = [];
    el.addEventListener('rl-media-uploaded', (e) => uploaded.push(e.detail));
    $<HTMLButtonElement>(el, 'button.retry')!.click();
    await waitFor(() => el.value.length === 1);
    expect(uploaded[0]!.id).toMatch(/^media-/);
  });

  it('reorders with buttons (keeping focus) and removes with focus moving on', async () => {
    const spy = spyAdapter();
    const el = await mount(spy.adapter);
    const jpeg = await makeJpeg(16, 16);
    await el.addFiles([file(jpeg, 'one.jpg'), file(jpeg, 'two.jpg'), file(jpeg, 'three.jpg')]);
    await waitFor(() => el.value.length === 3);
    const before = [...el.value];
    const changes: string[][] = [];
    el.addEventListener('change', () => changes.push(el.value));
    const later = rows(el)[0]!.querySelector<HTMLButtonElement>('.move-later')!;
    expect(later.getAttribute('aria-label')).toBe('Move later: one.jpg');
    expect(rows(el)[0]!.querySelector<HTMLButtonElement>('.move-earlier')!.disabled).toBe(true);
    later.focus();
    later.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.value).toEqual([before[1], before[0], before[2]]);
    expect(changes).toHaveLength(1);
    expect((el.shadowRoot!.activeElement as HTMLElement).getAttribute('aria-label')).toBe('Move later: one.jpg');
    expect(live(el)).toContain('position 2 of 3');
    const removed: MediaEventDetail[] = [];
    el.addEventListener('rl-media-remove', (e) => removed.push(e.detail));
    rows(el)[1]!.querySelector<HTMLButtonElement>('.remove')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(removed).toMatchObject([{ name: 'one.jpg', id: before[0] }]);
    expect(el.value).toEqual([before[1], before[2]]);
    expect((el.shadowRoot!.activeElement as HTMLElement).getAttribute('aria-label')).toBe('Remove: three.jpg');
  });

  it('adds dropped and pasted files', async () => {
    const spy = spyAdapter();
    const el = await mount(spy.adapter);
    const jpeg = await makeJpeg(16, 16);
    const drop = new DataTransfer();
    drop.items.add(file(jpeg, 'dropped.jpg'));
    $(el, '.dropzone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: drop, bubbles: true, cancelable: true }));
    const paste = new DataTransfer();
    paste.items.add(file(jpeg, 'pasted.jpg'));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: paste, bubbles: true, cancelable: true }));
    await waitFor(() => el.value.length === 2);
    expect(spy.calls.map((c) => c.meta.filename).sort()).toEqual(['dropped.jpg', 'pasted.jpg']);
  });
});

describe('<rl-media-uploader>: form association', () => {
  it('contributes one entry per media id under its name, supports required and reset', async () => {
    const spy = spyAdapter();
    const el = await mount(spy.adapter, 'name="photos" required', (s) => `<form><input name="title" value="t">${s}</form>`);
    const form = el.closest('form')!;
    expect(el.form).toBe(form);
    expect(form.checkValidity()).toBe(false);
    expect(el.validity!.valueMissing).toBe(true);
    expect(el.validationMessage).toContain('at least one');
    const jpeg = await makeJpeg(16, 16);
    await el.addFiles([file(jpeg, 'a.jpg'), file(jpeg, 'b.jpg')]);
    await waitFor(() => el.value.length === 2);
    await el.updateComplete;
    expect(new FormData(form).getAll('photos')).toEqual(['m1', 'm2']);
    // A description typed after the upload still reaches the form, paired by position.
    const alt = $$<HTMLInputElement>(el, '[part="alt-input"]')[1]!;
    alt.value = 'Sole, worn for a month';
    alt.dispatchEvent(new Event('input'));
    expect(new FormData(form).getAll('photos-alt')).toEqual(['', 'Sole, worn for a month']);
    // A description in a right-to-left language reads right to left on this left-to-right page.
    alt.value = 'סוליה';
    expect(getComputedStyle(alt).direction).toBe('rtl');
    expect(form.checkValidity()).toBe(true);
    form.reset();
    await el.updateComplete;
    expect(el.value).toEqual([]);
    expect(new FormData(form).getAll('photos')).toEqual([]);
    expect(form.checkValidity()).toBe(false);
  });

  it('offers a description field for review photos, none for return evidence (only the shop sees it)', async () => {
    const spy = spyAdapter();
    const review = await mount(spy.adapter);
    await review.addFiles([file(await makeJpeg(16, 16), 'a.jpg')]);
    await waitFor(() => review.value.length === 1);
    await review.updateComplete;
    expect($$(review, '[part="alt-input"]')).toHaveLength(1);
    cleanup();
    const evidence = await mount(spy.adapter, 'purpose="return"');
    await evidence.addFiles([file(await makeJpeg(16, 16), 'b.jpg')]);
    await waitFor(() => evidence.value.length === 1);
    await evidence.updateComplete;
    expect($$(evidence, '.item')).toHaveLength(1);
    expect($$(evidence, '[part="alt-input"]')).toHaveLength(0);
    expect(spy.calls.at(-1)!.meta.purpose).toBe('return');
  });

  it('keeps a description longer than 500 characters whole, says so and stays invalid until it is shortened', async () => {
    const spy = spyAdapter();
    const el = await mount(spy.adapter, 'name="photos"', (s) => `<form>${s}</form>`);
    const form = el.closest('form')!;
    await el.addFiles([file(await makeJpeg(16, 16), 'a.jpg')]);
    await waitFor(() => el.value.length === 1);
    await el.updateComplete;
    const alt = $<HTMLInputElement>(el, '[part="alt-input"]')!;
    expect(alt.hasAttribute('maxlength')).toBe(false);
    const pasted = 'A long description. '.repeat(30).trim();
    alt.value = pasted;
    alt.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(alt.value).toBe(pasted);
    expect(new FormData(form).getAll('photos-alt')).toEqual([pasted]);
    expect(alt.getAttribute('aria-invalid')).toBe('true');
    const error = $(el, '[part="alt-error"]')!;
    expect(error.textContent).toBe('599 characters: shorten it to 500 or fewer.');
    expect(alt.getAttribute('aria-describedby')!.split(' ')).toContain(error.id);
    expect(form.checkValidity()).toBe(false);
    expect(el.validity!.tooLong).toBe(true);
    expect(el.validationMessage).toBe('Please shorten the descriptions to 500 characters or fewer.');
    alt.value = pasted.slice(0, 500);
    alt.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect($(el, '[part="alt-error"]')).toBeNull();
    expect(alt.getAttribute('aria-invalid')).toBe('false');
    expect(form.checkValidity()).toBe(true);
  });

  it('is disabled by a disabled fieldset and is invalid while uploading', async () => {
    let finish!: () => void;
    const spy = spyAdapter(() => new Promise((r) => (finish = () => r({ id: 'm1', kind: 'image', status: 'published' }))));
    const el = await mount(spy.adapter, 'name="p"', (s) => `<form><fieldset>${s}</fieldset></form>`);
    await el.addFiles([file(await makeJpeg(16, 16))]);
    await waitFor(() => finish);
    await el.updateComplete;
    expect(el.validity!.customError).toBe(true);
    finish();
    await waitFor(() => el.value.length === 1);
    await el.updateComplete;
    expect(el.checkValidity()).toBe(true);
    el.closest('fieldset')!.disabled = true;
    await el.updateComplete;
    expect($<HTMLButtonElement>(el, 'button.add')!.disabled).toBe(true);
  });
});

/** A tus 1.0.0 server inside a fake XMLHttpRequest (what tus-js-client uses in browsers). */
function fakeTusServer(options: { dropOnPatch?: number } = {}) {
  const uploads = new Map<string, { length: number; offset: number; metadata: Record<string, string>; bytes: number[] }>();
  const log: string[] = [];
  let patches = 0;
  let patchedBytes = 0;
  let next = 0;
  const Original = globalThis.XMLHttpRequest;
  class FakeXHR {
    upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number }) => void) | null } = { onprogress: null };
    status = 0;
    responseText = '';
    timeout = 0;
    onload: (() => void) | null = null;
    onerror: ((e: unknown) => void) | null = null;
    onabort: (() => void) | null = null;
    ontimeout: (() => void) | null = null;
    private method = '';
    private url = '';
    private headers: Record<string, string> = {};
    private response: Record<string, string> = {};
    private aborted = false;
    open(method: string, url: string | URL) {
      this.method = method;
      this.url = String(url);
    }
    setRequestHeader(k: string, v: string) {
      this.headers[k.toLowerCase()] = v;
    }
    getResponseHeader(k: string) {
      return this.response[k.toLowerCase()] ?? null;
    }
    getAllResponseHeaders() {
      return Object.entries(this.response)
        .map(([k, v]) => `${k}: ${v}`)
        .join('\r\n');
    }
    abort() {
      this.aborted = true;
    }
    send(body: Blob | null) {
      setTimeout(() => void this.handle(body), 1);
    }
    private reply(status: number, headers: Record<string, string> = {}, text = '') {
      if (this.aborted) return;
      this.status = status;
      this.response = { 'tus-resumable': '1.0.0', ...headers };
      this.responseText = text;
      this.onload?.();
    }
    private async handle(body: Blob | null) {
      const path = new URL(this.url, location.href).pathname;
      log.push(`${this.method} ${path}`);
      if (this.method === 'POST' && path.endsWith('/media/tus')) {
        const metadata = Object.fromEntries(
          (this.headers['upload-metadata'] ?? '').split(',').map((pair) => {
            const [k, v = ''] = pair.trim().split(' ');
            return [k!, new TextDecoder().decode(Uint8Array.from(atob(v), (c) => c.charCodeAt(0)))];
          }),
        );
        const id = `u${++next}`;
        uploads.set(id, { length: Number(this.headers['upload-length']), offset: 0, metadata, bytes: [] });
        return this.reply(201, { location: `${path}/${id}` });
      }
      const upload = uploads.get(path.split('/').pop()!);
      if (!upload) return this.reply(404);
      if (this.method === 'HEAD')
        return this.reply(200, {
          'upload-offset': String(upload.offset),
          'upload-length': String(upload.length),
          'cache-control': 'no-store',
        });
      if (this.method === 'PATCH') {
        if (Number(this.headers['upload-offset']) !== upload.offset) return this.reply(409);
        const bytes = [...new Uint8Array(await body!.arrayBuffer())];
        patches++;
        patchedBytes += bytes.length;
        if (patches === options.dropOnPatch) {
          // The connection drops after half the chunk reached the server.
          const half = bytes.slice(0, Math.floor(bytes.length / 2));
          upload.bytes.push(...half);
          upload.offset += half.length;
          this.upload.onprogress?.({ lengthComputable: true, loaded: half.length });
          return this.onerror?.(new ProgressEvent('error'));
        }
        upload.bytes.push(...bytes);
        upload.offset += bytes.length;
        this.upload.onprogress?.({ lengthComputable: true, loaded: bytes.length });
        const done = upload.offset === upload.length;
        const meta = JSON.parse(upload.metadata.meta ?? '{}') as MediaMeta;
        return this.reply(
          done ? 200 : 204,
          { 'upload-offset': String(upload.offset) },
          done ? JSON.stringify({ id: `media-${path.split('/').pop()}`, kind: meta.kind, status: 'pending' }) : '',
        );
      }
      return this.reply(405);
    }
  }
  globalThis.XMLHttpRequest = FakeXHR as unknown as typeof XMLHttpRequest;
  return {
    uploads,
    log,
    get patchedBytes() {
      return patchedBytes;
    },
    restore: () => (globalThis.XMLHttpRequest = Original),
  };
}

describe('REST adapter: resumable uploads (tus 1.0.0) for large files', () => {
  const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 31) % 251);
  const meta: MediaMeta = { kind: 'video', mime: 'video/mp4', size: bytes.length, purpose: 'review' };
  const rest = () => createRestAdapter({ baseUrl: '/api', resumableFromBytes: 1000, chunkBytes: 4000, resumeDelaysMs: [0, 20, 20] });
  afterEach(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('tus::')) localStorage.removeItem(k);
  });

  it('resumes after a dropped connection from the offset the server has, and returns the MediaRef', async () => {
    const server = fakeTusServer({ dropOnPatch: 2 });
    try {
      const progress: number[] = [];
      const ref = await rest().uploadMedia!(new Blob([bytes]), meta, {
        idempotencyKey: 'key-1',
        onProgress: (sent) => progress.push(sent),
      });
      expect(ref).toEqual({ id: 'media-u1', kind: 'video', status: 'pending' });
      const upload = server.uploads.get('u1')!;
      expect(Uint8Array.from(upload.bytes)).toEqual(bytes);
      expect(JSON.parse(upload.metadata.meta!)).toEqual(meta);
      expect(upload.metadata.idempotencyKey).toBe('key-1');
      // One creation only; after the drop a HEAD asked for the offset and the upload continued from it.
      expect(server.log.filter((l) => l.startsWith('POST'))).toHaveLength(1);
      const drop = server.log.indexOf('PATCH /api/media/tus/u1', server.log.indexOf('PATCH /api/media/tus/u1') + 1);
      expect(server.log[drop + 1]).toBe('HEAD /api/media/tus/u1');
      // Only the lost half chunk was sent twice.
      expect(server.patchedBytes).toBeLessThan(bytes.length + 4000);
      expect(progress.at(-1)).toBe(bytes.length);
    } finally {
      server.restore();
    }
  });

  it('a retry with the same idempotency key continues the stored upload instead of starting over', async () => {
    const server = fakeTusServer({ dropOnPatch: 2 });
    try {
      const failing = createRestAdapter({ baseUrl: '/api', resumableFromBytes: 1000, chunkBytes: 4000, resumeDelaysMs: [] });
      await expect(failing.uploadMedia!(new Blob([bytes]), meta, { idempotencyKey: 'key-2' })).rejects.toMatchObject({ code: 'network' });
      const offsetAfterDrop = server.uploads.get('u1')!.offset;
      expect(offsetAfterDrop).toBe(6000);
      const ref = await failing.uploadMedia!(new Blob([bytes]), meta, { idempotencyKey: 'key-2' });
      expect(ref).toMatchObject({ id: 'media-u1' });
      expect(server.log.filter((l) => l.startsWith('POST'))).toHaveLength(1);
      expect(Uint8Array.from(server.uploads.get('u1')!.bytes)).toEqual(bytes);
    } finally {
      server.restore();
    }
  });

  it('small files still use one POST with the meta header', async () => {
    const seen: { url: string; headers: Record<string, string> }[] = [];
    const server = fakeTusServer();
    server.restore();
    const Original = globalThis.XMLHttpRequest;
    class SmallXHR {
      upload = { onprogress: null };
      status = 0;
      responseText = '';
      timeout = 0;
      onload: (() => void) | null = null;
      private headers: Record<string, string> = {};
      private url = '';
      open(_m: string, url: string | URL) {
        this.url = String(url);
      }
      setRequestHeader(k: string, v: string) {
        this.headers[k] = v;
      }
      getResponseHeader() {
        return null;
      }
      send() {
        seen.push({ url: this.url, headers: this.headers });
        this.status = 201;
        this.responseText = JSON.stringify({ id: 'small-1', kind: 'image', status: 'published' });
        setTimeout(() => this.onload?.(), 1);
      }
    }
    globalThis.XMLHttpRequest = SmallXHR as unknown as typeof XMLHttpRequest;
    try {
      const ref = await rest().uploadMedia!(
        new Blob([bytes.slice(0, 500)]),
        { ...meta, kind: 'image', mime: 'image/jpeg', size: 500 },
        { idempotencyKey: 'k3' },
      );
      expect(ref).toMatchObject({ id: 'small-1' });
      expect(new URL(seen[0]!.url).pathname).toBe('/api/media');
      expect(JSON.parse(decodeURIComponent(seen[0]!.headers['X-Returnless-Meta']!))).toMatchObject({ kind: 'image', size: 500 });
      expect(seen[0]!.headers['Idempotency-Key']).toBe('k3');
    } finally {
      globalThis.XMLHttpRequest = Original;
    }
  });
});
