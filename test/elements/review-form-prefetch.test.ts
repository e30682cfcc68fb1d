/**
 * Issue 16: the code a submit needs (review-remote.ts) is not on the product page at load, and a shopper
 * who starts on the form should not wait for it on the click: focusing the form fetches it.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { $, cleanup, waitFor } from '../helpers.js';
import { mount } from './review-form-page.js';

beforeEach(() => sessionStorage.clear());
afterEach(() => cleanup());

const fetched = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/review-remote.'));

it('fetches the submit code when the shopper focuses a field, not at load', async () => {
  const form = await mount(createMemoryAdapter());
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(fetched()).toBe(false);
  $<HTMLInputElement>(form, 'input, textarea')!.focus();
  await waitFor(() => fetched() || undefined);
  expect(fetched()).toBe(true);
});
