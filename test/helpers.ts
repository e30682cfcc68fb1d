/** Small helpers shared by the browser tests. */
import type { LitElement } from 'lit';

const containers: HTMLElement[] = [];

/** Renders `markup` into a fresh container in the document and waits for Lit elements to settle. */
export async function fixture<T extends Element = HTMLElement>(markup: string, selector?: string): Promise<T> {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.appendChild(container);
  containers.push(container);
  const el = (selector ? container.querySelector(selector) : container.firstElementChild) as T;
  await settle(container);
  return el;
}

/** Waits until every Lit element in `root` has finished updating (twice, for follow-up renders). */
export async function settle(root: ParentNode = document.body): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const els = [...root.querySelectorAll('*')].filter((e): e is LitElement => 'updateComplete' in e);
    await Promise.all(els.map((e) => e.updateComplete));
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** Removes everything `fixture` added. Call in afterEach. */
export function cleanup(): void {
  for (const c of containers.splice(0)) c.remove();
}

/** Polls `check` until it returns truthy (or throws after `timeout` ms). */
export async function waitFor<T>(check: () => T, timeout = 3000): Promise<NonNullable<T>> {
  const start = performance.now();
  let last: unknown;
  while (performance.now() - start < timeout) {
    try {
      const value = check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw last instanceof Error ? last : new Error('waitFor timed out');
}

/** Shadow-root query shorthand. */
export function $<T extends Element = HTMLElement>(host: Element, selector: string): T | null {
  return host.shadowRoot!.querySelector<T>(selector);
}
export function $$<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...host.shadowRoot!.querySelectorAll<T>(selector)];
}
