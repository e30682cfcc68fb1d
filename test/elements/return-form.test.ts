import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ReturnlessAdapter } from '../../src/adapters/adapter.js';
import { AdapterError } from '../../src/adapters/errors.js';
import type { ReturnRequest } from '../../src/domain/returns.js';
import '../../src/elements/return-form/define.js';
import type { RlReturnForm } from '../../src/elements/return-form/return-form.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { returnAdapter, returnData } from '../../stories/support/return-form-data.js';
import { $, $$, cleanup, fixture, settle, waitFor } from '../helpers.js';

async function mount(adapter: ReturnlessAdapter, attrs = '', wrapper = (s: string) => s): Promise<RlReturnForm> {
  const store = await fixture<RlStore>(wrapper(`<rl-store><rl-return-form ${attrs}></rl-return-form></rl-store>`), 'rl-store');
  store.adapter = adapter;
  await settle(store.parentElement!);
  return store.querySelector('rl-return-form')!;
}

const active = (form: RlReturnForm) => form.shadowRoot!.activeElement as HTMLElement | null;
const heading = (form: RlReturnForm) => $(form, '#step-heading')!.textContent!.trim();
const stepIs = (form: RlReturnForm, step: string) => waitFor(() => form.step === step && $(form, `[part~="step-${step}"]`));
const next = (form: RlReturnForm) => $<HTMLButtonElement>(form, '[part="next-button"]')!;

/** Focuses the Continue button and presses Enter, as a keyboard user would. */
async function pressContinue(form: RlReturnForm) {
  next(form).focus();
  await userEvent.keyboard('{Enter}');
}

async function findOrder(form: RlReturnForm, number = '1001', email = 'ada@example.com') {
  const input = $<HTMLInputElement>(form, '#orderNumber')!;
  input.focus();
  await userEvent.clear(input);
  await userEvent.keyboard(number);
  await userEvent.tab();
  expect(active(form)?.id).toBe('email');
  await userEvent.clear(active(form)!);
  await userEvent.keyboard(email);
  await userEvent.keyboard('{Enter}');
}

async function chooseShirt(form: RlReturnForm) {
  await stepIs(form, 'items');
  $<HTMLInputElement>(form, '#select-l-shirt')!.focus();
  await userEvent.keyboard(' ');
  await form.updateComplete;
}

/** The shirt of order 1001 chosen and given `reason`, on the reasons step. */
async function shirtWithReason(reason: string): Promise<RlReturnForm> {
  const form = await mount(returnAdapter());
  await findOrder(form);
  await chooseShirt(form);
  await pressContinue(form);
  await stepIs(form, 'reasons');
  await userEvent.selectOptions($<HTMLSelectElement>(form, '#reason-l-shirt')!, reason);
  return form;
}

beforeEach(() => {
  sessionStorage.clear();
  document.documentElement.lang = 'en';
});
afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

