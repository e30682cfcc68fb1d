/**
 * The language an element speaks, kept current when `<html lang>` or the host's `lang`
 * changes, plus its catalogue. Intl helpers live in `format.ts` and take `lang`.
 *
 * A Chinese element's updates wait (core/update-gate.ts) until the Chinese catalogues are loaded
 * (i18n.ts `loadChinese`): its first render is Chinese, and after a switch to Chinese it keeps
 * its English text until the Chinese can replace it; `updateComplete` settles after that render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { catalogLanguage, loadChinese, messagesIn, resolveLang, usableLang, type Catalog, type Language, type Messages } from './i18n.js';
import { coreMessages, type CoreMessages } from './messages.js';
import type { StoreController } from './store-controller.js';
import { gateUpdates } from './update-gate.js';

type Host = ReactiveControllerHost & HTMLElement;

export class LocaleController<M extends Messages> implements ReactiveController {
  readonly #host: Host;
  readonly #store: StoreController;
  readonly #catalog: Catalog<M>;
  #observer?: MutationObserver;
  /** The `lang` this controller put on the host (so it is not mistaken for the integrator's). */
  #applied?: string;

  constructor(host: Host, store: StoreController, catalog: Catalog<M>) {
    this.#host = host;
    this.#store = store;
    this.#catalog = catalog;
    host.addController(this);
    gateUpdates(host, () => this.ready());
  }

  /**
   * Settles when this element's messages are in its language: `undefined` for English, or when
   * the Chinese catalogues are here. Code that builds text outside a render, right after importing
   * a lazy module (which may bring a catalogue), awaits it.
   */
  ready(): Promise<void> | undefined {
    return catalogLanguage(this.lang) === 'zh-CN' ? loadChinese() : undefined;
  }

  hostConnected(): void {
    this.#observer = new MutationObserver((records) => {
      // Our own `lang` write needs no second render.
      if (records.every((r) => r.target === this.#host) && this.#applied !== undefined && this.#host.getAttribute('lang') === this.#applied)
        return;
      this.#host.requestUpdate();
    });
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.#observer.observe(this.#host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** The BCP 47 tag used for Intl formatting. */
  get lang(): string {
    const own = this.#host.getAttribute('lang');
    if (own !== null && own === this.#applied) return inheritedLang(this.#host, this.#store.config.locale);
    return resolveLang(this.#host, this.#store.config.locale);
  }

  /**
   * Before each render: when the element's text language differs from the one it inherits from
   * the page (`<html lang="en">` with `<rl-store locale="zh-CN">`), say so with `lang` on the
   * host, so screen readers pick the right voice (WCAG 3.1.2). Removed again when they agree.
   */
  hostUpdate(): void {
    const text = catalogLanguage(this.lang);
    const inherited = inheritedLang(this.#host);
    const own = this.#host.getAttribute('lang');
    if (!speaks(inherited, text)) {
      if (own === null || own === this.#applied) {
        if (own !== text) this.#host.setAttribute('lang', text);
        this.#applied = text;
      }
    } else if (this.#applied !== undefined && own === this.#applied) {
      this.#host.removeAttribute('lang');
      this.#applied = undefined;
    }
  }

  /** This element's messages in the resolved language. */
  get t(): M {
    return messagesIn(this.#catalog, this.lang);
  }

  /** Messages shared by all elements (loading, errors). */
  get core(): CoreMessages {
    return coreMessages[catalogLanguage(this.lang)];
  }
}

/** The language `el` inherits from its ancestors (crossing shadow roots), else `fallback`, else `<html lang>`. */
function inheritedLang(el: Element, fallback?: string): string {
  const parent = el.parentNode instanceof ShadowRoot ? el.parentNode.host : el.parentElement;
  if (!parent || parent === document.documentElement) {
    const top = fallback || document.documentElement.lang;
    return top ? usableLang(top) : '';
  }
  return resolveLang(parent, fallback);
}

/** Whether text in catalogue language `text` reads right under the inherited tag `tag`. */
function speaks(tag: string, text: Language): boolean {
  return text === 'zh-CN' ? /^zh(-(cn|sg|hans)(-|$)|$)/i.test(tag) : /^en(-|$)/i.test(tag);
}
