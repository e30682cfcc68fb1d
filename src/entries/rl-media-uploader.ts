/** `returnless/elements/rl-media-uploader.js`: registers `<rl-media-uploader>` only (and what it needs). Safe on a server. */
// First, so the context root is there before any element upgrades.
import '../core/attach-context-root.js';

export { RlMediaUploader } from '../elements/media-uploader/define.js';
// Typed `rl-` events for addEventListener (generated from custom-elements.json).
export type { RlEventMap } from '../typings/events.js';
