/**
 * Issue 16: the uploader's face (the review form's stand-in: drop zone, buttons, stated limits) was
 * the heaviest part of the form's first render. It is now made off the page in a turn of its own,
 * the turn before the photos field appears with consent and submit. (A file of its own: the
 * uploader stays undefined, so the form draws the stand-in.)
 */
import { afterEach, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import '../../src/elements/review-form/define.js';
import type { RlReviewForm } from '../../src/elements/review-form/review-form.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { $, cleanup, waitFor } from '../helpers.js';
import { parkPointer } from './review-form-stand-in-page.js';
import { fieldMarks, recordTurns } from './review-form-turns.js';

afterEach(() => cleanup());

/** The stand-in's box, made by the form before (or when) it is on the page. */
const box = (form: RlReviewForm) => (form as unknown as { standIn: { box?: HTMLElement } }).standIn.box;

it('makes the photos’ face off the page a turn before it shows photos, consent and submit', async () => {
  expect(customElements.get('rl-media-uploader')).toBeUndefined();
  sessionStorage.clear();
  // A pointer resting where the form appears would wake the uploader (no stand-in to pace).
  await parkPointer();
  const store = document.createElement('rl-store') as RlStore;
  store.adapter = createMemoryAdapter();
  const form = document.createElement('rl-review-form') as RlReviewForm;
  form.setAttribute('product-id', 'p1');
  // The face, made before the photos field shows it: in the box but not on the page.
  const face: [string, (form: HTMLElement) => unknown] = [
    'face',
    () => !box(form)?.isConnected && box(form)?.shadowRoot?.querySelector('[part="add-button"]'),
  ];
  const turns = recordTurns(form, [
    fieldMarks[0]!,
    fieldMarks[1]!,
    face,
    ['photos', () => $(form, 'div[part="uploader"]')],
    fieldMarks[3]!,
  ]);
  store.append(form);
  document.body.append(store);
  await waitFor(() => turns().at(-1)?.includes('submit'));
  expect(turns()).toEqual(['text', 'text email', 'text email face', 'text email photos submit']);
  // The face shown is the one made: the same node, painted once more with the form.
  expect($(form, 'div[part="uploader"]')).toBe(box(form));
});
