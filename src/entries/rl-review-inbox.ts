/** `returnless/elements/rl-review-inbox.js`: registers `<rl-review-inbox>` only (and what it needs). Safe on a server. */
// First, so the context root is there before any element upgrades.
import '../core/attach-context-root.js';

export { RlReviewInbox } from '../elements/review-inbox/define.js';
// Typed `rl-` events for addEventListener (generated from custom-elements.json).
export type { RlEventMap } from '../typings/events.js';
