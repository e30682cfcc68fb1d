import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../../src/core/config.js';
import { defineElement } from '../../src/core/define.js';
import { resetDevMessages } from '../../src/core/dev.js';
import { configure, globalState } from '../../src/core/global.js';
import { catalogLanguage, resolveLang } from '../../src/core/i18n.js';
import '../../src/elements/faq/define.js';
import type { RlFaq } from '../../src/elements/faq/faq.js';
import '../../src/elements/store/define.js';
import type { RlStore } from '../../src/elements/store/store.js';
import { cleanup, fixture, waitFor } from '../helpers.js';

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetDevMessages();
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  errors.mockRestore();
  cleanup();
  globalState().config = {};
});
const logged = () => errors.mock.calls.map((c: unknown[]) => String(c[0]));

describe('resolveConfig', () => {
  it('keeps valid fields', () => {
    const config = resolveConfig({ locale: 'zh-CN', currency: 'EUR', country: 'DE', api: '/api' }, '<rl-store>');
    expect(config).toMatchObject({ locale: 'zh-CN', currency: 'EUR', country: 'DE' });
    expect(typeof config.adapter?.getFaq).toBe('function');
    expect(errors).not.toHaveBeenCalled();
  });

  it.each([
    ['currency', 'euro', 'ISO 4217'],
    ['country', 'Germany', 'alpha-2'],
    ['locale', 'english please', 'language tag'],
    ['api', 'javascript:alert(1)', 'URL'],
  ] as const)('reports an invalid %s once, naming the field and the fix, and ignores it', (field, value, fix) => {
    const config = resolveConfig({ [field]: value }, '<rl-store>');
    resolveConfig({ [field]: value }, '<rl-store>');
    expect(config[field as keyof typeof config]).toBeUndefined();
    expect(errors).toHaveBeenCalledTimes(1);
    expect(logged()[0]).toContain(`<rl-store> ${field}="${value}" is not valid`);
    expect(logged()[0]).toContain(fix);
  });

  it('refuses an adapter that is not an object of functions', () => {
    expect(resolveConfig({ adapter: { getFaq: 'nope' } as never }, 'x').adapter).toBeUndefined();
    expect(logged()[0]).toContain('adapter');
  });

  it('reuses one REST adapter per URL', () => {
    expect(resolveConfig({ api: '/same' }, 'a').adapter).toBe(resolveConfig({ api: '/same' }, 'b').adapter);
  });
});

describe('<rl-store>', () => {
  it('reads a JSON child, with attributes winning', async () => {
    const store = await fixture<RlStore>(
      `<rl-store currency="CNY"><script type="application/json">{"locale":"zh-CN","currency":"EUR","country":"CN"}</script></rl-store>`,
    );
    expect(store.config).toMatchObject({ locale: 'zh-CN', currency: 'CNY', country: 'CN' });
  });

  it('reports JSON that does not parse', async () => {
    await fixture(`<rl-store><script type="application/json">{locale: en}</script></rl-store>`);
    expect(logged().some((m: string) => m.includes('JSON config is not valid JSON'))).toBe(true);
  });

  it('gives descendants its locale, and updates them when it changes', async () => {
    const store = await fixture<RlStore>(
      `<rl-store locale="zh-CN"><rl-faq><details><summary>Q</summary>A</details><details><summary>Q2</summary>A</details></rl-faq></rl-store>`,
    );
    const faq = store.querySelector('rl-faq') as RlFaq;
    await waitFor(() => faq.shadowRoot!.querySelector('[part="toggle-all"]')!.textContent!.includes('全部展开'));
    store.locale = 'en';
    await waitFor(() => faq.shadowRoot!.querySelector('[part="toggle-all"]')!.textContent!.includes('Expand all'));
  });

  it('an element outside any store uses Returnless.configure()', async () => {
    const faq = await fixture<RlFaq>(`<rl-faq><details><summary>Q</summary>A</details><details><summary>Q2</summary>A</details></rl-faq>`);
    configure({ locale: 'zh-CN' });
    await waitFor(() => faq.shadowRoot!.querySelector('[part="toggle-all"]')!.textContent!.includes('全部展开'));
  });
});

describe('language resolution', () => {
  it('prefers the element, then ancestors, then the store, then <html lang>', async () => {
    const box = await fixture(`<div lang="fr"><span id="inner"></span></div>`);
    const inner = box.querySelector('#inner')!;
    expect(resolveLang(inner, 'de')).toBe('fr');
    inner.setAttribute('lang', 'zh-CN');
    expect(resolveLang(inner, 'de')).toBe('zh-CN');
    box.removeAttribute('lang');
    inner.removeAttribute('lang');
    expect(resolveLang(inner, 'de')).toBe('de');
    expect(resolveLang(inner)).toBe(document.documentElement.lang || 'en');
  });

  it('maps every Chinese tag to the Simplified Chinese catalogue and the rest to English', () => {
    expect(catalogLanguage('zh')).toBe('zh-CN');
    expect(catalogLanguage('zh-Hant-TW')).toBe('zh-CN');
    expect(catalogLanguage('ja')).toBe('en');
    expect(catalogLanguage(undefined)).toBe('en');
  });
});

describe('defineElement', () => {
  it('is a silent no-op for the same class twice', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const Faq = customElements.get('rl-faq')!;
    expect(() => defineElement('rl-faq', Faq)).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('warns once, and does not throw, when another version is already defined', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class Other extends HTMLElement {
      static rlVersion = '9.9.9';
    }
    expect(() => defineElement('rl-faq', Other)).not.toThrow();
    expect(() => defineElement('rl-faq', Other)).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('already defined by Returnless');
    warn.mockRestore();
  });
});
