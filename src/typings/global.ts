/**
 * Types for the CDN build (`returnless/cdn/returnless.js`, or the same file from a CDN): the
 * `window.Returnless` global the loader sets, and the `rl-ready` event. For a TypeScript theme
 * or app that loads Returnless with a script tag: `import type {} from 'returnless/cdn/returnless.js'`.
 * Every type of the package (adapters, domain objects, elements, events) is exported from here too.
 */
import type { ReturnlessGlobal } from '../core/global-api.js';

export type * from '../index.js';

declare global {
  interface Window {
    /** Set by the CDN loader: version, `configure`, `ready`, and the adapter toolkit. */
    Returnless: ReturnlessGlobal;
  }
  /** Set by the CDN loader: version, `configure`, `ready`, and the adapter toolkit. */

  var Returnless: ReturnlessGlobal;
  interface DocumentEventMap {
    /** The loader defined every Returnless tag that was on the page when it loaded. */
    'rl-ready': CustomEvent<{ version: string }>;
  }
}
