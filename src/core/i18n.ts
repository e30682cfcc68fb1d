/**
 * Localisation: typed message catalogues (English and Simplified Chinese from the first
 * element on) and the language an element speaks, resolved from the element, its
 * ancestors, the store, then `<html lang>`.
 */

export type Language = 'en' | 'zh-CN';

/** A catalogue: strings, or functions for messages with values (plural-aware). */
export type Messages = Record<string, string | ((...args: never[]) => string)>;

/** Catalogues for every language; `zh-CN` must have exactly the keys and signatures of `en`. */
export interface Catalogs<M extends Messages> {
  en: M;
  'zh-CN': M;
}

/** Helper that makes TypeScript check the Chinese catalogue against the English one. */
export function defineMessages<M extends Messages>(en: M, zhCN: { [K in keyof M]: M[K] }): Catalogs<M> {
  return { en, 'zh-CN': zhCN };
}

/** The catalogue language for any BCP 47 tag: every Chinese tag reads Simplified Chinese, the rest English. */
export function catalogLanguage(tag: string | undefined): Language {
  return tag && /^zh(-|$)/i.test(tag) ? 'zh-CN' : 'en';
}

/**
 * The language tag for `el`: its own or an ancestor's `lang` (crossing shadow roots,
 * stopping below `<html>`), else the store's locale, else `<html lang>`, else `en`.
 */
export function resolveLang(el: Element, storeLocale?: string): string {
  let node: Node | null = el;
  while (node && node !== document.documentElement) {
    const lang = node instanceof Element ? node.getAttribute('lang') : null;
    if (lang) return lang;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return storeLocale || document.documentElement.lang || 'en';
}

/** Text direction actually in effect for `el` (for arrow-key handling in horizontal widgets). */
export function resolveDir(el: Element): 'ltr' | 'rtl' {
  return getComputedStyle(el).direction === 'rtl' ? 'rtl' : 'ltr';
}

let englishPlurals: Intl.PluralRules | undefined;

/**
 * English wording for a count, chosen by `Intl.PluralRules` rather than `n === 1` by hand:
 * `one` for 1, `other` for 0, 2, 1.5, … Chinese catalogues need no plural forms. (Plural rules
 * are cheap to create, unlike number formats; they live here so every element's chunk has them.)
 */
export function countEn(count: number, one: string, other: string): string {
  return (englishPlurals ??= new Intl.PluralRules('en')).select(count) === 'one' ? one : other;
}
