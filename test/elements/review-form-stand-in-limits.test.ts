/**
 * The review form's stand-in and the uploader that replaces it ask the backend for its media limits
 * once (its own file: the uploader may not be defined before the test).
 */
import { afterEach, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { cleanup, settle, waitFor } from '../helpers.js';
import { inStandIn, mountWithoutUploader, uploaderIn } from './review-form-stand-in-page.js';

afterEach(() => cleanup());

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

it('asks the backend for its limits once: the uploader that takes over uses the stand-in’s answer', async () => {
  const base = createMemoryAdapter({}, { mediaLimits: { maxImageBytes: 20 * 1024 } });
  let asked = 0;
  const form = await mountWithoutUploader({ ...base, getMediaLimits: (query) => (asked++, base.getMediaLimits!(query)) });
  await waitFor(() => /20 kB/.test(text(inStandIn(form, '[part="limits"]')) ?? ''));
  inStandIn(form, '[part="add-button"]')!.focus();
  const uploader = await waitFor(() => uploaderIn(form));
  await settle(form.parentElement!);
  await new Promise((r) => setTimeout(r, 100));
  expect(text(uploader.shadowRoot!.querySelector('[part="limits"]'))).toContain('up to 20 kB each');
  expect(asked).toBe(1);
});
