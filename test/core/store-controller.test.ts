/**
 * core/store-controller.ts follows the nearest `<rl-store>` through @lit/context's protocol (with its
 * own small subscriber, not ContextConsumer): a store that upgrades after the element (the page's
 * context root asks again), a closer store taking over, and an element that leaves its store.
 * Test-only providers stand in for `<rl-store>`, so each test can define one when it chooses: each test
 * runs with @lit/context's ContextProvider and with `<rl-store>`'s own StoreProvider (elements/store/store.ts).
 */
import '../../src/core/attach-context-root.js';
import { ContextConsumer, ContextEvent, ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoreConfig } from '../../src/core/config.js';
import { storeContext } from '../../src/core/context.js';
import { StoreController } from '../../src/core/store-controller.js';
import { StoreProvider } from '../../src/elements/store/store.js';

class Host extends HTMLElement implements ReactiveControllerHost {
  private readonly controllers = new Set<ReactiveController>();
  updates = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.add(controller);
    if (this.isConnected) controller.hostConnected?.();
  }
  removeController(controller: ReactiveController): void {
    this.controllers.delete(controller);
  }
  requestUpdate(): void {
    this.updates++;
  }
  connectedCallback(): void {
    for (const c of this.controllers) c.hostConnected?.();
  }
  disconnectedCallback(): void {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}

class Consumer extends Host {
  readonly store = new StoreController(this);
}

let defined = 0;
/** A fresh tag for a class (tags cannot be defined twice). */
function tag(): string {
  return `x-store-test-${++defined}`;
}
/** A provider of the store context, like `<rl-store>`, defined under a tag of its own when asked. */
const providers = {
  'ContextProvider (@lit/context)': () =>
    class extends Host {
      readonly provider = new ContextProvider(this, { context: storeContext, initialValue: { locale: this.getAttribute('locale') ?? '' } });
      set(config: StoreConfig): void {
        this.provider.setValue(config);
      }
    },
  "StoreProvider (<rl-store>'s)": () =>
    class extends Host {
      readonly provider = new StoreProvider(this, { locale: this.getAttribute('locale') ?? '' });
      set(config: StoreConfig): void {
        this.provider.setValue(config);
      }
    },
};
type Provider = HTMLElement & { set(config: StoreConfig): void };

const consumerTag = tag();
customElements.define(consumerTag, Consumer);

afterEach(() => document.body.replaceChildren());

/** Writes `html` (`<c/>` marks the consumer) into the page; returns the consumer. */
function mount(html: string): Consumer {
  document.body.innerHTML = html.replace('<c/>', `<${consumerTag}></${consumerTag}>`);
  return document.querySelector<Consumer>(consumerTag)!;
}
const provider = (name: string) => document.querySelector<Provider>(name)!;

describe.each(Object.entries(providers))('with %s', (_name, providerClass) => {
  it('gets the config of a store that is defined after it connected', () => {
    const store = tag();
    const consumer = mount(`<${store} locale="zh-CN"><c/></${store}>`);
    expect(consumer.store.config.locale).toBeUndefined();
    customElements.define(store, providerClass());
    expect(consumer.store.config.locale).toBe('zh-CN');
    provider(store).set({ locale: 'en' });
    expect(consumer.store.config.locale).toBe('en');
  });

  it('follows a closer store that upgrades later, and no longer the farther one', () => {
    const [outer, inner] = [tag(), tag()];
    customElements.define(outer, providerClass());
    const consumer = mount(`<${outer} locale="en"><${inner} locale="zh-CN"><c/></${inner}></${outer}>`);
    expect(consumer.store.config.locale).toBe('en');
    customElements.define(inner, providerClass());
    expect(consumer.store.config.locale).toBe('zh-CN');
    provider(outer).set({ locale: 'de' });
    expect(consumer.store.config.locale).toBe('zh-CN');
  });

  it('stops following a store it left', () => {
    const store = tag();
    customElements.define(store, providerClass());
    const consumer = mount(`<${store} locale="en"><c/></${store}>`);
    provider(store).set({ locale: 'zh-CN' });
    expect(consumer.store.config.locale).toBe('zh-CN');
    consumer.remove();
    const updates = consumer.updates;
    provider(store).set({ locale: 'de' });
    expect(consumer.store.config.locale).toBe('zh-CN');
    expect(consumer.updates).toBe(updates);
  });

  it('asks a late store once for a subscriber that asked twice, and waits again when that store is not its own', () => {
    const [store, other] = [tag(), tag()];
    document.body.innerHTML = `<${other}></${other}><${store} locale="zh-CN"><i></i></${store}>`;
    const element = document.querySelector('i')!;
    const answers: unknown[] = [];
    const callback = (config: StoreConfig) => answers.push(config.locale);
    // Connected, moved and connected again before any store is defined: the same request twice.
    for (let i = 0; i < 2; i++) element.dispatchEvent(new ContextEvent(storeContext, element, callback, true));
    // A store elsewhere on the page cannot answer: the request waits for the next one.
    customElements.define(other, providerClass());
    expect(answers).toEqual([]);
    customElements.define(store, providerClass());
    expect(answers).toEqual(['zh-CN']);
  });

  it('answers a one-time request once, without an unsubscribe, and not after a change', () => {
    const store = tag();
    customElements.define(store, providerClass());
    document.body.innerHTML = `<${store} locale="en"><i></i></${store}>`;
    const element = document.querySelector('i')!;
    const answers: unknown[][] = [];
    element.dispatchEvent(new ContextEvent(storeContext, element, (config, unsubscribe) => answers.push([config.locale, unsubscribe])));
    provider(store).set({ locale: 'de' });
    expect(answers).toEqual([['en', undefined]]);
  });
});

describe("<rl-store>'s StoreProvider and @lit/context's ContextConsumer", () => {
  class LitConsumer extends Host {
    readonly consumer = new ContextConsumer(this, { context: storeContext, subscribe: true });
  }
  const litConsumerTag = tag();
  customElements.define(litConsumerTag, LitConsumer);

  it('answers a consumer written with @lit/context, follows changes and a closer store', () => {
    const [outer, inner] = [tag(), tag()];
    customElements.define(outer, providers["StoreProvider (<rl-store>'s)"]());
    document.body.innerHTML = `<${outer} locale="en"><${inner} locale="zh-CN"><${litConsumerTag}></${litConsumerTag}></${inner}></${outer}>`;
    const consumer = document.querySelector<LitConsumer>(litConsumerTag)!;
    expect(consumer.consumer.value?.locale).toBe('en');
    provider(outer).set({ locale: 'de' });
    expect(consumer.consumer.value?.locale).toBe('de');
    customElements.define(inner, providers["StoreProvider (<rl-store>'s)"]());
    expect(consumer.consumer.value?.locale).toBe('zh-CN');
    provider(outer).set({ locale: 'fr' });
    expect(consumer.consumer.value?.locale).toBe('zh-CN');
    provider(inner).set({ locale: 'ja' });
    expect(consumer.consumer.value?.locale).toBe('ja');
  });
});
