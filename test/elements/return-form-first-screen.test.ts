/**
 * The return form's first screen (step indicator and order lookup) is drawn from the element's own
 * chunk: the later steps' code (return-form-remote.ts) is fetched once the shopper starts on the
 * lookup and awaited on Find order. When it cannot be fetched (offline, a blocked CDN) the shopper
 * is told so, with a retry, and keeps what they typed.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/elements/return-form/define.js';
import type { RlReturnForm } from '../../src/elements/return-form/return-form.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { returnAdapter } from '../../stories/support/return-form-data.js';
import { $, cleanup, fixture, settle, waitFor } from '../helpers.js';

type Remote = typeof import('../../src/elements/return-form/return-form-remote.js');
/** The element's seam for its later steps' module. */
type Seam = { importRemote: () => Promise<Remote> };
const realImport = () => import('../../src/elements/return-form/return-form-remote.js');

/** A form whose later steps' module comes from `importRemote`, set before the form is on the page. */
async function mount(importRemote: () => Promise<Remote>, attributes: Record<string, string> = {}): Promise<RlReturnForm> {
  const store = await fixture<RlStore>('<rl-store></rl-store>');
  store.adapter = returnAdapter();
  const form = document.createElement('rl-return-form');
  for (const [name, value] of Object.entries(attributes)) form.setAttribute(name, value);
  (form as unknown as Seam).importRemote = importRemote;
  store.append(form);
  await settle(store);
  return form;
}

async function type(form: RlReturnForm, id: string, text: string) {
  $<HTMLInputElement>(form, `#${id}`)!.focus();
  await userEvent.keyboard(text);
}

const unhandled: unknown[] = [];
const onRejection = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
beforeEach(() => {
  sessionStorage.clear();
  unhandled.length = 0;
  addEventListener('unhandledrejection', onRejection);
});
afterEach(() => {
  removeEventListener('unhandledrejection', onRejection);
  cleanup();
  sessionStorage.clear();
});

it('draws the lookup without the later steps’ code, fetches it once the shopper starts typing, and waits for it on Find order', async () => {
  let calls = 0;
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const form = await mount(() => {
    calls++;
    return arrived.then(realImport);
  });

  // The first screen, whole, with nothing of the later steps asked for.
  expect($(form, '[aria-current="step"]')!.textContent).toContain('Find your order');
  expect($(form, '#step-heading')!.textContent).toContain('Find your order');
  expect($(form, '#orderNumber')).not.toBeNull();
  expect($(form, '#email')).not.toBeNull();
  expect(calls).toBe(0);

  await type(form, 'orderNumber', '1001');
  expect(calls).toBe(1);
  await type(form, 'email', 'ada@example.com');
  await userEvent.keyboard('{Enter}');
  await form.updateComplete;
  // Still on its way: the button is busy, the shopper stays on the lookup with what they typed.
  expect(form.step).toBe('lookup');
  expect($(form, '[part="next-button"]')!.getAttribute('aria-disabled')).toBe('true');
  expect($<HTMLInputElement>(form, '#orderNumber')!.value).toBe('1001');

  arrive();
  await waitFor(() => form.step === 'items' && $(form, '[part~="step-items"]'));
  expect(calls).toBe(1);
  expect(form.shadowRoot!.activeElement?.id).toBe('step-heading');
  expect(unhandled).toEqual([]);
});

it('says the form could not load, with a retry, keeps what was typed, and finds the order once the code arrives', async () => {
  let fail = true;
  const form = await mount(() => (fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : realImport()));

  await type(form, 'orderNumber', '1001');
  await type(form, 'email', 'ada@example.com');
  await userEvent.keyboard('{Enter}');

  const alert = await waitFor(() => $(form, '[part="error"][role="alert"]'));
  expect(alert.textContent).toContain('could not be loaded');
  expect(form.shadowRoot!.activeElement).toBe(alert);
  expect(form.step).toBe('lookup');
  expect($<HTMLInputElement>(form, '#orderNumber')!.value).toBe('1001');
  expect($<HTMLInputElement>(form, '#email')!.value).toBe('ada@example.com');
  expect($(form, '[part="next-button"]')!.hasAttribute('disabled')).toBe(false);

  // Try again while still offline: the same alert, nothing lost.
  await userEvent.click(alert.querySelector<HTMLButtonElement>('[part="retry-button"]')!);
  await waitFor(() => form.shadowRoot!.activeElement?.getAttribute('part') === 'error');
  expect($(form, '[part="next-button"]')!.hasAttribute('disabled')).toBe(false);
  expect(form.step).toBe('lookup');
  expect($<HTMLInputElement>(form, '#orderNumber')!.value).toBe('1001');

  // Back online, Find order itself is a retry too: the order is found and the alert goes.
  fail = false;
  $<HTMLButtonElement>(form, '[part="next-button"]')!.click();
  await waitFor(() => form.step === 'items' && $(form, '[part~="step-items"]'));
  expect($(form, '[part="error"]')).toBeNull();
  expect(unhandled).toEqual([]);
});

it('shows a draft restored on a later step once its code arrives, and says so with a retry when it cannot', async () => {
  // A first form walks to the items step and leaves its draft in this tab.
  const first = await mount(realImport);
  await type(first, 'orderNumber', '1001');
  await type(first, 'email', 'ada@example.com');
  await userEvent.keyboard('{Enter}');
  await waitFor(() => first.step === 'items' && $(first, '[part~="step-items"]'));
  cleanup();

  let fail = true;
  const form = await mount(() => (fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : realImport()));
  const alert = await waitFor(() => $(form, '[part="error"][role="alert"]'));
  expect(form.step).toBe('items');
  fail = false;
  alert.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
  await waitFor(() => $(form, '[part~="step-items"]'));
  expect(unhandled).toEqual([]);
});

it('shows the status view (its code comes with the later steps’) after a loading state, and says so with a retry when it cannot load', async () => {
  let fail = true;
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const form = await mount(
    () => (fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : arrived.then(realImport)),
    {
      'return-id': 'R-2001',
      email: 'ada@example.com',
    },
  );
  expect(form.step).toBe('status');
  const alert = await waitFor(() => $(form, '[part="error"][role="alert"]'));
  expect(alert.textContent).toContain('could not be loaded');
  expect($(form, '#status-returnId')).toBeNull();

  fail = false;
  alert.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
  await waitFor(() => $(form, '[part="loading"][aria-busy="true"]'));
  arrive();
  // The link's return number and email, looked up at once: the timeline.
  const current = await waitFor(() => $(form, '[part="current-status"]'));
  expect(current.textContent).toContain('On its way to us');
  expect($(form, '[part="error"]')).toBeNull();
  expect(unhandled).toEqual([]);
});

it('words a status form’s problems in Chinese from both catalogues (the later steps’ and the lookup’s)', async () => {
  document.documentElement.lang = 'zh-CN';
  try {
    const form = await mount(realImport, { mode: 'status' });
    const submit = await waitFor(() => $<HTMLButtonElement>(form, '[part="next-button"]'));
    submit.click();
    const summary = await waitFor(() => $(form, '.error-summary a') && $(form, '.error-summary'));
    const problems = [...summary.querySelectorAll('a')].map((a) => a.textContent);
    expect(problems).toEqual(['请输入退货编号。', '请输入有效的电子邮箱，例如 name@example.com。']);
  } finally {
    document.documentElement.lang = 'en';
  }
});
