/** Issue 12 §8: a field the backend refuses (`rejected` with `field`) is marked like a checked one, and nothing typed is lost. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReturnlessAdapter } from '../../src/adapters/adapter.js';
import { AdapterError } from '../../src/adapters/errors.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import '../../src/elements/media-uploader/define.js';
import '../../src/elements/review-form/define.js';
import type { ReviewErrorDetail, RlReviewForm } from '../../src/elements/review-form/review-form.js';
import '../../src/elements/store/define.js';
import { makeJpeg } from '../fixtures/media.js';
import { $, cleanup, waitFor } from '../helpers.js';
import { active, fillValid, input, mount, stars, type, uploaderOf as uploader } from './review-form-page.js';

/** Refuses the first submit with `field`, accepts the next. */
function refusing(field: string) {
  const base = createMemoryAdapter();
  let calls = 0;
  const adapter: ReturnlessAdapter = {
    ...base,
    submitReview: async (input, options) => {
      if (++calls === 1) throw new AdapterError('rejected', `Refused ${field}`, { field });
      return base.submitReview!(input, options);
    },
  };
  return { adapter, calls: () => calls };
}

const summaryLinks = (form: RlReviewForm) => [...($(form, '.summary')?.querySelectorAll('a') ?? [])];

async function fillAndSend(form: RlReviewForm) {
  await fillValid(form);
  const errors: ReviewErrorDetail[] = [];
  form.addEventListener('rl-review-error', (e) => errors.push(e.detail));
  $<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
  await waitFor(() => $(form, '.summary'));
  await form.updateComplete;
  return errors;
}

/** Everything typed is still there. */
function expectKept(form: RlReviewForm) {
  expect(stars(form)[3]!.checked).toBe(true);
  expect(input(form, 'title').value).toBe('Great <b>shoes</b>');
  expect(input(form, 'body').value).toBe('Comfortable from day one. <script>alert(1)</script>');
  expect(input(form, 'author').value).toBe('Mei');
  expect(input(form, 'email').value).toBe('mei@example.com');
}

beforeEach(() => sessionStorage.clear());
afterEach(() => cleanup());

describe('<rl-review-form>: fields the backend refuses', () => {
  for (const [field, name, message] of [
    ['email', 'email', 'The shop did not accept this email address: check it'],
    ['body', 'body', 'The shop did not accept your review text: change it'],
    ['author', 'author', 'The shop did not accept this name: change it'],
    ['title', 'title', 'The shop did not accept this title: change it'],
  ] as const) {
    it(`marks ${field}: aria-invalid, the message beside it, a summary link, focus; everything kept`, async () => {
      const { adapter } = refusing(field);
      const form = await mount(adapter);
      const errors = await fillAndSend(form);
      expect(errors).toEqual([{ code: 'rejected', field }]);
      const control = input(form, name);
      expect(control.getAttribute('aria-invalid')).toBe('true');
      const error = form.shadowRoot!.getElementById(`${control.id}-error`)!;
      expect(error.textContent).toBe(message);
      expect(control.getAttribute('aria-describedby')!.split(/\s+/)).toContain(error.id);
      expect(summaryLinks(form).map((a) => [a.textContent, a.getAttribute('href')])).toEqual([[message, `#${control.id}`]]);
      expect(active(form)).toBe($(form, '.summary'));
      expect($(form, '.failure')).toBeNull();
      expectKept(form);
      summaryLinks(form)[0]!.click();
      expect(active(form)).toBe(control);
    });
  }

  it('marks the rating group and links to the chosen star', async () => {
    const { adapter } = refusing('rating');
    const form = await mount(adapter);
    await fillAndSend(form);
    const group = $(form, '[role="radiogroup"]')!;
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(group.querySelector('.error-text')!.textContent).toBe('The shop did not accept this rating: choose from 1 to 5 stars');
    expect(active(form)).toBe($(form, '.summary'));
    expectKept(form);
    summaryLinks(form)[0]!.click();
    expect(active(form)).toBe(stars(form)[3]);
  });

  it('names the photo whose description was refused (media[0].alt, mediaAlt.<id>) and keeps the photo', async () => {
    for (const path of ['media[0].alt', 'mediaAlt.ID']) {
      sessionStorage.clear();
      const base = createMemoryAdapter();
      let first = true;
      const adapter: ReturnlessAdapter = {
        ...base,
        submitReview: async (input, options) => {
          if (first) {
            first = false;
            throw new AdapterError('rejected', 'Refused', { field: path.replace('ID', input.mediaIds[0]!) });
          }
          return base.submitReview!(input, options);
        },
      };
      const form = await mount(adapter);
      await uploader(form)!.addFiles([new File([(await makeJpeg(16, 16)).slice()], 'a.jpg', { type: 'image/jpeg' })]);
      await waitFor(() => uploader(form)!.value.length === 1);
      input(form, 'mediaConsent').click();
      await fillAndSend(form);
      const text = 'The shop did not accept photo or video 1 or its description: change or remove it';
      expect(summaryLinks(form).map((a) => a.textContent)).toEqual([text]);
      expect(uploader(form)!.closest('.field')!.querySelector('.error-text')!.textContent).toBe(text);
      expect(active(form)).toBe($(form, '.summary'));
      expect(uploader(form)!.value).toHaveLength(1);
      expectKept(form);
      cleanup();
    }
  });

  it('keeps the mark while other fields change, clears it when that field changes, and sends again', async () => {
    const { adapter, calls } = refusing('email');
    const form = await mount(adapter);
    await fillAndSend(form);
    await type(form, 'body', 'Comfortable from day one, and after.');
    expect(input(form, 'email').getAttribute('aria-invalid')).toBe('true');
    await type(form, 'email', 'mei@example.org');
    expect(input(form, 'email').getAttribute('aria-invalid')).toBe('false');
    expect($(form, '.summary')).toBeNull();
    $<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    await waitFor(() => $(form, '.success'));
    expect(calls()).toBe(2);
  });

  it('a refused input the form has no field for gets the general message', async () => {
    const { adapter } = refusing('invitation');
    const form = await mount(adapter);
    stars(form)[3]!.click();
    await type(form, 'body', 'Fine.');
    await type(form, 'author', 'Mei');
    await type(form, 'email', 'mei@example.com');
    $<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    await waitFor(() => $(form, '.failure'));
    expect($(form, '.summary')).toBeNull();
    expect(active(form)).toBe($(form, '.failure'));
  });

  it('says it in Chinese on zh-CN pages', async () => {
    document.documentElement.lang = 'zh-CN';
    try {
      const { adapter } = refusing('email');
      const form = await mount(adapter);
      await fillAndSend(form);
      expect(summaryLinks(form).map((a) => a.textContent)).toEqual(['商家未接受此电子邮箱：请检查']);
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});
