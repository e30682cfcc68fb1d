import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ReturnlessAdapter } from '../../src/adapters/adapter.js';
import { AdapterError } from '../../src/adapters/errors.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { ReviewInput } from '../../src/domain/review-submit.js';
import type { SizeChart } from '../../src/domain/size-chart.js';
import '../../src/elements/media-uploader/define.js';
import '../../src/elements/review-form/define.js';
import type { RlReviewForm } from '../../src/elements/review-form/review-form.js';
import '../../src/elements/store/define.js';
import { makeJpeg } from '../fixtures/media.js';
import { $, $$, cleanup, waitFor } from '../helpers.js';
import { active, fillValid, input, mount, stars, type, uploaderOf } from './review-form-page.js';

/** Adds one small photo through the form's uploader and waits until it is uploaded. */
async function addPhoto(form: RlReviewForm): Promise<void> {
  await uploaderOf(form)!.addFiles([new File([(await makeJpeg(16, 16)).slice()], 'a.jpg', { type: 'image/jpeg' })]);
  await waitFor(() => uploaderOf(form)!.value.length === 1);
}

function recording(base: ReturnlessAdapter = createMemoryAdapter()) {
  const submitted: { input: ReviewInput; key: string }[] = [];
  const adapter: ReturnlessAdapter = {
    ...base,
    submitReview: async (input, options) => {
      submitted.push({ input, key: options.idempotencyKey });
      return base.submitReview!(input, options);
    },
  };
  return { adapter, submitted };
}

beforeEach(() => sessionStorage.clear());
afterEach(() => cleanup());

describe('<rl-review-form>: the star rating (native radio group)', () => {
  it('is a labelled, required radiogroup of five radios; arrow keys move and choose', async () => {
    const form = await mount(createMemoryAdapter());
    const group = $(form, '[role="radiogroup"]')!;
    expect(group.querySelector('legend')!.textContent).toContain('Your rating');
    expect(group.getAttribute('aria-required')).toBe('true');
    expect(stars(form).map((s) => s.closest('label')!.textContent!.trim())).toEqual(['1 star', '2 stars', '3 stars', '4 stars', '5 stars']);
    stars(form)[1]!.click();
    await form.updateComplete;
    stars(form)[1]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await form.updateComplete;
    expect(active(form)).toBe(stars(form)[2]);
    expect(stars(form)[2]!.checked).toBe(true);
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await form.updateComplete;
    expect(stars(form)[0]!.checked).toBe(true);
    expect($$(form, '.star.on')).toHaveLength(1);
    // Tab leaves the group in one step (one tab stop).
    await userEvent.keyboard('{Tab}');
    expect(active(form)).toBe(input(form, 'title'));
  });
});

describe('<rl-review-form>: validation', () => {
  it('summarises errors at the top with links, moves focus to the summary, and links focus the fields', async () => {
    const { adapter, submitted } = recording();
    const form = await mount(adapter);
    $<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    const summary = await waitFor(() => $(form, '.summary'));
    await waitFor(() => active(form) === summary);
    expect(active(form)).toBe(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).toEqual([
      'Choose a rating from 1 to 5 stars',
      'Write your review',
      'Enter your name',
      'Enter your email address',
    ]);
    expect(input(form, 'body').getAttribute('aria-invalid')).toBe('true');
    expect(input(form, 'body').getAttribute('aria-describedby')).toContain(`${links[1]!.getAttribute('href')!.slice(1)}-error`);
    links[2]!.click();
    expect(active(form)).toBe(input(form, 'author'));
    links[0]!.click();
    expect(active(form)).toBe(stars(form)[0]);
    expect(submitted).toHaveLength(0);
    // Fixing a field removes its error at once.
    await type(form, 'author', 'Mei');
    expect([...$(form, '.summary')!.querySelectorAll('a')].map((a) => a.textContent)).not.toContain('Enter your name');
  });

  it('asks for consent when media is attached', async () => {
    const { adapter } = recording();
    const form = await mount(adapter);
    await fillValid(form);
    await addPhoto(form);
    $<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    await waitFor(() => $(form, '.summary'));
    expect([...$(form, '.summary')!.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      'Agree to showing your photos and videos publicly, or remove them',
    ]);
  });

  it('sends nothing while a photo description is over 500 characters, and keeps it whole', async () => {
    const { adapter, submitted } = recording();
    const form = await mount(adapter);
    await fillValid(form);
    await addPhoto(form);
    input(form, 'mediaConsent').click();
    const altInput = await waitFor(() => uploaderOf(form)!.shadowRoot!.querySelector<HTMLInputElement>('[part="alt-input"]'));
    const long = 'x'.repeat(501);
    altInput.focus();
    await userEvent.fill(altInput, long);
    await form.updateComplete;
    $<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    await waitFor(() => $(form, '.summary'));
    expect([...$(form, '.summary')!.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      'Keep each photo or video description to 500 characters or fewer',
    ]);
    expect(submitted).toHaveLength(0);
    expect(altInput.value).toBe(long);
    // The summary's link leads to the description itself, not to the uploader's add button.
    $<HTMLAnchorElement>(form, '.summary a')!.click();
    expect(uploaderOf(form)!.shadowRoot!.activeElement).toBe(altInput);
    // Shortened, it goes.
    await userEvent.fill(altInput, long.slice(1));
    await form.updateComplete;
    $<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    await waitFor(() => $(form, '.success'));
    expect(Object.values(submitted[0]!.input.mediaAlt ?? {})).toEqual([long.slice(1)]);
  });
});

