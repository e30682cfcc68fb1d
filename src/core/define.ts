/** Registering a tag without ever throwing, even when two copies of Returnless load. */
// The page's context root, attached before the first tag is defined (any build, any entry).
import './attach-context-root.js';
import { VERSION } from './version.js';
import { warnOnce } from './dev.js';

type Versioned = CustomElementConstructor & { rlVersion?: string };

/** The CDN loader in charge of the page puts its turn-taker here (render-turn.ts; loader.ts). */
const TURN = Symbol.for('returnless.turn');

/**
 * Defines `tag` unless it is already defined. The same version twice is a silent no-op;
 * another version gets one warning and the first definition stays.
 *
 * Under the CDN loader several elements arrive at once: each tag is defined in a turn of its
 * own (render-turn.ts), so its upgrade and first render make one short task, and until then it
 * keeps the page's `:not(:defined)` reserved space. Imported without the loader (a bundler),
 * the tag is defined at once.
 */
export function defineElement(tag: string, ctor: Versioned): void {
  // On a server without Lit's DOM shim (an element built on core/lite-element.ts): nothing to define.
  if (typeof customElements === 'undefined') return;
  const turn = (globalThis as unknown as Record<symbol, ((tag: string) => Promise<void>) | undefined>)[TURN];
  if (turn)
    void turn(tag)
      .then(() => prepareStyles(ctor))
      .then(() => turn(tag))
      .then(() => define(tag, ctor));
  else define(tag, ctor);
}

/**
 * Builds the element's stylesheets (parses its CSS) in a turn of its own, before the turn of its
 * upgrade and first render: Lit builds them on the first connect otherwise, and parsing a product
 * element's CSS was a good part of that task (issue 16). `observedAttributes` finalizes the class,
 * as `customElements.define` would; `styleSheet` is each CSSResult's cached sheet.
 */
function prepareStyles(ctor: CustomElementConstructor): void {
  const element = ctor as unknown as { observedAttributes?: unknown; elementStyles?: unknown[] };
  void element.observedAttributes;
  for (const style of element.elementStyles ?? []) void (style as { styleSheet?: unknown }).styleSheet;
}

function define(tag: string, ctor: Versioned): void {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing) {
    const incoming = ctor.rlVersion ?? VERSION;
    if (existing !== ctor && existing.rlVersion !== incoming) {
      warnOnce(
        `version:${tag}`,
        `<${tag}> is already defined by Returnless ${existing.rlVersion ?? '(unknown version)'}; this copy (${incoming}) was not registered. Load Returnless once per page.`,
        'use-it-in-a-theme-one-script-tag',
      );
    }
    return;
  }
  customElements.define(tag, ctor);
}
