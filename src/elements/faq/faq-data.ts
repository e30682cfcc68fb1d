/**
 * `<rl-faq>` without `<details>` children: the adapter load (faq-set, product-id), its states, and
 * the console check for a FAQ with no source at all. Imported on demand, so a FAQ written in HTML
 * never downloads any of it (nor lit-html, which draws the states).
 */
import { render } from 'lit/html.js';
import { LoadController } from '../../core/load-controller.js';
import type { LocaleController } from '../../core/locale-controller.js';
import { MissingSourceCheck } from '../../core/missing-source.js';
import { moreTokens } from '../../core/theme.js';
import type { StoreController } from '../../core/store-controller.js';
import type { RlLiteElement } from '../../core/lite-element.js';
import type { FaqViewEntry } from './faq-entry.js';
import type { FaqMessages } from './faq.messages.js';

type Host = RlLiteElement & { faqSet?: string; productId?: string };

export class FaqData {
  /** Where the load's states (loading, error, the entries) are drawn; `display: contents`. */
  readonly states = document.createElement('div');
  readonly #load;

  /** Loads the entries of `faq-set` / `product-id` for the host's language while it has no `<details>`. */
  constructor(host: Host, store: StoreController, i18n: LocaleController<FaqMessages>, usesLightDom: () => boolean) {
    this.states.className = 'states';
    this.#load = new LoadController(
      host,
      // The element's own markup wins; without an adapter there is nothing to load.
      () => (usesLightDom() || !store.adapter ? undefined : ([store.adapter, host.faqSet, host.productId, i18n.lang] as const)),
      ([adapter, set, productId, locale], signal, remote) => remote.loadFaqEntries(adapter, { set, productId, locale }, signal),
      // The error state's colours and buttons use tokens a FAQ written in HTML does not ship (core/theme.ts).
      { module: () => import('./faq-load.js'), core: () => i18n.core, styles: () => [moreTokens] },
    );
    // Said once, after a moment, when the FAQ has neither `<details>` children nor an adapter.
    new MissingSourceCheck(host, () => usesLightDom() || Boolean(store.adapter), {
      key: 'faq:no-source',
      message: '<rl-faq> has nothing to show: add <details> children, or an adapter (<rl-store api>, Returnless.configure).',
      anchor: 'rl-faq',
    });
    host.requestUpdate();
  }

  /** The adapter's entries, once loaded. */
  get entries(): FaqViewEntry[] | undefined {
    return this.#load.value;
  }

  /** Draws the load's states (lit-html templates from core/load-controller.ts and core/states.ts), with `ready` for the entries. */
  draw(ready: () => Node[]): void {
    render(this.#load.render({ ready }), this.states);
  }
}
