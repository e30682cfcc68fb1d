/**
 * A small reactive host for elements that draw their shadow root themselves: reactive properties
 * with their attributes, batched updates (`requestUpdate`, `updateComplete`), controllers, and a
 * shadow root with adopted styles; `render()` brings the shadow root up to date with plain DOM
 * writes. It is the slice of LitElement that `<rl-faq>` uses, so a FAQ-only page loads neither
 * lit-html nor ReactiveElement, LitElement, their decorators and css-tag (lit-html alone is
 * ~2.9 kB gzip on the smallest page we ship). Its styles are CSS text adopted as a constructed
 * stylesheet, which every supported browser has (README, Browser support): no `<style>` fallback. Controllers written for Lit (`@lit/context`'s ContextConsumer,
 * StoreController, LocaleController, LoadController) work unchanged: they only need the
 * ReactiveControllerHost interface.
 *
 * Declare properties as Lit does without decorators, in `static properties` (the options the
 * elements use: `attribute`, `type: Boolean | Number`, `reflect`), with each property's JSDoc on its
 * class field, so custom-elements.json reads them as it reads Lit's; no decorator helper ships with
 * the FAQ. A subclass's `properties` replaces its base's (spread the base's to keep them). Properties
 * set on the element before its class was defined are kept (the job core/upgrade-properties.ts does
 * for Lit elements).
 */
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { tokenCss } from './theme-tokens.js';
import { afterGate } from './update-gate.js';
import { VERSION } from './version.js';

export interface LitePropertyOptions {
  /** The attribute's name; `false` for none. Default: the property name in lower case. */
  attribute?: string | false;
  /** How the attribute converts: present/absent for Boolean, `Number(value)` for Number, as written otherwise. */
  type?: typeof Boolean | typeof Number;
  /** Write the property back to its attribute after each change. */
  reflect?: boolean;
}

/** On a server (no DOM) the class is still defined, from a plain base. */
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

const attributeOf = (name: string, options: LitePropertyOptions): string | false =>
  options.attribute === undefined ? name.toLowerCase() : options.attribute;

export class RlLiteElement extends Base implements ReactiveControllerHost {
  /** Which Returnless version defined this class (read by `defineElement`). */
  static readonly rlVersion = VERSION;
  /** CSS text (core/theme-tokens.ts `css`), the tokens first: one stylesheet per class, parsed on first use. */
  static styles: string[] = [tokenCss];
  /** The reactive properties: a change to one schedules an update. */
  static properties: Record<string, LitePropertyOptions> = {};

