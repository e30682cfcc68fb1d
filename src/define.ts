/**
 * `returnless/define`: registers every Returnless element. Import it once in an app that
 * bundles its own code; themes use the CDN loader instead.
 */
import { ContextRoot } from '@lit/context';

// Elements that upgrade before their <rl-store> must still receive its context.
const ROOT = Symbol.for('returnless.context-root');
const g = globalThis as unknown as Record<symbol, boolean | undefined>;
if (!g[ROOT] && !g[Symbol.for('returnless.loader')]) {
  g[ROOT] = true;
  new ContextRoot().attach(document.documentElement);
}

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
