/** Issue 16: a file dialog opened from the stand-in and cancelled lets the uploader take its place. */
import { afterEach, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { cleanup, settle, waitFor } from '../helpers.js';
import { inStandIn, mountWithoutUploader, standIn, uploaderIn } from './review-form-stand-in-page.js';

afterEach(() => cleanup());

it('swaps once the dialog is cancelled', async () => {
  const form = await mountWithoutUploader(createMemoryAdapter());
  const input = inStandIn<HTMLInputElement>(form, 'input[type="file"]:not([capture])')!;
  input.click = () => undefined; // the dialog itself cannot be driven from a test
  inStandIn(form, '[part="add-button"]')!.click();
  await customElements.whenDefined('rl-media-uploader');
  await settle(form.parentElement!);
  expect(standIn(form)).not.toBeNull();
  input.dispatchEvent(new Event('cancel'));
  await waitFor(() => uploaderIn(form));
  expect(standIn(form)).toBeNull();
});
