/** Driving `<rl-review-form>` in tests: mount it in a store, reach its fields, type like a shopper. */
import { userEvent } from 'vitest/browser';
import type { ReturnlessAdapter } from '../../src/adapters/adapter.js';
import '../../src/elements/media-uploader/define.js';
import type { RlMediaUploader } from '../../src/elements/media-uploader/media-uploader.js';
import '../../src/elements/review-form/define.js';
import type { RlReviewForm } from '../../src/elements/review-form/review-form.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { $, $$, fixture, settle, waitFor } from '../helpers.js';

export async function mount(adapter: ReturnlessAdapter, attrs = 'product-id="p1"') {
  const store = await fixture<RlStore>(`<rl-store><rl-review-form ${attrs}></rl-review-form></rl-store>`);
  store.adapter = adapter;
  const form = store.querySelector('rl-review-form')!;
  await settle(store);
  await waitFor(() => uploaderOf(form));
  await settle(store);
  return form;
}

export const uploaderOf = (form: RlReviewForm) => $<RlMediaUploader>(form, 'rl-media-uploader');
export const input = (form: RlReviewForm, name: string) => $<HTMLInputElement>(form, `[name="${name}"]`)!;
export const stars = (form: RlReviewForm) => $$<HTMLInputElement>(form, 'input[name="rating"]');
export const active = (form: RlReviewForm) => form.shadowRoot!.activeElement;

export async function type(form: RlReviewForm, name: string, text: string) {
  const field = input(form, name);
  field.focus();
  await userEvent.fill(field, text);
  await form.updateComplete;
}

export async function fillValid(form: RlReviewForm) {
  stars(form)[3]!.click();
  await type(form, 'title', 'Great <b>shoes</b>');
  await type(form, 'body', 'Comfortable from day one. <script>alert(1)</script>');
  await type(form, 'author', 'Mei');
  await type(form, 'email', 'mei@example.com');
}
