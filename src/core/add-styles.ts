/**
 * Styles that arrive with a lazily loaded module are added to the element's shadow root on top
 * of its own, and to those added before (a second call must not drop the first's).
 */
import { adoptStyles, type CSSResultOrNative } from '@lit/reactive-element/css-tag.js';
import type { LitElement } from 'lit';

const added = new WeakMap<LitElement, CSSResultOrNative[]>();

export function addStyles(host: LitElement, styles: readonly CSSResultOrNative[]): void {
  const list = added.get(host) ?? [];
  const fresh = styles.filter((s) => !list.includes(s));
  if (!fresh.length) return;
  list.push(...fresh);
  added.set(host, list);
  const own = (host.constructor as typeof LitElement).elementStyles;
  adoptStyles(host.renderRoot as ShadowRoot, [...own, ...list]);
}
