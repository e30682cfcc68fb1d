/**
 * The language an element speaks, kept current when `<html lang>` or the host's `lang`
 * changes, plus its catalogue. Intl helpers live in `format.ts` and take `lang`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { catalogLanguage, resolveLang, type Catalogs, type Messages } from './i18n.js';
import { coreMessages, type CoreMessages } from './messages.js';
import type { StoreController } from './store-controller.js';

type Host = ReactiveControllerHost & HTMLElement;

export class LocaleController<M extends Messages> implements ReactiveController {
  private observer?: MutationObserver;

  constructor(
    private readonly host: Host,
    private readonly store: StoreController,
    private readonly catalogs: Catalogs<M>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** The BCP 47 tag used for Intl formatting. */
  get lang(): string {
    return resolveLang(this.host, this.store.config.locale);
  }

  /** This element's messages in the resolved language. */
  get t(): M {
    return this.catalogs[catalogLanguage(this.lang)];
  }

  /** Messages shared by all elements (loading, errors). */
  get core(): CoreMessages {
    return coreMessages[catalogLanguage(this.lang)];
  }
}
