/** `returnless/elements/rl-return-policy.js`: registers `<rl-return-policy>` only (and what it needs). Safe on a server. */
// First, so the context root is there before any element upgrades.
import '../core/attach-context-root.js';

export { RlReturnPolicy } from '../elements/return-policy/define.js';
// Typed `rl-` events for addEventListener (generated from custom-elements.json).
export type { RlEventMap } from '../typings/events.js';
