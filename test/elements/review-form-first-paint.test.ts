/** Issue 16: the review form's first paint needs no Intl formatter (creating the page's first one is a long task). */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import '../../src/elements/review-form/define.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { $ } from '../helpers.js';
import type { RlReviewForm } from '../../src/elements/review-form/review-form.js';
import { type } from './review-form-page.js';
import { fieldMarks, recordTurns } from './review-form-turns.js';

const Native = Intl.NumberFormat;
/** Formatters created on behalf of the review form's own code (the uploader inside it states its limits in its own chunk). */
let made = 0;
Intl.NumberFormat = new Proxy(Native, {
  construct(target, args: [string?, Intl.NumberFormatOptions?]) {
    if (new Error().stack?.includes('/review-form/')) made++;
    return Reflect.construct(target, args) as Intl.NumberFormat;
  },
});

// A draft another test file left for the same product would fill the form.
beforeEach(() => sessionStorage.clear());
afterEach(() => {
  Intl.NumberFormat = Native;
  document.body.replaceChildren();
});

it('renders "0 of 5,000 characters" without creating a number formatter, and counts what the shopper types', async () => {
  const store = document.createElement('rl-store') as RlStore;
  const form = document.createElement('rl-review-form');
  form.setAttribute('product-id', 'p1');
  store.append(form);
  document.body.append(store);
  store.adapter = createMemoryAdapter();
  await form.updateComplete;
  const counter = () => $(form, '[part="counter"]')!.textContent!.trim();
  expect(counter()).toBe('0 of 5,000 characters');
  expect(made).toBe(0);
  await type(form, 'body', 'Comfortable');
  expect(counter()).toBe('11 of 5,000 characters');
  // Whole counts in English need no Intl at all (core/format.ts).
  expect(made).toBe(0);
});

it('draws rating, title and text first, then name and email, then photos, consent and submit, a frame apart (three short tasks)', async () => {
  const form = document.createElement('rl-review-form') as RlReviewForm;
  form.setAttribute('product-id', 'p1');
  const turns = recordTurns(form, fieldMarks);
  document.body.append(form);
  await form.updateComplete;
  expect(turns()).toEqual(['text', 'text email', 'text email photos submit']);
});