describe('<rl-review-form>: sending', () => {
  it('submits text as typed (shown back as text), with media and consent, and says published or pending', async () => {
    const { adapter, submitted } = recording(createMemoryAdapter({ reviewStatus: 'published' }));
    const form = await mount(adapter);
    const events: unknown[] = [];
    form.addEventListener('rl-review-submitted', (e) => events.push(e.detail));
    await fillValid(form);
    await addPhoto(form);
    // A description typed after the upload finished still reaches the backend.
    const altInput = await waitFor(() => uploaderOf(form)!.shadowRoot!.querySelector<HTMLInputElement>('[part="alt-input"]'));
    altInput.value = 'Blue sneakers on a doormat';
    altInput.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input(form, 'mediaConsent').click();
    await form.updateComplete;
    $<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    await waitFor(() => $(form, '.success'));
    expect(Object.values(submitted[0]!.input.mediaAlt ?? {})).toEqual(['Blue sneakers on a doormat']);
    expect(submitted[0]!.input).toMatchObject({
      productId: 'p1',
      rating: 4,
      title: 'Great <b>shoes</b>',
      body: 'Comfortable from day one. <script>alert(1)</script>',
      author: 'Mei',
      email: 'mei@example.com',
      mediaConsent: true,
    });
    expect(submitted[0]!.input.mediaIds).toHaveLength(1);
    expect(events).toEqual([{ reviewId: expect.any(String), status: 'published' }]);
    const success = $(form, '.success')!;
    expect(success.textContent).toContain('It is now published');
    // The memory adapter holds uploaded media for moderation.
    expect(success.textContent).toContain('after the shop has approved');
    expect(active(form)).toBe(success);
    expect(sessionStorage.getItem('returnless:draft:review:p1')).toBeNull();
  });

  it('says "awaiting moderation" for pending reviews', async () => {
    const form = await mount(createMemoryAdapter({ reviewStatus: 'pending' }));
    await fillValid(form);
    $<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    await waitFor(() => $(form, '.success'));
    expect($(form, '.success')!.textContent).toContain('once the shop has checked it');
  });

  it('a double submit sends once; while sending the fields are disabled and the button says so', async () => {
    let release!: () => void;
    const base = createMemoryAdapter();
    const { adapter, submitted } = recording({
      ...base,
      submitReview: async (i, o) => {
        await new Promise<void>((r) => (release = r));
        return base.submitReview!(i, o);
      },
    });
    const form = await mount(adapter);
    await fillValid(form);
    const button = $<HTMLButtonElement>(form, 'button[type="submit"]')!;
    button.click();
    button.click();
    await waitFor(() => release);
    await form.updateComplete;
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.textContent).toContain('Sending');
    expect($<HTMLFieldSetElement>(form, 'fieldset.fields')!.disabled).toBe(true);
    release();
    await waitFor(() => $(form, '.success'));
    expect(submitted).toHaveLength(1);
  });

  it('a failed submit keeps everything and a retry reuses the idempotency key', async () => {
    let fail = true;
    const base = createMemoryAdapter();
    const { adapter, submitted } = recording({
      ...base,
      submitReview: async (i, o) => {
        if (fail) throw new AdapterError('network', 'down');
        return base.submitReview!(i, o);
      },
    });
    const form = await mount(adapter);
    const errors: unknown[] = [];
    form.addEventListener('rl-review-error', (e) => errors.push(e.detail));
    await fillValid(form);
    $<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    await waitFor(() => $(form, '.failure'));
    expect(errors).toEqual([{ code: 'network' }]);
    expect(active(form)).toBe($(form, '.failure'));
    expect($(form, '.failure')!.getAttribute('role')).toBe('alert');
    expect(input(form, 'body').value).toContain('Comfortable');
    expect(stars(form)[3]!.checked).toBe(true);
    fail = false;
    $<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    await waitFor(() => $(form, '.success'));
    expect(submitted).toHaveLength(2);
    expect(submitted[1]!.key).toBe(submitted[0]!.key);
  });
});

