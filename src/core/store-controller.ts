/**
 * Gives an element its store config: from the nearest `<rl-store>` through context, or
 * from `Returnless.configure()` when there is none. Re-renders the host on changes.
 */
import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReturnlessAdapter } from '../adapters/adapter.js';
import type { StoreConfig } from './config.js';
import { storeContext } from './context.js';
import { globalState, onConfigure } from './global.js';

export class StoreController implements ReactiveController {
  #unsubscribe?: () => void;
  #globalConfig?: StoreConfig;
  /** The nearest store's config, once a store answered. */
  #provided?: StoreConfig;
  /** Ends the subscription to that store. */
  #leaveStore?: () => void;

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * A store's answer, now and after each change of its config: what @lit/context's ContextConsumer
   * does for a subscription, without its other modes (every element's runtime chunk is smaller).
   * Another store taking over (one nested closer, upgraded later) hands a new subscription.
   */
  readonly #receive = (config: StoreConfig, unsubscribe?: () => void): void => {
    if (this.#leaveStore !== unsubscribe) this.#leaveStore?.();
    this.#leaveStore = unsubscribe;
    this.#provided = config;
    this.#host.requestUpdate();
  };

  hostConnected(): void {
    // Unanswered (no store yet), the page's context root asks again once a store is defined.
    this.#host.dispatchEvent(new ContextEvent(storeContext, this.#host, this.#receive, true));
    this.#unsubscribe = onConfigure(() => this.#resolveGlobal());
    this.#resolveGlobal();
  }

  /**
   * Validates the page-wide config. Its code loads only when `Returnless.configure()` was
   * called, so a page without it (a FAQ written in HTML) never downloads it.
   */
  #resolveGlobal(): void {
    const raw = globalState().config;
    if (!Object.keys(raw).length) return;
    void import('./config.js').then(({ resolveConfig }) => {
      this.#globalConfig = resolveConfig(raw, 'Returnless.configure()');
      this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#leaveStore?.();
    this.#leaveStore = undefined;
  }

  /** The nearest store's config, else the page-wide one. */
  get config(): StoreConfig {
    return this.#provided ?? this.#globalConfig ?? {};
  }

  get adapter(): ReturnlessAdapter | undefined {
    return this.config.adapter;
  }
}
