import { ContextProvider } from '@lit/context';
import { LitElement, html, css, type PropertyValues } from 'lit';
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

  private readonly provider = new ContextProvider(this, { context: storeContext, initialValue: {} });

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

declare global {
  interface HTMLElementTagNameMap {
    'rl-store': RlStore;
  }
}
