/**
 * `<rl-return-form>` with a backend's drop-off code too long for any QR symbol (the schema takes
 * up to 20,000 characters; a QR code holds about 2,300 bytes): the return exists, so the
 * confirmation must still show, with the code as text.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ReturnFormDraft } from '../../src/domain/return-request.js';
import '../../src/elements/return-form/define.js';
import type { RlReturnForm } from '../../src/elements/return-form/return-form.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { returnAdapter, returnData } from '../../stories/support/return-form-data.js';
import { $, cleanup, fixture, settle, waitFor } from '../helpers.js';

const id = 'rf-long-code';

beforeEach(() => {
  sessionStorage.clear();
  const { email: _e, postalCode: _p, ...order } = returnData().orders![0]!;
  const draft: ReturnFormDraft = {
    path: 'return',
    step: 'review',
    lookup: { orderNumber: '1001', email: 'ada@example.com', postalCode: '' },
    order,
    lines: { 'l-mug': { selected: true, quantity: 1, reasonId: 'changed_mind', resolution: 'refund' } },
    method: 'drop_off',
    email: 'ada@example.com',
    consent: true,
    idempotencyKey: `long-code-${Date.now()}`,
  };
  sessionStorage.setItem(`returnless:draft:return-form:${location.pathname}#${id}`, JSON.stringify(draft));
});
afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

it('confirms a return whose code is too long for a QR code, showing the code as text', async () => {
  const code = `drop-${'x'.repeat(3000)}`;
  const adapter = returnAdapter();
  const create = adapter.createReturn!;
  adapter.createReturn = async (request, options) => ({ ...(await create(request, options)), labels: [{ code }] });
  const store = await fixture<RlStore>(`<rl-store><rl-return-form id="${id}"></rl-return-form></rl-store>`, 'rl-store');
  store.adapter = adapter;
  await settle(store.parentElement!);
  const form = store.querySelector<RlReturnForm>('rl-return-form')!;
  await waitFor(() => form.step === 'review' && $(form, '[part="summary"]'));
  $<HTMLButtonElement>(form, '[part="next-button"]')!.click();
  await waitFor(() => $(form, '[part="code-text"]'), 5000);
  expect($(form, '#step-heading')!.textContent).toContain('is requested');
  expect($(form, '[part="code-text"]')!.textContent).toContain(code);
  // Once the QR code's module is there, the form still renders: no QR, no placeholder, the text stays.
  await waitFor(() => !$(form, '.qr--pending'), 5000);
  await form.updateComplete;
  expect($(form, 'svg[part="qr"]')).toBeNull();
  expect($(form, '[part="code-text"]')!.textContent).toContain(code);
});
