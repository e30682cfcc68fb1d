/**
 * WCAG 3.1.2: with `<html lang="en">` and `<rl-store locale="zh-CN">`, Chinese text must carry
 * `lang`, so screen readers switch voice. Checked for every element, and inside its shadow root
 * with `:lang()` (what assistive technology sees).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/define.js';
import { cleanup, settle, waitFor } from '../helpers.js';
import { elementsPage as page, tags } from './elements-page.js';

beforeEach(() => {
  sessionStorage.clear();
  document.documentElement.lang = 'en';
});
afterEach(() => {
  cleanup();
  document.documentElement.lang = 'en';
});

describe('lang on elements whose language differs from the page', () => {
  it('<html lang="en"> + <rl-store locale="zh-CN">: every element says zh-CN, down into its shadow root', async () => {
    const store = await page('zh-CN');
    for (const tag of tags) {
      const el = store.querySelector(tag)!;
      expect(el.getAttribute('lang'), tag).toBe('zh-CN');
      const inner = el.shadowRoot!.querySelector('button, p, h2, h3, label, legend');
      expect(inner, tag).not.toBeNull();
      expect(inner!.matches(':lang(zh)'), `${tag} shadow content`).toBe(true);
    }
  });

  it('adds nothing where the page already speaks the language, and follows a change of locale', async () => {
    const store = await page('en');
    for (const tag of tags) expect(store.querySelector(tag)!.hasAttribute('lang'), tag).toBe(false);
    store.setAttribute('locale', 'zh-CN');
    await settle(store);
    await waitFor(() => tags.every((tag) => store.querySelector(tag)!.getAttribute('lang') === 'zh-CN'));
    store.setAttribute('locale', 'en');
    await settle(store);
    await waitFor(() => tags.every((tag) => !store.querySelector(tag)!.hasAttribute('lang')));
  });

  it('<html lang="zh-CN"> + <rl-store locale="zh-CN">: no attribute needed; an integrator’s own lang is kept', async () => {
    document.documentElement.lang = 'zh-CN';
    const store = await page('zh-CN');
    for (const tag of tags) expect(store.querySelector(tag)!.hasAttribute('lang'), tag).toBe(false);
    const faq = store.querySelector('rl-faq')!;
    faq.setAttribute('lang', 'en');
    await settle(store);
    await waitFor(
      () =>
        /Expand all|Show all|Search/i.test(faq.shadowRoot!.textContent!) ||
        !/[\u4e00-\u9fff]{2}/.test(faq.shadowRoot!.querySelector('button')!.textContent!),
    );
    expect(faq.getAttribute('lang')).toBe('en');
  });
});
