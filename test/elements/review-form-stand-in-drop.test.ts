/** Issue 16: a file dropped on the review form's stand-in (before the uploader has loaded) is uploaded by the uploader. */
import { afterEach, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { cleanup, waitFor } from '../helpers.js';
import { inStandIn, jpegFile, mountWithoutUploader, uploaderIn } from './review-form-stand-in-page.js';

/** The CDN loader defines each tag in a turn of its own (core/define.ts), after its chunk has loaded. */
const TURN = Symbol.for('returnless.turn');
const slot = globalThis as unknown as Record<symbol, (() => Promise<void>) | undefined>;

afterEach(() => {
  cleanup();
  delete slot[TURN];
});

it('takes a dropped file (the browser does not open it) and hands it to the uploader it loads, defined a turn later', async () => {
  const form = await mountWithoutUploader(createMemoryAdapter());
  slot[TURN] = () => new Promise((resolve) => setTimeout(resolve, 50));
  const zone = inStandIn(form, '[part="dropzone"]')!;
  const files = new DataTransfer();
  files.items.add(await jpegFile('dropped.jpg'));
  const over = new DragEvent('dragover', { dataTransfer: files, bubbles: true, cancelable: true, composed: true });
  zone.dispatchEvent(over);
  expect(over.defaultPrevented).toBe(true);
  const drop = new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true, composed: true });
  zone.dispatchEvent(drop);
  expect(drop.defaultPrevented).toBe(true);
  const uploader = await waitFor(() => uploaderIn(form));
  await waitFor(() => uploader.value.length === 1, 10_000);
  expect(uploader.media[0]!.name).toBe('dropped.jpg');
});
