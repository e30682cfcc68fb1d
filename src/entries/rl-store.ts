/** `returnless/elements/rl-store.js`: registers `<rl-store>` only (and what it needs). Safe on a server. */
// First, so the context root is there before any element upgrades.
import '../core/attach-context-root.js';

export { RlStore } from '../elements/store/define.js';
// Typed `rl-` events for addEventListener (generated from custom-elements.json).
export type { RlEventMap } from '../typings/events.js';
