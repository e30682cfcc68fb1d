/** `returnless/elements/rl-return-form.js`: registers `<rl-return-form>` only (and what it needs). Safe on a server. */
// First, so the context root is there before any element upgrades.
import '../core/attach-context-root.js';

export { RlReturnForm } from '../elements/return-form/define.js';
// Typed `rl-` events for addEventListener (generated from custom-elements.json).
export type { RlEventMap } from '../typings/events.js';