  /** Read when the tag is defined: makes each property's accessor, and lists their attributes. */
  static get observedAttributes(): string[] {
    for (const name in this.properties)
      if (!Object.hasOwn(this.prototype, name)) Object.defineProperty(this.prototype, name, RlLiteElement.#accessor(name));
    return Object.entries(this.properties).flatMap(([name, options]) => attributeOf(name, options) || []);
  }

  private static sheet?: CSSStyleSheet;

  /** What the shadow root adopts: `styles` as one stylesheet (core/add-styles.ts adds to it; defineElement makes it early). */
  static get elementStyles(): CSSStyleSheet[] {
    if (!Object.hasOwn(this, 'sheet')) (this.sheet = new CSSStyleSheet()).replaceSync(this.styles.join(''));
    return [this.sheet!];
  }

  /** The shadow root, once connected. */
  renderRoot?: ShadowRoot;
  /** True after the first update (as in Lit). */
  hasUpdated = false;
  #values = new Map<string, unknown>();
  #changed: PropertyValues = new Map();
  #controllers = new Set<ReactiveController>();
  #pending = false;
  #updates: Promise<boolean>;
  #connect!: () => void;
  #reflecting?: string;
  /** Own properties set before the class was defined; applied on the first connection. */
  #early?: [string, unknown][] = [];

  constructor() {
    super();
    // Nothing updates before the first connection.
    this.#updates = new Promise<void>((resolve) => (this.#connect = resolve)).then(() => true);
    for (const key of Object.keys(this)) {
      if (!(key in new.target.prototype)) continue;
      this.#early!.push([key, (this as unknown as Record<string, unknown>)[key]]);
      delete (this as unknown as Record<string, unknown>)[key];
    }
    this.requestUpdate();
  }

  addController(controller: ReactiveController): void {
    this.#controllers.add(controller);
    if (this.renderRoot && this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.#controllers.delete(controller);
  }

  /** Resolves after the pending update (true when no other update was requested meanwhile). */
  get updateComplete(): Promise<boolean> {
    return this.#updates;
  }

  /** Schedules an update (in a microtask, once for any number of calls); `name` changed from `old`. */
  requestUpdate(name?: string, old?: unknown): void {
    if (name !== undefined && !this.#changed.has(name)) this.#changed.set(name, old);
    if (this.#pending) return;
    this.#pending = true;
    // After the update before (even one that threw): a failed render does not stop the next ones.
    // Each waits for its gate first (core/update-gate.ts), as Lit's `scheduleUpdate` may.
    const next = () => afterGate(this, () => this.#performUpdate());
    this.#updates = this.#updates.then(next, next);
  }

  connectedCallback(): void {
    if (!this.renderRoot) {
      this.renderRoot = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      this.renderRoot.adoptedStyleSheets = (this.constructor as typeof RlLiteElement).elementStyles;
    }
    for (const [key, value] of this.#early?.splice(0) ?? []) (this as unknown as Record<string, unknown>)[key] = value;
    this.#early = undefined;
    this.#connect();
    for (const c of this.#controllers) c.hostConnected?.();
  }

  disconnectedCallback(): void {
    for (const c of this.#controllers) c.hostDisconnected?.();
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    if (attribute === this.#reflecting) return;
    for (const [name, options] of Object.entries((this.constructor as typeof RlLiteElement).properties)) {
      if (attributeOf(name, options) !== attribute) continue;
      const converted = options.type === Boolean ? value !== null : options.type === Number && value !== null ? Number(value) : value;
      (this as unknown as Record<string, unknown>)[name] = converted;
    }
  }

  /** Brings the shadow root (`renderRoot`) up to date. */
  protected render(): void {}

  /** Before each render, with the properties that changed and their previous values. */
  protected willUpdate(_changed: PropertyValues): void {}

  /** After each render. */
  protected updated(_changed: PropertyValues): void {}

  #performUpdate(): boolean {
    const changed = this.#changed;
    try {
      this.willUpdate(changed);
      for (const c of this.#controllers) c.hostUpdate?.();
      this.#reflect(changed);
      this.render();
    } finally {
      this.#changed = new Map();
      this.#pending = false;
    }
    this.hasUpdated = true;
    for (const c of this.#controllers) c.hostUpdated?.();
    this.updated(changed);
    return !this.#pending;
  }

  #reflect(changed: PropertyValues): void {
    for (const name of changed.keys()) {
      const options = (this.constructor as typeof RlLiteElement).properties[name as string];
      const attribute = options?.reflect && attributeOf(name as string, options);
      if (!attribute) continue;
      const value = this.#values.get(name as string);
      this.#reflecting = attribute;
      if (value === false || value == null) this.removeAttribute(attribute);
      else this.setAttribute(attribute, value === true ? '' : String(value));
      this.#reflecting = undefined;
    }
  }

  /** The accessor of reactive property `name`: its value, and an update when it changes. */
  static #accessor(name: string): PropertyDescriptor {
    return {
      get(this: RlLiteElement) {
        return this.#values.get(name);
      },
      set(this: RlLiteElement, value: unknown) {
        const old = this.#values.get(name);
        this.#values.set(name, value);
        // Lit's rule: changed unless strictly equal (NaN to NaN is no change).
        if (old !== value && (old === old || value === value)) this.requestUpdate(name, old);
      },
      configurable: true,
      enumerable: true,
    };
  }
}
