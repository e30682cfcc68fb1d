import { ContextEvent, type ContextCallback } from '@lit/context';
import { LitElement, html, css, type PropertyValues, type ReactiveControllerHost } from 'lit';
import type { ReturnlessAdapter } from '../../adapters/adapter.js';
import { readJsonConfig, resolveConfig, sameConfig, type StoreConfig } from '../../core/config.js';
import { storeContext } from '../../core/context.js';
import { VERSION } from '../../core/version.js';
import { upgradeProperties } from '../../core/upgrade-properties.js';

/**
 * The configuration root. Every Returnless element inside it gets its adapter, locale,
 * currency and country from here through context; it renders nothing of its own.
 *
 * Configure it with attributes, with a `<script type="application/json">` child holding the
 * same keys (attributes win), or from JavaScript with the `adapter` property. An invalid
 * value logs one console error naming the field and the fix, and is ignored.
 *
 * @summary Configuration root: adapter, locale, currency and country for the elements inside.
 * @tag rl-store
 * @slot - Returnless elements and any other page content.
 *
 * @example
 * <rl-store api="/api" locale="en" currency="EUR" country="DE">
 *   <rl-faq faq-set="shipping"></rl-faq>
 * </rl-store>
 */
export class RlStore extends LitElement {
  static {
    upgradeProperties(this);
  }
  static readonly rlVersion = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;
  static override properties = {
    api: {},
    locale: {},
    currency: {},
    country: {},
    adapter: { attribute: false },
  };

  /** Base URL of a backend implementing the Returnless REST routes (`https://…` or `/api`). Builds the REST adapter. */
  api?: string;

  /**
   * Language for the elements inside (`en`, `zh-CN`; any Chinese tag reads Simplified Chinese). Default: the
   * nearest `lang` attribute, then `<html lang>`. Chinese text is downloaded only for elements that speak it;
   * they draw once it has arrived (never English first), and a change to Chinese shows once it has.
   */
  locale?: string;

  /** ISO 4217 currency for prices (`EUR`). */
  currency?: string;

  /** ISO 3166-1 alpha-2 code of the shopper's country (`DE`); picks the policy that applies. */
  country?: string;

  /** Your own adapter (see README "Writing an adapter"). Wins over `api`. JavaScript only. */
  adapter?: ReturnlessAdapter;

  private readonly provider = new StoreProvider(this);

  /** The resolved config the elements inside receive. */
  get config(): StoreConfig {
    return this.provider.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resolve();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.size) this.resolve();
  }

  private resolve(): void {
    const json = readJsonConfig(this, '<rl-store>');
    const pick = <K extends 'api' | 'locale' | 'currency' | 'country'>(k: K) => this[k] ?? (json[k] as string | undefined);
    const next = resolveConfig(
      { api: pick('api'), locale: pick('locale'), currency: pick('currency'), country: pick('country'), adapter: this.adapter },
      '<rl-store>',
    );
    if (!sameConfig(this.provider.value, next)) this.provider.setValue(next);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

/** A context protocol event (context-request, context-provider) as this provider reads it. */
type ContextProtocolEvent = Event & { context?: unknown; contextTarget?: Element };

/**
 * Answers the store context's requests from inside `host`, in the context community protocol: what
 * @lit/context's ContextProvider does for one context (each subscriber gets its unsubscribe; a closer
 * store defined later takes over its subscribers), in less code, as core/store-controller.ts does
 * for the consumer. Exported for test/core/store-controller.test.ts, which runs it beside Lit's.
 */
export class StoreProvider {
  /** Each subscriber's callback, with its element and its unsubscribe. */
  private readonly subscribers = new Map<ContextCallback<StoreConfig>, [Element, () => void]>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    public value: StoreConfig = {},
  ) {
    host.addEventListener('context-request', (event) => {
      const element = sender(event);
      if (!element || element === host) return;
      event.stopPropagation();
      const { callback, subscribe } = event as ContextEvent<typeof storeContext>;
      if (!subscribe) return callback(this.value);
      if (!this.subscribers.has(callback)) this.subscribers.set(callback, [element, () => this.subscribers.delete(callback)]);
      callback(this.value, this.subscribers.get(callback)![1]);
    });
    // A store inside this one was defined: each subscriber asks again, and those inside it are answered there.
    host.addEventListener('context-provider', (event) => {
      const element = sender(event);
      if (!element || element === host) return;
      for (const [callback, [subscriber]] of this.subscribers)
        subscriber.dispatchEvent(new ContextEvent(storeContext, subscriber, callback, true));
      event.stopPropagation();
    });
    host.addController(this);
  }

  /** Announces the provider: requests waiting at the page's context root (attach-context-root.ts) are sent again. */
  hostConnected(): void {
    const event = new Event('context-provider', { bubbles: true, composed: true });
    this.host.dispatchEvent(Object.assign(event, { context: storeContext, contextTarget: this.host }));
  }

  setValue(value: StoreConfig): void {
    this.value = value;
    for (const [callback, [, unsubscribe]] of this.subscribers) callback(value, unsubscribe);
  }
}

/** The element that sent a store-context event (its contextTarget, else its first target); undefined for other contexts. */
function sender(event: ContextProtocolEvent): Element | undefined {
  return event.context === storeContext ? (event.contextTarget ?? (event.composedPath()[0] as Element)) : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'rl-store': RlStore;
  }
}
