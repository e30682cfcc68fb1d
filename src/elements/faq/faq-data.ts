/**
 * `<rl-faq>` without `<details>` children: the adapter load (faq-set, product-id) and the console
 * check for a FAQ with no source at all. Imported on demand, so a FAQ written in HTML never
 * downloads the load controller.
 */
import { LoadController } from '../../core/load-controller.js';
import type { LocaleController } from '../../core/locale-controller.js';
import { MissingSourceCheck } from '../../core/missing-source.js';
import type { StoreController } from '../../core/store-controller.js';
import type { RlLiteElement } from '../../core/lite-element.js';
import type { FaqViewEntry } from './faq-entry.js';
import type { FaqMessages } from './faq.messages.js';

type Host = RlLiteElement & { readonly entries: readonly FaqViewEntry[] };

/** Loads the entries of `faq-set` / `product-id` for the host's language while it has no `<details>`. */
export function faqLoadController(
  host: Host & { faqSet?: string; productId?: string },
  store: StoreController,
  i18n: LocaleController<FaqMessages>,
  usesLightDom: () => boolean,
) {
  return new LoadController(
    host,
    // The element's own markup wins; without an adapter there is nothing to load.
    () => (usesLightDom() || !store.adapter ? undefined : ([store.adapter, host.faqSet, host.productId, i18n.lang] as const)),
    ([adapter, set, productId, locale], signal, remote) => remote.loadFaqEntries(adapter, { set, productId, locale }, signal),
    { module: () => import('./faq-load.js'), core: () => i18n.core },
  );
}

/** Says once, after a moment, when the FAQ has neither `<details>` children nor an adapter. */
export function checkFaqSource(host: Host, hasSource: () => boolean): MissingSourceCheck {
  return new MissingSourceCheck(host, hasSource, {
    key: 'faq:no-source',
    message: '<rl-faq> has nothing to show: add <details> children, or an adapter (<rl-store api>, Returnless.configure).',
    anchor: 'rl-faq',
  });
}

/** Draws the load's states (lit-html templates from core/load-controller.ts and core/states.ts) into `container`. */
export { render as renderStates } from 'lit/html.js';
