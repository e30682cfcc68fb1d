/**
 * Localisation: typed message catalogues (English and Simplified Chinese from the first
 * element on; the Chinese halves load only when an element speaks Chinese) and the language an
 * element speaks, resolved from the element, its ancestors, the store, then `<html lang>`.
 */

export type Language = 'en' | 'zh-CN';

/** A catalogue: strings, or functions for messages with values (plural-aware). */
export type Messages = Record<string, string | ((...args: never[]) => string)>;

/**
 * A catalogue: the English messages, in the chunk of the code that uses them, and the Simplified
 * Chinese ones, in a module of their own (`x.messages.zh-CN.ts`) that is imported only when an
 * element speaks Chinese: English pages never download them.
 */
export interface Catalog<M extends Messages> {
  readonly en: M;
  /** The Chinese messages once loaded (`loadChinese`); until then, or if their chunk failed, English is used. */
  zh?: M;
  /** Imports the Chinese module. */
  readonly importZh: () => Promise<{ default: M }>;
}

/** Catalogues whose Chinese half is not loaded yet (every one defined so far: the page's elements and their helpers). */
const notLoaded = new Set<Catalog<Messages>>();
let loading: Promise<void> | undefined;

/**
 * A catalogue from its English messages and the import of its Chinese module. The Chinese module
 * ends `export default {…} satisfies XMessages`, so TypeScript checks it key for key and
 * signature for signature against the English one.
 */
export function defineMessages<M extends Messages>(en: M, importZh: () => Promise<{ default: NoInfer<M> }>): Catalog<M> {
  const catalog: Catalog<M> = { en, importZh };
  notLoaded.add(catalog as unknown as Catalog<Messages>);
  return catalog;
}

/** `catalog`'s messages for the language tag `lang`: Chinese once loaded, else English. */
export function messagesIn<M extends Messages>(catalog: Catalog<M>, lang: string | undefined): M {
  return (catalogLanguage(lang) === 'zh-CN' && catalog.zh) || catalog.en;
}

/**
 * Loads the Chinese half of every catalogue defined so far; `undefined` when there is none left
 * to load (so a Chinese render waits only when it must). Catalogues defined while loading (a lazy
 * chunk arrived) are loaded too before it settles. A chunk that fails leaves its catalogue
 * English (logged): the element still renders.
 */
export function loadChinese(): Promise<void> | undefined {
  if (!notLoaded.size) return loading;
  return (loading ??= Promise.all(
    [...notLoaded].map((catalog) => {
      notLoaded.delete(catalog);
      return catalog.importZh().then(
        (module) => void (catalog.zh = module.default),
        (error: unknown) => console.error('[returnless] Could not load Chinese messages; showing English.', error),
      );
    }),
  ).then(() => {
    loading = undefined;
    return loadChinese();
  }));
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
    if (lang) return usableLang(lang);
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return usableLang(storeLocale || document.documentElement.lang || 'en');
}

/**
 * A tag Intl and the adapters' `locale` accept, from what a theme writes: `<html lang="en_US">`
 * (common in PHP and Java themes) reads `en-US`, `zh_cn` `zh-CN`; a malformed tag (`de-de-de`)
 * reads `en`, instead of throwing in every number and date the element formats. Not cached:
 * canonicalising a tag takes about 3 µs and loads no ICU data (a page's first NumberFormat does).
 */
export function usableLang(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0]!;
  } catch {
    return 'en';
  }
}

/** Text direction actually in effect for `el` (for arrow-key handling in horizontal widgets). */
export function resolveDir(el: Element): 'ltr' | 'rtl' {
  return getComputedStyle(el).direction === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * English wording for a count, by CLDR's English cardinal rule in one place, never `n === 1` in a
 * catalogue: `one` for 1 (and -1), `other` for 0, 2, 1.5, … Chinese catalogues need no plural
 * forms. Written out rather than asked of `Intl.PluralRules`: creating the page's first one loads
 * ICU's plural data, 2–4 ms of the review form's first render at 4× throttle (issue 16); the test
 * compares the two over a range of counts.
 */
export function countEn(count: number, one: string, other: string): string {
  return Math.abs(count) === 1 ? one : other;
}