describe('<rl-return-form>: the whole flow with the keyboard', () => {
  it('finds the order, exchanges a too-small shirt for the suggested size, drops it off and confirms with a QR code and its text', async () => {
    const adapter = returnAdapter();
    const form = await mount(adapter);
    const steps: string[] = [];
    const submitted: string[] = [];
    form.addEventListener('rl-return-step', (e) => steps.push(e.detail.step));
    form.addEventListener('rl-return-submitted', (e) => submitted.push(e.detail.returnId));

    expect($(form, '[aria-current="step"]')!.textContent).toContain('Find your order');
    await findOrder(form);
    await chooseShirt(form);
    // Focus is on the new step's heading, which names the step; the indicator follows.
    expect(steps).toEqual(['items']);
    expect($(form, '[aria-current="step"]')!.textContent).toContain('Choose items');
    expect($<HTMLInputElement>(form, '#select-l-shirt')!.checked).toBe(true);
    // Two shirts: the stepper goes up to the returnable quantity, no further.
    const more = $$<HTMLButtonElement>(form, '.icon-button')[1]!;
    expect(more.getAttribute('aria-label')).toBe('One more Linen shirt');
    expect($<HTMLInputElement>(form, '#quantity-l-shirt')!.max).toBe('2');
    await pressContinue(form);

    await stepIs(form, 'reasons');
    expect(active(form)).toBe($(form, '#step-heading'));
    expect(heading(form)).toBe('Tell us why');
    await userEvent.selectOptions($<HTMLSelectElement>(form, '#reason-l-shirt')!, 'too_small');
    const suggestion = await waitFor(() => $(form, '[part="size-suggestion"]'));
    expect(suggestion.textContent).toContain('We suggest size L in exchange.');
    await pressContinue(form);

    await stepIs(form, 'resolution');
    // The size reason pre-chose the exchange for the suggested size; store credit shows its bonus first.
    expect($<HTMLInputElement>(form, '#resolution-l-shirt-exchange')!.checked).toBe(true);
    expect($<HTMLSelectElement>(form, '#exchange-l-shirt')!.value).toBe('L');
    expect($(form, 'label[for="resolution-l-shirt-store_credit"]')!.textContent).toContain('Includes a bonus of €4.90 (10% extra)');
    expect($$(form, '[part~="choice"] input').map((i) => (i as HTMLInputElement).value)).toEqual(['exchange', 'store_credit', 'refund']);
    await waitFor(() => $(form, '[part="estimate"] dl'));
    await pressContinue(form);

    await stepIs(form, 'method');
    expect($$<HTMLInputElement>(form, 'input[name="method"]').map((i) => i.value)).toEqual(['mail', 'drop_off', 'pickup']);
    expect($(form, 'label[for="method-mail"]')!.textContent).toContain('Return fee: €4.95');
    $<HTMLInputElement>(form, '#method-drop_off')!.focus();
    await userEvent.keyboard(' ');
    await pressContinue(form);

    await stepIs(form, 'review');
    expect($<HTMLInputElement>(form, '#contactEmail')!.value).toBe('ada@example.com');
    expect($(form, '[part="summary"]')!.textContent).toContain('1 × Linen shirt');
    expect($(form, '[part="summary"]')!.textContent).toContain('Exchange: Size L');
    await pressContinue(form);

    await stepIs(form, 'confirmation');
    expect(heading(form)).toBe('Return R-1001 is requested');
    expect(active(form)).toBe($(form, '#step-heading'));
    const qr = await waitFor(() => $(form, 'svg[part="qr"]'));
    expect(qr.getAttribute('role')).toBe('img');
    expect(qr.getAttribute('aria-label')).toBe('QR code for DROP-R-1001');
    expect($(form, '[part="code-text"]')!.textContent).toContain('DROP-R-1001');
    expect(steps).toEqual(['items', 'reasons', 'resolution', 'method', 'review', 'confirmation']);
    expect(submitted).toEqual(['R-1001']);
    // The draft is gone once the return exists.
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('returnless:draft:'))).toEqual([]);
  });

  it('goes Back without losing any answer', async () => {
    const form = await shirtWithReason('changed_mind');
    $<HTMLTextAreaElement>(form, '#comment-l-shirt')!.focus();
    await userEvent.keyboard('Colour looks different');
    $<HTMLButtonElement>(form, '[part="back-button"]')!.click();
    await stepIs(form, 'items');
    expect($<HTMLInputElement>(form, '#select-l-shirt')!.checked).toBe(true);
    await pressContinue(form);
    await stepIs(form, 'reasons');
    expect($<HTMLSelectElement>(form, '#reason-l-shirt')!.value).toBe('changed_mind');
    expect($<HTMLTextAreaElement>(form, '#comment-l-shirt')!.value).toBe('Colour looks different');
    // A comment in a right-to-left language reads right to left on this left-to-right page.
    const comment = $<HTMLTextAreaElement>(form, '#comment-l-shirt')!;
    comment.value = 'הצבע שונה';
    expect(getComputedStyle(comment).direction).toBe('rtl');
  });
});

describe('the reason comment', () => {
  it('keeps pasted text whole past 2,000 characters: the count turns red and Continue asks to shorten it', async () => {
    const form = await shirtWithReason('changed_mind');
    const comment = $<HTMLTextAreaElement>(form, '#comment-l-shirt')!;
    await userEvent.fill(comment, 'Too long. '.repeat(210));
    await form.updateComplete;
    expect(comment.value).toHaveLength(2100); // nothing cut
    const count = $(form, '#comment-l-shirt-count')!;
    expect(count.textContent!.trim()).toBe('2,099 of 2,000 characters'); // the trimmed text, as it is sent
    expect(count.classList.contains('over')).toBe(true);
    expect(comment.getAttribute('aria-describedby')).toContain('comment-l-shirt-count');
    await pressContinue(form);
    await waitFor(() => $(form, '[part="error-summary"]'));
    expect(form.step).toBe('reasons');
    expect($(form, '[part="error-summary"]')!.textContent).toContain('Shorten the text to 2,000 characters or fewer.');
    await userEvent.fill(comment, 'Too long.');
    await form.updateComplete;
    expect($(form, '#comment-l-shirt-count')!.textContent!.trim()).toBe('9 of 2,000 characters');
    await pressContinue(form);
    await stepIs(form, 'resolution');
  });
});

describe('size reasons', () => {
  it('offer the size guide, and a size picked there becomes the exchange size', async () => {
    const form = await shirtWithReason('too_large');
    const guide = await waitFor(() => $(form, 'rl-size-guide'));
    expect(guide.getAttribute('product-id')).toBe('shirt');
    expect(guide.getAttribute('selected-size')).toBe('M');
    expect(guide.textContent).toBe('Open the size guide');
    await waitFor(() => $(form, '[part="size-suggestion"]')?.textContent?.includes('We suggest size S'));
    guide.dispatchEvent(
      new CustomEvent('rl-size-select', { detail: { size: 'XL', system: '', label: 'XL' }, bubbles: true, composed: true }),
    );
    await pressContinue(form);
    await stepIs(form, 'resolution');
    expect($<HTMLSelectElement>(form, '#exchange-l-shirt')!.value).toBe('XL');
  });
});

