/**
 * Issue 16: the review form draws the uploader's face (a stand-in) and loads `<rl-media-uploader>`
 * on the first sign of use; the swap moves nothing and keyboard focus stays on the add button.
 */
import { afterEach, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { $, cleanup, settle, waitFor } from '../helpers.js';
import { inStandIn, mountWithoutUploader, standIn, uploaderIn } from './review-form-stand-in-page.js';

afterEach(() => cleanup());

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

it('says uploads are unavailable, as the uploader would, when the adapter takes none', async () => {
  const form = await mountWithoutUploader({ ...createMemoryAdapter(), uploadMedia: undefined });
  expect(text(inStandIn(form, '[part="limits"]'))).toBe('Adding photos and videos is not available here.');
  expect(inStandIn(form, '[part="add-button"]')).toBeNull();
  cleanup();
});

it('states what the uploader will state without loading it; focus in the form loads it, in the same place and size, focus kept', async () => {
  const form = await mountWithoutUploader(createMemoryAdapter({}, { mediaLimits: { maxImageBytes: 20 * 1024 } }));
  // The backend's limits are stated by the stand-in too (the uploader states them from its first paint).
  await waitFor(() => /20 kB/.test(text(inStandIn(form, '[part="limits"]')) ?? ''));
  const limits = text(inStandIn(form, '[part="limits"]'));
  expect(limits).toContain('Photos: JPEG, PNG, WebP, GIF or HEIC, up to 20 kB each.');
  expect(text(inStandIn(form, '[part="add-button"]'))).toBe('Add photos or videos');
  expect(inStandIn(form, '[part="dropzone"]')!.getAttribute('aria-label')).toBe('Photos and videos');
  await new Promise((r) => setTimeout(r, 300));
  expect(customElements.get('rl-media-uploader')).toBeUndefined();
  expect(uploaderIn(form)).toBeNull();

  // Boxes relative to the form (focusing may scroll the page).
  const box = (el: Element) => {
    const [r, f] = [el.getBoundingClientRect(), form.getBoundingClientRect()];
    return [r.top - f.top, r.left - f.left, r.width, r.height];
  };
  const before = box(standIn(form)!);
  const consent = () => box($(form, '[part="consent"]')!)[0];
  const consentBefore = consent();
  // Keyboard: the shopper reaches the add button (its focus is the first sign of use).
  inStandIn(form, '[part="add-button"]')!.focus();
  const uploader = await waitFor(() => uploaderIn(form));
  await settle(form.parentElement!);
  expect(standIn(form)).toBeNull();
  expect(text(uploader.shadowRoot!.querySelector('[part="limits"]'))).toBe(limits);
  expect(box(uploader)).toEqual(before);
  expect(consent()).toBe(consentBefore);
  await waitFor(() => uploader.shadowRoot!.activeElement?.getAttribute('part') === 'add-button');
  expect(form.shadowRoot!.activeElement).toBe(uploader);
});
