/**
 * The store context. The key is a namespaced string, not a Symbol, so two copies of
 * Returnless on one page still find each other's `<rl-store>`.
 */
import { createContext } from '@lit/context';
import type { StoreConfig } from './config.js';

export const storeContext = createContext<StoreConfig>('returnless:store');
