/**
 * The small base every Returnless element shares: its version (for the define guard), the
 * theme tokens, and first renders that take turns (render-turn.ts). Behaviour lives in
 * controllers, not here.
 */
import { LitElement } from 'lit';
import { renderTurn } from './render-turn.js';
import { tokens } from './theme.js';
import { VERSION } from './version.js';

export class RlElement extends LitElement {
  /** Which Returnless version defined this class (read by `defineElement`). */
  static readonly rlVersion = VERSION;
  static override styles = [tokens];

  /** The first render waits for its turn, so several elements upgrading together never make one long task. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hasUpdated ? super.scheduleUpdate() : renderTurn().then(() => super.scheduleUpdate());
  }
}