describe('exchange stock', () => {
  it('offers the backend’s variants with stock: low stock said, sold out shown but not selectable, the suggestion maps to its variant', async () => {
    const data = returnData();
    const shirt = data.orders![0]!.lines.find((l) => l.id === 'l-shirt')!;
    shirt.exchangeOptions = [
      { variantId: 'shirt-s', label: 'Blue / S', size: 'S', stock: 0 },
      { variantId: 'shirt-l', label: 'Blue / L', size: 'L', stock: 2 },
      { variantId: 'shirt-xl', label: 'Blue / XL', size: 'XL', stock: 12 },
    ];
    const form = await mount(returnAdapter({}, data));
    await findOrder(form);
    await chooseShirt(form);
    await pressContinue(form);
    await stepIs(form, 'reasons');
    await userEvent.selectOptions($<HTMLSelectElement>(form, '#reason-l-shirt')!, 'too_small');
    // Too small → L is suggested and preselected as the backend's variant.
    await waitFor(() => $(form, '[part="size-suggestion"]')?.textContent?.includes('We suggest size L'));
    await pressContinue(form);
    await stepIs(form, 'resolution');
    const select = $<HTMLSelectElement>(form, '#exchange-l-shirt')!;
    expect(select.value).toBe('shirt-l');
    const options = [...select.options].map((o) => [o.value, o.textContent!.trim(), o.disabled]);
    expect(options).toContainEqual(['shirt-s', 'Blue / S — sold out', true]);
    expect(options).toContainEqual(['shirt-l', 'Blue / L — only 2 left', false]);
    expect(options).toContainEqual(['shirt-xl', 'Blue / XL — in stock', false]);
  });
});

describe('finding the order', () => {
  it('says the same thing whether the number or the email was wrong, in a focused summary', async () => {
    const form = await mount(returnAdapter());
    const errors: string[] = [];
    form.addEventListener('rl-return-error', (e) => errors.push(e.detail.code));
    await findOrder(form, '9999', 'ada@example.com');
    const first = await waitFor(() => $(form, '.error-summary')?.textContent?.trim());
    expect(active(form)).toBe($(form, '.error-summary'));
    await findOrder(form, '1001', 'eve@example.com');
    await waitFor(() => errors.length === 2);
    expect($(form, '.error-summary')!.textContent!.trim()).toBe(first);
    expect(first).toContain('We could not find an order with these details');
    expect(errors).toEqual(['not_found', 'not_found']);
  });

  it('lists empty or invalid fields with links that move focus to them', async () => {
    const form = await mount(returnAdapter());
    await pressContinue(form);
    const summary = await waitFor(() => $(form, '.error-summary'));
    expect(active(form)).toBe(summary);
    const links = $$<HTMLAnchorElement>(form, '.error-summary a');
    expect(links.map((a) => a.textContent)).toEqual(['Enter your order number.', 'Enter an email address like name@example.com.']);
    expect($(form, '#orderNumber')!.getAttribute('aria-invalid')).toBe('true');
    expect($(form, '#orderNumber')!.getAttribute('aria-describedby')).toContain('orderNumber-error');
    links[1]!.click();
    expect(active(form)?.id).toBe('email');
  });

  it('accepts the order number however it is typed, sends it tidied, and shows the shop’s format in the hint', async () => {
    for (const typed of ['#RL-1001', 'rl-1001', ' RL 1001 ', '1001']) {
      sessionStorage.clear();
      const adapter = returnAdapter();
      const lookup = vi.spyOn(adapter, 'lookupOrder');
      const form = await mount(adapter, 'order-example="RL-1001"');
      expect($(form, '#orderNumber-hint')!.textContent).toBe('You find it in your order confirmation, for example RL-1001.');
      await findOrder(form, typed);
      await stepIs(form, 'items');
      expect(lookup.mock.calls[0]![0].orderNumber).toBe(typed === '1001' ? '1001' : 'RL-1001');
      cleanup();
    }
    sessionStorage.clear();
    const zh = await mount(returnAdapter(), 'order-example="4521"', (s) => `<div lang="zh-CN">${s}</div>`);
    expect($(zh, '#orderNumber-hint')!.textContent).toBe('可在订单确认邮件中找到，例如 4521。');
  });

  it('prefills from attributes and asks for the postcode with lookup="postcode"', async () => {
    const form = await mount(returnAdapter(), 'lookup="postcode" order="1001"');
    expect($<HTMLInputElement>(form, '#orderNumber')!.value).toBe('1001');
    expect($(form, '#email')).toBeNull();
    const postcode = $<HTMLInputElement>(form, '#postalCode')!;
    expect(postcode.autocomplete).toBe('postal-code');
    postcode.focus();
    await userEvent.keyboard('10115{Enter}');
    await stepIs(form, 'items');
  });

  it('looks the order up at once with a signed-in order token', async () => {
    const adapter = returnAdapter();
    const lookup = vi.spyOn(adapter, 'lookupOrder').mockImplementation(async (q) => {
      expect(q.token).toBe('signed-token');
      return (await returnAdapter().lookupOrder!({ orderNumber: '1001', email: 'ada@example.com' }))!;
    });
    const form = await mount(adapter, 'order="1001" order-token="signed-token"');
    await stepIs(form, 'items');
    expect(lookup).toHaveBeenCalledTimes(1);
  });
});

