/**
 * Page-wide state shared by every copy of Returnless on the page (hence a global symbol):
 * the `Returnless.configure()` config for elements outside any `<rl-store>`.
 * Kept free of Lit and zod so the tiny loader can use it.
 */
import type { ReturnlessAdapter } from '../adapters/adapter.js';

/** What a theme developer may pass to `<rl-store>` or `Returnless.configure()`. */
export interface StoreConfigInput {
  /** Base URL of a backend that implements the REST routes; builds the REST adapter. */
  api?: string;
  /** Your own adapter; wins over `api`. */
  adapter?: ReturnlessAdapter;
  /** BCP 47 language tag (`en`, `zh-CN`). Default: `<html lang>`. Chinese text loads only for elements that speak it (README, Configuration). */
  locale?: string;
  /** ISO 4217 code for prices (`EUR`). */
  currency?: string;
  /** ISO 3166-1 alpha-2 code of the shopper's country (`DE`). */
  country?: string;
}

interface GlobalState {
  config: StoreConfigInput;
  listeners: Set<() => void>;
}

const KEY = Symbol.for('returnless.global');

export function globalState(): GlobalState {
  const g = globalThis as unknown as Record<symbol, GlobalState | undefined>;
  return (g[KEY] ??= { config: {}, listeners: new Set() });
}

/** Sets page-wide configuration for elements outside any `<rl-store>`. Merges with earlier calls. */
export function configure(config: StoreConfigInput): void {
  const state = globalState();
  state.config = { ...state.config, ...config };
  for (const listener of state.listeners) listener();
}

/** Calls `listener` after each `configure()`; returns the unsubscribe function. */
export function onConfigure(listener: () => void): () => void {
  const { listeners } = globalState();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
