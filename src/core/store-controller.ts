/**
 * Gives an element its store config: from the nearest `<rl-store>` through context, or
 * from `Returnless.configure()` when there is none. Re-renders the host on changes.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReturnlessAdapter } from '../adapters/adapter.js';
import type { StoreConfig } from './config.js';
import { storeContext } from './context.js';
import { globalState, onConfigure } from './global.js';

export class StoreController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof storeContext, ReactiveControllerHost & HTMLElement>;
  private unsubscribe?: () => void;
  private globalConfig?: StoreConfig;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.consumer = new ContextConsumer(host, { context: storeContext, subscribe: true });
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onConfigure(() => this.resolveGlobal());
    this.resolveGlobal();
  }

  /**
   * Validates the page-wide config. Its code loads only when `Returnless.configure()` was
   * called, so a page without it (a FAQ written in HTML) never downloads it.
   */
  private resolveGlobal(): void {
    const raw = globalState().config;
    if (!Object.keys(raw).length) return;
    void import('./config.js').then(({ resolveConfig }) => {
      this.globalConfig = resolveConfig(raw, 'Returnless.configure()');
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /** The nearest store's config, else the page-wide one. */
  get config(): StoreConfig {
    return this.consumer.value ?? this.globalConfig ?? {};
  }

  get adapter(): ReturnlessAdapter | undefined {
    return this.config.adapter;
  }
}
