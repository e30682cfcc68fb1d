/**
 * `returnless/define`: registers every Returnless element. Import it once in an app that
 * bundles its own code; themes use the CDN loader instead. Safe to import on a server
 * (Next.js, `renderToString`): without a DOM it does nothing.
 * To pay only for the elements you use, import `returnless/elements/rl-<name>.js` instead.
 */
// First, so the context root is there before any element upgrades.
import './core/attach-context-root.js';

export * from './elements/store/define.js';
export * from './elements/faq/define.js';
export * from './elements/return-policy/define.js';
export * from './elements/size-guide/define.js';
export * from './elements/media-uploader/define.js';
export * from './elements/review-form/define.js';
export * from './elements/reviews/define.js';
export * from './elements/return-form/define.js';
export * from './elements/review-inbox/define.js';
export * from './elements/return-insights/define.js';
// Typed `rl-` events for addEventListener (generated from custom-elements.json).
export type { RlEventMap } from './typings/events.js';
