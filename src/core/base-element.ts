/**
 * The small base every Returnless element shares: its version (for the define guard) and
 * the theme tokens. Behaviour lives in controllers, not here.
 *
 * Reactive properties are declared in `static properties` (internal state as `attribute: false`), with
 * their JSDoc on the class field: custom-elements.json reads both, and no decorator helper ships.
 */
import { LitElement } from 'lit';
import { tokens } from './theme.js';
import { afterGate } from './update-gate.js';
import { VERSION } from './version.js';

export class RlElement extends LitElement {
  /** Which Returnless version defined this class (read by `defineElement`). */
  static readonly rlVersion = VERSION;
  static override styles = [tokens];

  /** Each update waits for its gate (core/update-gate.ts: a Chinese element's catalogues). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterGate(this, () => super.scheduleUpdate());
  }
}
