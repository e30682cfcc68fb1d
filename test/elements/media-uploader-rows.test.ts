/**
 * A file's row (media-item-view.ts) is its own chunk: an uploader on a page is mostly empty when it
 * appears (issue 16). The rows' code is fetched when the shopper starts on the drop zone, awaited
 * with the first file, and at once for media set from a draft; until it is here each file is listed
 * by name, and `updateComplete` waits for it.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/elements/media-uploader/define.js';
import type { RlMediaUploader } from '../../src/elements/media-uploader/media-uploader.js';
import { $, $$, cleanup, fixture } from '../helpers.js';

type Views = typeof import('../../src/elements/media-uploader/media-item-view.js');
type Seam = { importViews: () => Promise<Views> };
const realImport = () => import('../../src/elements/media-uploader/media-item-view.js');

/** An uploader whose rows' module comes from `importViews`, set before it is on the page. */
async function mount(importViews: () => Promise<Views>): Promise<RlMediaUploader> {
  const host = await fixture<HTMLDivElement>('<div></div>');
  const el = document.createElement('rl-media-uploader');
  (el as unknown as Seam).importViews = importViews;
  host.append(el);
  await el.updateComplete;
  return el;
}

const unhandled: unknown[] = [];
const onRejection = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
beforeEach(() => {
  unhandled.length = 0;
  addEventListener('unhandledrejection', onRejection);
});
afterEach(() => {
  removeEventListener('unhandledrejection', onRejection);
  vi.restoreAllMocks();
  cleanup();
});

it('asks for the rows’ code only once the shopper starts on the drop zone', async () => {
  let calls = 0;
  const el = await mount(() => (calls++, realImport()));
  expect($(el, 'button.add')).not.toBeNull();
  expect(calls).toBe(0);
  await userEvent.hover($(el, 'button.add')!);
  expect(calls).toBe(1);
  $(el, 'button.add')!.focus();
  expect(calls).toBe(1);
});

it('lists restored media by name until the rows’ code is here; updateComplete waits for it', async () => {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const el = await mount(() => arrived.then(realImport));
  el.media = [{ id: 'm-1', kind: 'image', name: 'sole.jpg', status: 'published' }];
  let complete = false;
  void el.updateComplete.then(() => (complete = true));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect($$(el, '[part="item"]').map((row) => row.textContent!.trim())).toEqual(['Photo sole.jpg']);
  expect($(el, '[part="item"] .remove')).toBeNull();
  expect(complete).toBe(false);

  arrive();
  await el.updateComplete;
  expect(complete).toBe(true);
  expect($(el, '[part="item"] .remove')!.getAttribute('aria-label')).toBe('Remove: sole.jpg');
  expect(el.value).toEqual(['m-1']);
});

it('keeps the files listed by name when the rows’ code cannot be fetched, and fetches it again with the next file', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  let fail = true;
  const el = await mount(() => (fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : realImport()));
  el.media = [{ id: 'm-1', kind: 'image', name: 'sole.jpg', status: 'published' }];
  await el.updateComplete;
  expect($$(el, '[part="item"]').map((row) => row.textContent!.trim())).toEqual(['Photo sole.jpg']);
  expect(error.mock.calls.some(([text]) => String(text).includes('file rows'))).toBe(true);
  expect(el.value).toEqual(['m-1']);

  fail = false;
  await el.addFiles([new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'heel.jpg', { type: 'image/jpeg' })]);
  expect($$(el, '[part="item"] .remove').length).toBeGreaterThan(0);
  expect(unhandled).toEqual([]);
});

it('draws a Chinese uploader’s rows in Chinese: their words come with their code', async () => {
  document.documentElement.lang = 'zh-CN';
  try {
    const el = await mount(realImport);
    el.media = [{ id: 'm-1', kind: 'image', name: 'sole.jpg', status: 'published' }];
    await el.updateComplete;
    expect($(el, '[part="item"] .remove')!.getAttribute('aria-label')).toBe('删除：sole.jpg');
    expect($(el, '[part="item"] [part="alt-input"]')!.closest('label')!.textContent).toContain('描述此照片');
  } finally {
    document.documentElement.lang = 'en';
  }
});