describe('<rl-review-form>: drafts', () => {
  it('restores text, rating, fit and uploaded media after a reload, with the same idempotency key', async () => {
    const { adapter, submitted } = recording();
    let form = await mount(adapter, 'product-id="p1" ask-fit');
    await fillValid(form);
    $<HTMLInputElement>(form, 'input[name="fit"][value="small"]')!.click();
    await addPhoto(form);
    const mediaIds = uploaderOf(form)!.value;
    await form.updateComplete;
    cleanup(); // "reload": a fresh element reads the session draft
    form = await mount(adapter, 'product-id="p1" ask-fit');
    expect(input(form, 'title').value).toBe('Great <b>shoes</b>');
    // Typed markup stays text: no element was created from it.
    expect(form.shadowRoot!.querySelector('b, script')).toBeNull();
    expect(input(form, 'email').value).toBe('mei@example.com');
    expect(stars(form)[3]!.checked).toBe(true);
    expect($<HTMLInputElement>(form, 'input[name="fit"][value="small"]')!.checked).toBe(true);
    await waitFor(() => uploaderOf(form)!.value.length === 1);
    expect(uploaderOf(form)!.value).toEqual(mediaIds);
    input(form, 'mediaConsent').click();
    await form.updateComplete;
    $<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    await waitFor(() => $(form, '.success'));
    expect(submitted[0]!.input.mediaIds).toEqual(mediaIds);
    expect(submitted[0]!.input.fit).toBe('small');
  });
  it('restores photo descriptions typed before the reload, and sends them with the review', async () => {
    const { adapter, submitted } = recording();
    let form = await mount(adapter);
    await fillValid(form);
    await addPhoto(form);
    const altInput = await waitFor(() => uploaderOf(form)!.shadowRoot!.querySelector<HTMLInputElement>('[part="alt-input"]'));
    altInput.focus();
    await userEvent.fill(altInput, 'Blue sneakers on a doormat');
    await form.updateComplete;
    const [id] = uploaderOf(form)!.value;
    cleanup(); // "reload"
    form = await mount(adapter);
    await waitFor(() => uploaderOf(form)!.value.length === 1);
    await uploaderOf(form)!.updateComplete;
    expect(uploaderOf(form)!.shadowRoot!.querySelector<HTMLInputElement>('[part="alt-input"]')!.value).toBe('Blue sneakers on a doormat');
    input(form, 'mediaConsent').click();
    await form.updateComplete;
    $<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    await waitFor(() => $(form, '.success'));
    expect(submitted[0]!.input.mediaAlt).toEqual({ [id!]: 'Blue sneakers on a doormat' });
  });
});

describe('<rl-review-form>: fit question', () => {
  const chart: SizeChart = {
    id: 'c1',
    measurements: [{ key: 'chest', label: 'Chest', kind: 'body', unit: 'cm' }],
    sizes: [{ id: 'm', label: 'M', ranges: { chest: { min: 90, max: 98 } }, labels: {} }],
    howToMeasure: [],
  };
  it('is hidden without a size chart, shown when the product has one or ask-fit is set', async () => {
    const without = await mount(createMemoryAdapter());
    expect($(without, 'fieldset.fit')).toBeNull();
    cleanup();
    const withChart = await mount(createMemoryAdapter({ sizeCharts: { c1: chart }, productCharts: { p1: 'c1' } }));
    await waitFor(() => $(withChart, 'fieldset.fit'));
    expect($(withChart, 'fieldset.fit legend')!.textContent).toContain('How does it fit?');
    expect($$(withChart, 'input[name="fit"]').map((i) => i.closest('label')!.textContent!.trim())).toEqual([
      'Runs small',
      'True to size',
      'Runs large',
    ]);
    cleanup();
    const asked = await mount(createMemoryAdapter(), 'product-id="p1" ask-fit');
    expect($$(asked, 'input[name="fit"]')).toHaveLength(3);
  });

  it('is hidden when the size chart answer has no sizes (the form checks what it uses, not the whole chart)', async () => {
    const adapter = createMemoryAdapter();
    adapter.getSizeChart = async () => ({ ...chart, sizes: [] });
    const empty = await mount(adapter);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect($(empty, 'fieldset.fit')).toBeNull();
    cleanup();
    adapter.getSizeChart = async () => ({ ...chart, howToMeasure: 'see the label' }) as never;
    const loose = await mount(adapter);
    await waitFor(() => $(loose, 'fieldset.fit'));
  });

  it('does not change with the rating given', async () => {
    const form = await mount(createMemoryAdapter(), 'product-id="p1" ask-fit');
    const snapshot = () =>
      [...form.shadowRoot!.querySelectorAll('label, legend, button, input')].map((n) => n.tagName + (n.getAttribute('name') ?? '')).join();
    stars(form)[0]!.click();
    await form.updateComplete;
    const low = snapshot();
    stars(form)[4]!.click();
    await form.updateComplete;
    expect(snapshot()).toBe(low);
  });
});

describe('<rl-review-form>: writing in any direction', () => {
  it('lets a shopper write right to left on a left-to-right page (title, text, name), and an email address stays left to right', async () => {
    const form = await mount(createMemoryAdapter());
    await type(form, 'title', 'חולצה מצוינת');
    await type(form, 'body', 'בד נעים מאוד');
    await type(form, 'author', 'שרה');
    await type(form, 'email', 'sara@example.com');
    for (const name of ['title', 'body', 'author']) expect(getComputedStyle(input(form, name)).direction, name).toBe('rtl');
    expect(getComputedStyle(input(form, 'email')).direction).toBe('ltr');
  });
});
