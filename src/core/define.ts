/** Registering a tag without ever throwing, even when two copies of Returnless load. */
import { VERSION } from './version.js';
import { warnOnce } from './dev.js';

type Versioned = CustomElementConstructor & { rlVersion?: string };

/**
 * Defines `tag` unless it is already defined. The same version twice is a silent no-op;
 * another version gets one warning and the first definition stays.
 */
export function defineElement(tag: string, ctor: Versioned): void {
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
