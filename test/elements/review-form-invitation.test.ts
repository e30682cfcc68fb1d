/** `<rl-review-form invitation>`: a review invitation (attribute or `?invitation=` in the URL) travels with the review as proof of purchase. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ReturnlessAdapter } from '../../src/adapters/adapter.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { ReviewInput } from '../../src/domain/review-submit.js';
import '../../src/elements/review-form/define.js';
import type { RlReviewForm } from '../../src/elements/review-form/review-form.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { $, $$, cleanup, fixture, settle, waitFor } from '../helpers.js';

async function mount(adapter: ReturnlessAdapter, attrs: string) {
  const store = await fixture<RlStore>(`<rl-store><rl-review-form ${attrs}></rl-review-form></rl-store>`);
  store.adapter = adapter;
  await settle(store);
  const form = store.querySelector('rl-review-form')!;
  await waitFor(() => $(form, 'button[type="submit"]'));
  return form;
}

async function submitValid(form: RlReviewForm) {
  $$<HTMLInputElement>(form, 'input[name="rating"]')[4]!.click();
  for (const [name, text] of [
    ['body', 'Soft and well made.'],
    ['author', 'Ada'],
    ['email', 'someone@example.com'],
  ] as const) {
    const field = $<HTMLInputElement>(form, `[name="${name}"]`)!;
    field.focus();
    await userEvent.fill(field, text);
  }
  await form.updateComplete;
  $<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
}

function recording() {
  const base = createMemoryAdapter({ reviewStatus: 'published', invitations: [{ token: 'inv-ok', productId: 'p1' }] });
  const sent: ReviewInput[] = [];
  const adapter: ReturnlessAdapter = { ...base, submitReview: (input, o) => (sent.push(input), base.submitReview!(input, o)) };
  return { adapter, base, sent };
}

const url = location.href;
beforeEach(() => sessionStorage.clear());
afterEach(() => {
  cleanup();
  history.replaceState(null, '', url);
});

describe('<rl-review-form> invitation', () => {
  it('sends the invitation attribute; the backend marks the review verified', async () => {
    const { adapter, base, sent } = recording();
    const form = await mount(adapter, 'product-id="p1" invitation="inv-ok"');
    await submitValid(form);
    await waitFor(() => sent.length === 1);
    expect(sent[0]!.invitation).toBe('inv-ok');
    await waitFor(() => $(form, '.success'));
    expect((await base.listReviews!({ productId: 'p1' })).reviews[0]!.verifiedBuyer).toBe(true);
  });

  it('reads ?invitation= from the page URL (links from emails); without one nothing is sent', async () => {
    history.replaceState(null, '', '?product=p1&invitation=inv-from-link');
    const first = recording();
    await submitValid(await mount(first.adapter, 'product-id="p1"'));
    await waitFor(() => first.sent.length === 1);
    expect(first.sent[0]!.invitation).toBe('inv-from-link');
    cleanup();
    sessionStorage.clear();
    history.replaceState(null, '', url);
    const second = recording();
    await submitValid(await mount(second.adapter, 'product-id="p1"'));
    await waitFor(() => second.sent.length === 1);
    expect(second.sent[0]).not.toHaveProperty('invitation');
  });
});
