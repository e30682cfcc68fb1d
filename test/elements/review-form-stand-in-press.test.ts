/** Issue 16: the uploader does not take the stand-in's place while a pointer is pressed on it (the click would be lost). */
import { afterEach, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { cleanup, settle, waitFor } from '../helpers.js';
import { inStandIn, mountWithoutUploader, standIn, uploaderIn } from './review-form-stand-in-page.js';

afterEach(() => cleanup());

it('keeps the stand-in until the press is over, then swaps', async () => {
  const form = await mountWithoutUploader(createMemoryAdapter());
  const button = inStandIn(form, '[part="add-button"]')!;
  button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  await customElements.whenDefined('rl-media-uploader');
  await settle(form.parentElement!);
  await new Promise((r) => setTimeout(r, 100));
  expect(standIn(form)).not.toBeNull();
  expect(uploaderIn(form)).toBeNull();
  button.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
  await waitFor(() => uploaderIn(form));
  expect(standIn(form)).toBeNull();
});