describe('choosing items', () => {
  it('keeps lines that cannot be returned visible with the reason in words, and days left for the others', async () => {
    const form = await mount(returnAdapter());
    await findOrder(form);
    await stepIs(form, 'items');
    const blocked = $$(form, '[part~="line-blocked"]').map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(blocked).toHaveLength(3);
    expect(blocked[0]).toContain('Final sale — not returnable');
    expect(blocked[1]).toContain('Not returnable for hygiene reasons');
    expect(blocked[2]).toContain('This item has already been returned');
    expect($$(form, '[part~="line-blocked"] input')).toHaveLength(0);
    expect($$(form, '[part="days-left"]')[0]!.textContent).toContain('Window closes in 23 days');
  });

  it('words each blocked line by its own reason, also when the backend only says not_permitted (never "All sales are final")', async () => {
    const data = returnData();
    const lines = data.orders![0]!.lines;
    // Like the reference server: a hygiene exclusion arrives as `not_permitted`, and so does a line the policy knows nothing about.
    Object.assign(
      lines.find((l) => l.id === 'l-swim')!,
      { returnableQuantity: 0, notReturnableReason: 'not_permitted' },
    );
    lines.push({
      ...lines.find((l) => l.id === 'l-mug')!,
      id: 'l-gift',
      title: 'Gift card',
      returnableQuantity: 0,
      notReturnableReason: 'not_permitted',
    });
    const form = await mount(returnAdapter({}, data));
    await findOrder(form);
    await stepIs(form, 'items');
    const blocked = $$(form, '[part~="line-blocked"]').map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(blocked[1]).toContain('Swim shorts');
    expect(blocked[1]).toContain('Cannot be returned: Not returnable for hygiene reasons');
    expect(blocked[3]).toContain('Gift card');
    expect(blocked[3]).toContain('This item is excluded from returns.');
    expect(blocked.join(' ')).not.toContain('All sales are final');
  });

  it('words a closed window with its date', async () => {
    const form = await mount(returnAdapter());
    await findOrder(form, '1002');
    await stepIs(form, 'items');
    expect($(form, '[part~="line-blocked"]')!.textContent).toContain('The return window closed on');
    expect($(form, '[part="note"]')!.textContent).toContain('None of the items');
  });

  it('clamps a typed quantity above what can be returned visibly and says so politely, in English and Chinese', async () => {
    for (const [lang, said] of [
      ['en', 'Only 2 can be returned, so the quantity is set to 2.'],
      ['zh-CN', '最多可退 2 件，数量已改为 2。'],
    ] as const) {
      sessionStorage.clear();
      const form = await mount(returnAdapter(), '', (s) => `<div lang="${lang}">${s}</div>`);
      await findOrder(form);
      await chooseShirt(form);
      const input = $<HTMLInputElement>(form, '#quantity-l-shirt')!;
      // Already at the most (2): typing 5 keeps the value Lit binds the same, so only an explicit clamp shows 2.
      $$<HTMLButtonElement>(form, '.icon-button')[1]!.click();
      await form.updateComplete;
      await userEvent.clear(input);
      await userEvent.type(input, '5');
      await userEvent.tab();
      await form.updateComplete;
      expect(input.value).toBe('2');
      const note = $(form, '#quantity-l-shirt-note')!;
      expect(note.getAttribute('role')).toBe('status');
      expect(note.textContent!.trim()).toBe(said);
      expect(input.getAttribute('aria-describedby')).toContain('quantity-l-shirt-note');
      expect(JSON.parse(sessionStorage.getItem(`returnless:draft:${form.draftKey}`)!).lines['l-shirt'].quantity).toBe(2);
      // A quantity that fits clears the note.
      $$<HTMLButtonElement>(form, '.icon-button')[0]!.click();
      await form.updateComplete;
      expect(input.value).toBe('1');
      expect(note.textContent!.trim()).toBe('');
      cleanup();
    }
  });

  it('will not continue without an item', async () => {
    const form = await mount(returnAdapter());
    await findOrder(form);
    await stepIs(form, 'items');
    await pressContinue(form);
    await waitFor(() => $(form, '.error-summary'));
    expect($(form, '.error-summary a')!.textContent).toBe('Choose at least one item.');
    expect(form.step).toBe('items');
  });
});

