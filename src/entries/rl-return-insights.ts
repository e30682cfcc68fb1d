/** `returnless/elements/rl-return-insights.js`: registers `<rl-return-insights>` only (and what it needs). Safe on a server. */
// First, so the context root is there before any element upgrades.
import '../core/attach-context-root.js';

export { RlReturnInsights } from '../elements/return-insights/define.js';
// Typed `rl-` events for addEventListener (generated from custom-elements.json).
export type { RlEventMap } from '../typings/events.js';
