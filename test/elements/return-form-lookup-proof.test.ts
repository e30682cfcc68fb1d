/**
 * `<rl-return-form>` and the backend's lookup token: the token travels in the draft; an expired
 * or forged one (the `not_found` of quote or submit) sends the shopper back to the lookup step
 * with a clear message and every choice kept.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ReturnlessAdapter } from '../../src/adapters/adapter.js';
import type { ReturnFormDraft } from '../../src/domain/return-request.js';
import '../../src/elements/return-form/define.js';
import type { RlReturnForm } from '../../src/elements/return-form/return-form.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { returnAdapter, returnData } from '../../stories/support/return-form-data.js';
import { $, cleanup, fixture, settle, waitFor } from '../helpers.js';

async function mount(adapter: ReturnlessAdapter, id = 'rf-proof'): Promise<RlReturnForm> {
  const store = await fixture<RlStore>(`<rl-store><rl-return-form id="${id}"></rl-return-form></rl-store>`, 'rl-store');
  store.adapter = adapter;
  await settle(store.parentElement!);
  return store.querySelector('rl-return-form')!;
}

const stepIs = (form: RlReturnForm, step: string) => waitFor(() => form.step === step && $(form, `[part~="step-${step}"]`), 5000);
const summary = (form: RlReturnForm) => waitFor(() => $(form, '.error-summary'), 5000);

function seedDraft(id: string, patch: Partial<ReturnFormDraft>): void {
  const { email: _e, postalCode: _p, ...order } = returnData().orders![0]!;
  const draft: ReturnFormDraft = {
    path: 'return',
    step: 'review',
    lookup: { orderNumber: '1001', email: 'ada@example.com', postalCode: '' },
    order,
    lines: { 'l-mug': { selected: true, quantity: 1, reasonId: 'changed_mind', resolution: 'refund' } },
    method: 'mail',
    email: 'ada@example.com',
    consent: true,
    idempotencyKey: `proof-${Date.now()}`,
    ...patch,
  };
  sessionStorage.setItem(`returnless:draft:return-form:${location.pathname}#${id}`, JSON.stringify(draft));
}

beforeEach(() => {
  sessionStorage.clear();
  document.documentElement.lang = 'en';
});
afterEach(() => {
  cleanup();
  sessionStorage.clear();
  document.documentElement.lang = 'en';
});

describe('<rl-return-form> lookup token', () => {
  it('keeps the token in the draft and sends it with quotes', async () => {
    const adapter = returnAdapter({ requireLookupToken: true });
    const quote = vi.spyOn(adapter, 'quoteReturn');
    const form = await mount(adapter);
    $<HTMLInputElement>(form, '#orderNumber')!.focus();
    await userEvent.keyboard('1001');
    $<HTMLInputElement>(form, '#email')!.focus();
    await userEvent.keyboard('ada@example.com{Enter}');
    await stepIs(form, 'items');
    const stored = JSON.parse(sessionStorage.getItem(`returnless:draft:return-form:${location.pathname}#rf-proof`)!) as ReturnFormDraft;
    expect(stored.order?.lookupToken).toMatch(/^mem-/);
    $<HTMLInputElement>(form, '#select-l-mug')!.click();
    await form.updateComplete;
    $<HTMLButtonElement>(form, '[part="next-button"]')!.click();
    await stepIs(form, 'reasons');
    await userEvent.selectOptions($<HTMLSelectElement>(form, '#reason-l-mug')!, 'changed_mind');
    $<HTMLButtonElement>(form, '[part="next-button"]')!.click();
    await stepIs(form, 'resolution');
    $<HTMLInputElement>(form, '#resolution-l-mug-refund')!.click();
    await waitFor(() => quote.mock.calls.length > 0, 5000);
    expect(quote.mock.calls[0]![0].lookupToken).toBe(stored.order!.lookupToken);
    await waitFor(() => $(form, '[part="estimate"] dl'), 5000);
    expect(form.step).toBe('resolution');
  });

  it('an expired token at submit goes back to lookup with a message, choices kept; finding the order again restores them', async () => {
    // A draft from an earlier visit: its token is unknown to the backend now (expired or forged).
    seedDraft('rf-proof', { order: { ...returnData().orders![0]!, lookupToken: 'mem-expired' } });
    const adapter = returnAdapter({ requireLookupToken: true });
    const create = vi.spyOn(adapter, 'createReturn');
    const form = await mount(adapter);
    await stepIs(form, 'review');
    $<HTMLButtonElement>(form, '[part="next-button"]')!.click();
    await stepIs(form, 'lookup');
    expect(create).toHaveBeenCalledTimes(1);
    expect((await summary(form)).textContent).toContain('please find your order again');
    // The lookup fields are filled in; the choices wait in the draft.
    expect($<HTMLInputElement>(form, '#orderNumber')!.value).toBe('1001');
    expect($<HTMLInputElement>(form, '#email')!.value).toBe('ada@example.com');
    $<HTMLButtonElement>(form, '[part="next-button"]')!.click();
    await stepIs(form, 'items');
    expect($<HTMLInputElement>(form, '#select-l-mug')!.checked).toBe(true);
    const stored = JSON.parse(sessionStorage.getItem(`returnless:draft:return-form:${location.pathname}#rf-proof`)!) as ReturnFormDraft;
    expect(stored.lines['l-mug']).toMatchObject({ selected: true, reasonId: 'changed_mind', resolution: 'refund' });
    expect(stored.order?.lookupToken).toMatch(/^mem-ord-1001-/);
  });

  it('says so in Simplified Chinese, and an expired token on a quote does the same', async () => {
    document.documentElement.lang = 'zh-CN';
    seedDraft('rf-proof', { step: 'resolution', order: { ...returnData().orders![0]!, lookupToken: 'mem-forged' } });
    const form = await mount(returnAdapter({ requireLookupToken: true }));
    await stepIs(form, 'lookup');
    expect((await summary(form)).textContent).toContain('请重新查找订单');
    expect(JSON.parse(sessionStorage.getItem(`returnless:draft:return-form:${location.pathname}#rf-proof`)!).lines['l-mug'].reasonId).toBe(
      'changed_mind',
    );
  });
});

describe('<rl-return-form> confirmation', () => {
  it('confirms a return whose code is too long for a QR code (the schema takes 20,000 characters), showing the code as text', async () => {
    const code = `drop-${'x'.repeat(3000)}`; // byte mode: a QR symbol holds about 2,300
    const adapter = returnAdapter();
    const create = adapter.createReturn!;
    adapter.createReturn = async (request, options) => ({ ...(await create(request, options)), labels: [{ code }] });
    seedDraft('rf-long-code', { method: 'drop_off' });
    const form = await mount(adapter, 'rf-long-code');
    await waitFor(() => form.step === 'review' && $(form, '[part="summary"]'));
    $<HTMLButtonElement>(form, '[part="next-button"]')!.click();
    await waitFor(() => $(form, '[part="code-text"]'), 5000);
    expect($(form, '#step-heading')!.textContent).toContain('is requested');
    // Once the QR code's module is there, the form still renders: no QR, no placeholder, the text stays.
    await waitFor(() => !$(form, '.qr--pending'), 5000);
    await form.updateComplete;
    expect($(form, 'svg[part="qr"]')).toBeNull();
    expect($(form, '[part="code-text"]')!.textContent).toContain(code);
  });
});
