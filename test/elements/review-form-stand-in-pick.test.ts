/** Issue 16: the stand-in's add button opens the file dialog itself; the files picked reach the uploader once it has loaded. */
import { afterEach, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { cleanup, settle, waitFor } from '../helpers.js';
import { inStandIn, jpegFile, mountWithoutUploader, standIn, uploaderIn } from './review-form-stand-in-page.js';

afterEach(() => cleanup());

it('a click on the stand-in add button opens its file dialog at once; the picked file is uploaded by the uploader', async () => {
  const form = await mountWithoutUploader(createMemoryAdapter());
  const input = inStandIn<HTMLInputElement>(form, 'input[type="file"]:not([capture])')!;
  let opened = 0;
  input.click = () => void opened++; // the dialog itself cannot be driven from a test
  inStandIn(form, '[part="add-button"]')!.click();
  // In the same task as the click (user activation), not after the uploader's chunk arrived.
  expect(opened).toBe(1);
  // The uploader loads while the dialog is open, and waits for it to close (its input would not be the one answering).
  await customElements.whenDefined('rl-media-uploader');
  await settle(form.parentElement!);
  expect(standIn(form)).not.toBeNull();
  const picked = new DataTransfer();
  picked.items.add(await jpegFile('picked.jpg'));
  input.files = picked.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const uploader = await waitFor(() => uploaderIn(form));
  await waitFor(() => uploader.value.length === 1, 10_000);
  expect(uploader.media[0]!.name).toBe('picked.jpg');
});
