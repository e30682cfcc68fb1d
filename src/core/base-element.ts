/**
 * The small base every Returnless element shares: its version (for the define guard) and
 * the theme tokens. Behaviour lives in controllers, not here.
 */
import { LitElement } from 'lit';
import { tokens } from './theme.js';
import { VERSION } from './version.js';
import { trustBlobUrlsFrom } from '../domain/blob-origin.js';

// Object URLs of this page (previews of the shopper's own files) pass SafeUrl; see blob-origin.ts.
if (typeof location !== 'undefined' && /^https?:$/.test(location.protocol)) trustBlobUrlsFrom(location.origin);

export class RlElement extends LitElement {
  /** Which Returnless version defined this class (read by `defineElement`). */
  static readonly rlVersion = VERSION;
  static override styles = [tokens];
}
