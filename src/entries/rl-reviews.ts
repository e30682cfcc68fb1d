/** `returnless/elements/rl-reviews.js`: registers `<rl-reviews>` only (and what it needs). Safe on a server. */
// First, so the context root is there before any element upgrades.
import '../core/attach-context-root.js';

export { RlReviews } from '../elements/reviews/define.js';
// Typed `rl-` events for addEventListener (generated from custom-elements.json).
export type { RlEventMap } from '../typings/events.js';
