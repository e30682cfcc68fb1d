/**
 * Issue 16: what only a submit shows (the error summary, the thanks) is drawn and styled by code
 * that loads with the submit (review-outcome.ts), so the form's up-front chunk carries none of it.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { $, cleanup, waitFor } from '../helpers.js';
import { fillValid, mount } from './review-form-page.js';

beforeEach(() => sessionStorage.clear());
afterEach(() => cleanup());

it('holds no styles of the summary or the thanks before a submit; each is styled when shown', async () => {
  const form = await mount(createMemoryAdapter());
  const rules = () => form.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
  expect(rules()).not.toContain('.thanks');
  expect(rules()).not.toContain('.summary a');

  const submit = () => $<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
  submit();
  const summary = await waitFor(() => $(form, '.summary'));
  expect(getComputedStyle(summary.querySelector('a')!).fontWeight).toBe('600');
  expect(getComputedStyle(summary.querySelector('.summary-title')!).marginTop).toBe('0px');

  await fillValid(form);
  submit();
  const success = await waitFor(() => $(form, '.success'));
  expect(getComputedStyle(success).display).toBe('flex');
  expect(getComputedStyle(success).borderTopWidth).toBe('2px');
  expect(getComputedStyle(success.querySelector('.thanks')!).fontWeight).toBe('600');
});

it('thanks in Chinese on a zh-CN page (its words come with the submit code, as the field errors do)', async () => {
  document.documentElement.lang = 'zh-CN';
  try {
    const form = await mount(createMemoryAdapter({ reviewStatus: 'published' }));
    await fillValid(form);
    $<HTMLButtonElement>(form, 'button[type="submit"]')!.click();
    const success = await waitFor(() => $(form, '.success'));
    expect(success.querySelector('.thanks')!.textContent).toBe('感谢您的评价！');
    expect(success.textContent).toContain('评价已发布。');
    expect(success.querySelector('button')!.textContent).toBe('再写一条评价');
  } finally {
    document.documentElement.lang = 'en';
  }
});