describe('drafts and submitting', () => {
  async function toReview(form: RlReturnForm, reason = 'changed_mind', resolution = 'refund') {
    await findOrder(form);
    await chooseShirt(form);
    await pressContinue(form);
    await stepIs(form, 'reasons');
    await userEvent.selectOptions($<HTMLSelectElement>(form, '#reason-l-shirt')!, reason);
    await pressContinue(form);
    await stepIs(form, 'resolution');
    $<HTMLInputElement>(form, `#resolution-l-shirt-${resolution}`)!.click();
    await pressContinue(form);
    await stepIs(form, 'method');
    $<HTMLInputElement>(form, '#method-mail')!.click();
    await pressContinue(form);
    await stepIs(form, 'review');
  }

  it('restores the draft after a reload (a new element) at the same step with the same idempotency key', async () => {
    const adapter = returnAdapter();
    const form = await mount(adapter);
    await findOrder(form);
    await chooseShirt(form);
    await pressContinue(form);
    await stepIs(form, 'reasons');
    await userEvent.selectOptions($<HTMLSelectElement>(form, '#reason-l-shirt')!, 'not_as_described');
    $<HTMLTextAreaElement>(form, '#comment-l-shirt')!.focus();
    await userEvent.keyboard('Wrong colour');
    const key = JSON.parse(sessionStorage.getItem(`returnless:draft:${form.draftKey}`)!).idempotencyKey;
    cleanup();

    const again = await mount(adapter);
    await stepIs(again, 'reasons');
    expect($<HTMLSelectElement>(again, '#reason-l-shirt')!.value).toBe('not_as_described');
    expect($<HTMLTextAreaElement>(again, '#comment-l-shirt')!.value).toBe('Wrong colour');
    expect(JSON.parse(sessionStorage.getItem(`returnless:draft:${again.draftKey}`)!).idempotencyKey).toBe(key);
  });

  it('sends one createReturn for a double click', async () => {
    const adapter = returnAdapter({ latencyMs: 50 });
    const create = vi.spyOn(adapter, 'createReturn');
    const form = await mount(adapter);
    await toReview(form);
    // Two clicks in the same tick (before the button can even render as busy), then a third later.
    next(form).click();
    next(form).click();
    await new Promise((r) => setTimeout(r, 10));
    $<HTMLFormElement>(form, 'form')!.requestSubmit();
    await stepIs(form, 'confirmation');
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('retries after a dropped connection with the same key and ends with exactly one return', async () => {
    const adapter = returnAdapter();
    const real = adapter.createReturn!.bind(adapter);
    const keys: string[] = [];
    const created = new Set<string>();
    let calls = 0;
    adapter.createReturn = async (request, o) => {
      keys.push(o.idempotencyKey);
      const confirmation = await real(request, o);
      created.add(confirmation.id);
      // The first answer is lost on the way back, after the backend stored the return.
      if (++calls === 1) throw new AdapterError('network', 'connection dropped');
      return confirmation;
    };
    const form = await mount(adapter);
    const errors: string[] = [];
    form.addEventListener('rl-return-error', (e) => errors.push(e.detail.code));
    await toReview(form);
    await pressContinue(form);
    const summary = await waitFor(() => $(form, '.error-summary'));
    expect(summary.textContent).toContain('The shop is not answering right now.');
    expect(summary.textContent).toContain('Your return may not have been sent.');
    expect(errors).toEqual(['network']);
    expect(form.step).toBe('review');
    await pressContinue(form);
    await stepIs(form, 'confirmation');
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect([...created]).toEqual(['R-1001']);
  });

  /** createReturn calls as [idempotency key, first line's resolution]; `script` decides each call's fate. */
  type Fate = 'store-then-drop' | 'drop' | 'timeout' | 'refuse' | 'ok';
  function scripted(fateOf: (call: number) => Fate) {
    const adapter = returnAdapter();
    const real = adapter.createReturn!.bind(adapter);
    const calls: [string, string][] = [];
    const created = new Set<string>();
    adapter.createReturn = async (request, o) => {
      calls.push([o.idempotencyKey, request.lines[0]!.resolution]);
      const fate = fateOf(calls.length);
      if (fate === 'drop') throw new AdapterError('network', 'connection dropped before the backend');
      if (fate === 'timeout') throw new AdapterError('timeout', 'no answer');
      if (fate === 'refuse') throw new AdapterError('rejected', 'no longer returnable', { field: 'lines[0].quantity' });
      const confirmation = await real(request, o);
      created.add(confirmation.id);
      if (fate === 'store-then-drop') throw new AdapterError('network', 'answer lost after the backend stored the return');
      return confirmation;
    };
    return { adapter, calls, created };
  }

  /** From the review step: Back twice to "What you get", choose another resolution, and submit again. */
  async function changeResolutionAndSubmit(form: RlReturnForm, resolution: string) {
    $<HTMLButtonElement>(form, '[part="back-button"]')!.click();
    await stepIs(form, 'method');
    $<HTMLButtonElement>(form, '[part="back-button"]')!.click();
    await stepIs(form, 'resolution');
    $<HTMLInputElement>(form, `#resolution-l-shirt-${resolution}`)!.click();
    await pressContinue(form);
    await stepIs(form, 'method');
    await pressContinue(form);
    await stepIs(form, 'review');
    await pressContinue(form);
  }

  it('after an uncertain submit and a changed answer, sends the earlier body with its key first and shows that return: one return', async () => {
    const { adapter, calls, created } = scripted((n) => (n === 1 ? 'store-then-drop' : 'ok'));
    const form = await mount(adapter);
    await toReview(form);
    await pressContinue(form);
    await waitFor(() => $(form, '.error-summary')?.textContent?.includes('may not have been sent'));
    const key = calls[0]![0];
    expect(JSON.parse(sessionStorage.getItem(`returnless:draft:${form.draftKey}`)!).uncertain.idempotencyKey).toBe(key);
    await changeResolutionAndSubmit(form, 'store_credit');
    await stepIs(form, 'confirmation');
    // The earlier body with its key, never the new answers: the backend answered with the return it holds.
    expect(calls).toEqual([
      [key, 'refund'],
      [key, 'refund'],
    ]);
    expect([...created]).toEqual(['R-1001']);
    expect(heading(form)).toBe('Return R-1001 is requested');
    expect($(form, '[part="note"]')!.textContent).toContain('it went through before your changes, so the changes were not sent');
  });

  it('sends the new answers with a new key only once the earlier body is refused (so that return does not exist)', async () => {
    const { adapter, calls, created } = scripted((n) => (n === 1 ? 'drop' : n === 2 ? 'refuse' : 'ok'));
    const form = await mount(adapter);
    await toReview(form);
    await pressContinue(form);
    await waitFor(() => $(form, '.error-summary')?.textContent?.includes('may not have been sent'));
    await changeResolutionAndSubmit(form, 'store_credit');
    await stepIs(form, 'confirmation');
    const [first, again, fresh] = calls;
    expect([first![1], again![1], fresh![1]]).toEqual(['refund', 'refund', 'store_credit']);
    expect(again![0]).toBe(first![0]);
    expect(fresh![0]).not.toBe(first![0]);
    expect(calls).toHaveLength(3);
    expect([...created]).toHaveLength(1);
    expect($(form, '[part="note"]')).toBeNull();
  });

  it('says "may not have been sent" in Simplified Chinese too, after the per-code words', async () => {
    const { adapter } = scripted(() => 'drop');
    const form = await mount(adapter, '', (s) => `<div lang="zh-CN">${s}</div>`);
    await toReview(form);
    await pressContinue(form);
    const summary = await waitFor(() => $(form, '.error-summary'));
    expect(summary.textContent).toContain('商店暂时没有响应，请重试。您的退货可能未提交成功。');
  });

  it('sends nothing new while the earlier return is still unknown (a second timeout), and never loops', async () => {
    const { adapter, calls } = scripted((n) => (n === 1 ? 'drop' : 'timeout'));
    const form = await mount(adapter);
    await toReview(form);
    await pressContinue(form);
    await waitFor(() => $(form, '.error-summary')?.textContent?.includes('may not have been sent'));
    await changeResolutionAndSubmit(form, 'store_credit');
    await waitFor(() => $(form, '.error-summary')?.textContent?.includes('This is taking too long.'));
    await new Promise((r) => setTimeout(r, 300));
    expect(calls.map(([, resolution]) => resolution)).toEqual(['refund', 'refund']);
    expect(form.step).toBe('review');
  });

  const refusals = [
    ['lines[0].quantity', 'items', 'quantity-l-shirt', 'Linen shirt: This many can no longer be returned. Choose fewer.', '1'],
    ['lines[0].reason', 'reasons', 'reason-l-shirt', 'Linen shirt: Choose a reason.', 'changed_mind'],
    ['email', 'review', 'contactEmail', 'Use the email address of the order.', 'ada@example.com'],
    ['orderId', 'lookup', 'orderNumber', 'This was not accepted. Check it and try again.', '1001'],
  ] as const;
  for (const [field, step, id, message, kept] of refusals) {
    it(`marks a refused ${field} on the ${step} step: aria-invalid, its message, a summary link, focus, every input kept`, async () => {
      const adapter = returnAdapter();
      adapter.createReturn = async () => {
        throw new AdapterError('rejected', 'refused', { field });
      };
      const form = await mount(adapter);
      await toReview(form);
      await pressContinue(form);
      await stepIs(form, step);
      const summary = await waitFor(() => $(form, '.error-summary'));
      await waitFor(() => active(form) === summary);
      const control = $<HTMLInputElement>(form, `#${id}`)!;
      expect(control.getAttribute('aria-invalid')).toBe('true');
      expect($(form, `#${id}-error`)!.textContent).toBe(message.replace(/^Linen shirt: /, ''));
      expect(control.getAttribute('aria-describedby')).toContain(`${id}-error`);
      const link = $<HTMLAnchorElement>(form, '.error-summary a')!;
      expect([link.getAttribute('href'), link.textContent]).toEqual([`#${id}`, message]);
      expect(control.value).toBe(kept);
      link.click();
      expect(active(form)).toBe(control);
      // Nothing was lost: the draft still holds every answer.
      const saved = JSON.parse(sessionStorage.getItem(`returnless:draft:${form.draftKey}`)!);
      expect(saved.lines['l-shirt']).toMatchObject({ selected: true, reasonId: 'changed_mind', resolution: 'refund' });
      expect(saved.method).toBe('mail');
    });
  }

  it('lets the page cancel rl-return-submit', async () => {
    const adapter = returnAdapter();
    const create = vi.spyOn(adapter, 'createReturn');
    const form = await mount(adapter);
    let request: ReturnRequest | undefined;
    form.addEventListener('rl-return-submit', (e) => {
      request = e.detail.request;
      e.preventDefault();
    });
    await toReview(form, 'changed_mind', 'store_credit');
    await pressContinue(form);
    await waitFor(() => request);
    expect(request).toMatchObject({
      orderId: 'ord-1001',
      method: 'mail',
      email: 'ada@example.com',
      lines: [{ lineId: 'l-shirt', quantity: 1, reasonId: 'changed_mind', resolution: 'store_credit' }],
    });
    expect(create).not.toHaveBeenCalled();
    expect(form.step).toBe('review');
  });

  it('confirms a mail return with a label link and a way to check its status', async () => {
    const form = await mount(returnAdapter());
    await toReview(form);
    await pressContinue(form);
    await stepIs(form, 'confirmation');
    expect($<HTMLAnchorElement>(form, '[part="label-link"]')!.getAttribute('href')).toBe('/labels/R-1001.pdf');
    expect($(form, '[part="next-steps"]')!.children.length).toBe(3);
    $<HTMLButtonElement>(form, '[part="status-link"]')!.click();
    await waitFor(() => $(form, '[part="timeline"]'));
    expect($(form, '[part="current-status"]')!.textContent).toContain('Requested');
  });
});

describe('damage with photos and partial backends', () => {
  it('requires a photo for damage when the backend takes uploads', async () => {
    const form = await mount(returnAdapter());
    await findOrder(form);
    await stepIs(form, 'items');
    $<HTMLInputElement>(form, '#select-l-mug')!.click();
    await pressContinue(form);
    await stepIs(form, 'reasons');
    await userEvent.selectOptions($<HTMLSelectElement>(form, '#reason-l-mug')!, 'damaged');
    const uploader = await waitFor(() => $(form, 'rl-media-uploader'));
    expect(uploader.getAttribute('purpose')).toBe('return');
    await pressContinue(form);
    await waitFor(() => $(form, '.error-summary'));
    expect($$(form, '.error-summary a').map((a) => a.textContent)).toEqual([
      'Stoneware mug: Tell us more about the reason.',
      'Stoneware mug: Add a photo of the problem.',
    ]);
    // A real photo through the real uploader: its id lands in the draft and the step passes.
    $<HTMLTextAreaElement>(form, '#comment-l-mug')!.focus();
    await userEvent.keyboard('Chipped rim');
    const canvas = Object.assign(document.createElement('canvas'), { width: 8, height: 8 });
    const blob = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), 'image/png'));
    const input = await waitFor(() => uploader.shadowRoot?.querySelector<HTMLInputElement>('input[type="file"]'));
    const files = new DataTransfer();
    files.items.add(new File([blob], 'crack.png', { type: 'image/png' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => (uploader as unknown as { value: string[] }).value.length === 1, 10_000);
    await waitFor(() => JSON.parse(sessionStorage.getItem(`returnless:draft:${form.draftKey}`)!).lines['l-mug'].mediaIds.length === 1);
    await pressContinue(form);
    await stepIs(form, 'resolution');
  });

  it('skips photos with a note, shows no estimate and hides exchange when the backend cannot', async () => {
    const data = (await import('../../stories/support/return-form-data.js')).returnData();
    data.policy = { ...data.policy!, refundTypes: ['refund', 'store_credit'] };
    const form = await mount(returnAdapter({ only: ['lookupOrder', 'getReturnPolicy', 'getReturnReasons', 'createReturn'] }, data));
    await findOrder(form);
    await stepIs(form, 'items');
    $<HTMLInputElement>(form, '#select-l-mug')!.click();
    await pressContinue(form);
    await stepIs(form, 'reasons');
    await userEvent.selectOptions($<HTMLSelectElement>(form, '#reason-l-mug')!, 'damaged');
    await form.updateComplete;
    expect($(form, 'rl-media-uploader')).toBeNull();
    expect($(form, '[part="note"]')!.textContent).toContain('Photos cannot be uploaded here');
    $<HTMLTextAreaElement>(form, '#comment-l-mug')!.focus();
    await userEvent.keyboard('Chipped rim');
    await pressContinue(form);
    await stepIs(form, 'resolution');
    expect($$<HTMLInputElement>(form, '[part~="choice"] input').map((i) => i.value)).toEqual(['store_credit', 'refund']);
    expect($(form, '[part="estimate"]')).toBeNull();
  });

  it('skips the reasons step when the backend has no reason tree', async () => {
    const adapter = returnAdapter({ only: ['lookupOrder', 'createReturn'] });
    const form = await mount(adapter);
    await findOrder(form);
    await chooseShirt(form);
    expect($$(form, '[part="stepper-item"]').map((li) => li.textContent!.replace(/\d/g, '').trim())).toEqual([
      'Find your order',
      'Choose items',
      'What you get',
      'Send it back',
      'Review and submit',
    ]);
    await pressContinue(form);
    await stepIs(form, 'resolution');
  });
});

describe('withdrawal (EU Directive 2023/2673, Art. 11a)', () => {
  it('asks only for what identifies the contract, has a separate confirmation step and a timestamped confirmation', async () => {
    const adapter = returnAdapter();
    const create = vi.spyOn(adapter, 'createReturn');
    const form = await mount(adapter, 'withdrawal');
    $<HTMLButtonElement>(form, '[part="withdraw-button"]')!.click();
    await waitFor(() => heading(form) === 'Withdraw from contract');
    expect($$(form, '[part="stepper-item"]')).toHaveLength(3);
    await findOrder(form);
    await stepIs(form, 'items');
    // The whole contract is selected by default.
    expect($<HTMLInputElement>(form, '#select-l-shirt')!.checked).toBe(true);
    expect($<HTMLInputElement>(form, '#select-l-mug')!.checked).toBe(true);
    await pressContinue(form);
    await stepIs(form, 'review');
    expect(heading(form)).toBe('Confirm withdrawal');
    expect(next(form).textContent!.trim()).toBe('Confirm withdrawal');
    await pressContinue(form);
    await stepIs(form, 'confirmation');
    expect(create.mock.calls[0]![0]).toMatchObject({
      withdrawal: true,
      lines: [{ reasonId: 'withdrawal', resolution: 'refund', quantity: 2 }, { lineId: 'l-mug' }],
    });
    expect(heading(form)).toBe('Withdrawal R-1001 received');
    expect($(form, '[part="timestamp"]')!.textContent).toMatch(/We received your withdrawal on .*\d{1,2}:\d{2}/);
  });
});

describe('status view', () => {
  it('shows the timeline for return-id + email', async () => {
    const form = await mount(returnAdapter(), 'return-id="R-2001" email="ada@example.com"');
    const items = await waitFor(() => ($$(form, '[part="timeline-item"]').length ? $$(form, '[part="timeline-item"]') : null));
    expect(items.map((i) => i.querySelector('.timeline-status')!.textContent)).toEqual(['Requested', 'Approved', 'On its way to us']);
    expect(items[2]!.getAttribute('aria-current')).toBe('step');
    expect(items[2]!.textContent).toContain('Parcel scanned');
  });

  it('says when no return matches', async () => {
    const form = await mount(returnAdapter(), 'mode="status"');
    $<HTMLInputElement>(form, '#status-returnId')!.focus();
    await userEvent.keyboard('R-9');
    await userEvent.tab();
    await userEvent.keyboard('ada@example.com{Enter}');
    await waitFor(() => $(form, '.error-summary')?.textContent?.includes('We could not find a return'));
  });
});

describe('language, direction and width', () => {
  it('speaks Simplified Chinese with Intl money', async () => {
    const form = await mount(returnAdapter(), '', (s) => `<div lang="zh-CN">${s}</div>`);
    expect(heading(form)).toBe('查找订单');
    await findOrder(form);
    await chooseShirt(form);
    expect($(form, '.line-meta')!.textContent).toContain('€49.00');
    expect($(form, '[part="days-left"]')!.textContent).toContain('退货期还剩 23 天');
  });

  it('fits 320 px without horizontal overflow', async () => {
    const form = await mount(returnAdapter(), '', (s) => `<div style="width:320px">${s}</div>`);
    await findOrder(form);
    await chooseShirt(form);
    expect(form.scrollWidth).toBeLessThanOrEqual(320);
  });

  it('mirrors under dir="rtl"', async () => {
    const form = await mount(returnAdapter(), '', (s) => `<div dir="rtl">${s}</div>`);
    await findOrder(form);
    await chooseShirt(form);
    const box = $(form, '#select-l-shirt')!.getBoundingClientRect();
    const label = $(form, '.line-label')!.getBoundingClientRect();
    expect(box.left).toBeGreaterThan(label.left);
  });
});
