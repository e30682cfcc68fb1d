/**
 * core/store-controller.ts follows the nearest `<rl-store>` through @lit/context's protocol (with its
 * own small subscriber, not ContextConsumer): a store that upgrades after the element (the page's
 * context root asks again), a closer store taking over, and an element that leaves its store.
 * Test-only providers stand in for `<rl-store>`, so each test can define one when it chooses.
 */
import '../../src/core/attach-context-root.js';
import { ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, expect, it } from 'vitest';
import type { StoreConfig } from '../../src/core/config.js';
import { storeContext } from '../../src/core/context.js';
import { StoreController } from '../../src/core/store-controller.js';

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
function providerClass() {
  return class extends Host {
    readonly provider = new ContextProvider(this, { context: storeContext, initialValue: { locale: this.getAttribute('locale') ?? '' } });
    set(config: StoreConfig): void {
      this.provider.setValue(config);
    }
  };
}
type Provider = HTMLElement & { set(config: StoreConfig): void };

const consumerTag = tag();
customElements.define(consumerTag, Consumer);

afterEach(() => document.body.replaceChildren());

it('gets the config of a store that is defined after it connected', () => {
  const store = tag();
  document.body.innerHTML = `<${store} locale="zh-CN"><${consumerTag}></${consumerTag}></${store}>`;
  const consumer = document.querySelector<Consumer>(consumerTag)!;
  expect(consumer.store.config.locale).toBeUndefined();
  customElements.define(store, providerClass());
  expect(consumer.store.config.locale).toBe('zh-CN');
  document.querySelector<Provider>(store)!.set({ locale: 'en' });
  expect(consumer.store.config.locale).toBe('en');
});

it('follows a closer store that upgrades later, and no longer the farther one', () => {
  const outer = tag();
  const inner = tag();
  customElements.define(outer, providerClass());
  document.body.innerHTML = `<${outer} locale="en"><${inner} locale="zh-CN"><${consumerTag}></${consumerTag}></${inner}></${outer}>`;
  const consumer = document.querySelector<Consumer>(consumerTag)!;
  expect(consumer.store.config.locale).toBe('en');
  customElements.define(inner, providerClass());
  expect(consumer.store.config.locale).toBe('zh-CN');
  document.querySelector<Provider>(outer)!.set({ locale: 'de' });
  expect(consumer.store.config.locale).toBe('zh-CN');
});

it('stops following a store it left', () => {
  const store = tag();
  customElements.define(store, providerClass());
  document.body.innerHTML = `<${store} locale="en"><${consumerTag}></${consumerTag}></${store}>`;
  const consumer = document.querySelector<Consumer>(consumerTag)!;
  const provider = document.querySelector<Provider>(store)!;
  provider.set({ locale: 'zh-CN' });
  expect(consumer.store.config.locale).toBe('zh-CN');
  consumer.remove();
  const updates = consumer.updates;
  provider.set({ locale: 'de' });
  expect(consumer.store.config.locale).toBe('zh-CN');
  expect(consumer.updates).toBe(updates);
});
