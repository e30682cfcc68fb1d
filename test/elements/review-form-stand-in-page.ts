/**
 * Driving `<rl-review-form>` before `<rl-media-uploader>` is defined (each test file has its own
 * custom element registry, so every file starting from an undefined uploader is a fresh page).
 */
import type { ReturnlessAdapter } from '../../src/adapters/adapter.js';
import type { RlMediaUploader } from '../../src/elements/media-uploader/media-uploader.js';
import '../../src/elements/review-form/define.js';
import type { RlReviewForm } from '../../src/elements/review-form/review-form.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { userEvent } from 'vitest/browser';
import { $, fixture, settle } from '../helpers.js';

/**
 * A pointer resting where the form appears is a sign of use (Chromium sends `pointerover` when
 * content moves under it): park it on an element of its own, on top, away from the form.
 */
export async function parkPointer(): Promise<void> {
  let spot = document.querySelector<HTMLElement>('#pointer-spot');
  if (!spot) {
    spot = Object.assign(document.createElement('div'), { id: 'pointer-spot' });
    Object.assign(spot.style, {
      position: 'fixed',
      insetBlockEnd: '0',
      insetInlineEnd: '0',
      inlineSize: '8px',
      blockSize: '8px',
      zIndex: '1',
    });
    document.body.append(spot);
  }
  await userEvent.hover(spot);
}

export async function mountWithoutUploader(adapter: ReturnlessAdapter): Promise<RlReviewForm> {
  if (customElements.get('rl-media-uploader')) throw new Error('this file must not define <rl-media-uploader> up front');
  sessionStorage.clear(); // no draft (with photos) from another file
  await parkPointer();
  const store = await fixture<RlStore>('<rl-store><rl-review-form product-id="p1"></rl-review-form></rl-store>');
  store.adapter = adapter;
  const form = store.querySelector('rl-review-form')!;
  await settle(store);
  return form;
}

/** The stand-in drawn where the uploader will be, and its shadow root. */
export const standIn = (form: RlReviewForm) => $<HTMLDivElement>(form, 'div[part="uploader"]');
export const inStandIn = <T extends Element = HTMLElement>(form: RlReviewForm, selector: string) =>
  standIn(form)?.shadowRoot?.querySelector<T>(selector) ?? null;
export const uploaderIn = (form: RlReviewForm) => $<RlMediaUploader>(form, 'rl-media-uploader');

export const jpegFile = async (name: string) => {
  const { makeJpeg } = await import('../fixtures/media.js');
  return new File([(await makeJpeg(16, 16)).slice()], name, { type: 'image/jpeg' });
};
