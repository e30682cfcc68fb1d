/** The error states every data-backed element shows the same way (loaded lazily with the helper module; the loading placeholder is core/skeleton.ts). */
import { css, html, type TemplateResult } from 'lit';
import { buttonStyles } from './controls.styles.js';
import type { AdapterErrorCode } from '../adapters/errors.js';
import { canRetry, errorCode } from './error-code.js';
import { errorMessages } from './error-messages.js';
import { catalogLanguage } from './i18n.js';
import type { CoreMessages } from './messages.js';

/** An error in shopper words, with a retry button unless retrying cannot help. */
export function renderError(error: unknown, core: CoreMessages, retry?: () => void): TemplateResult {
  const code = errorCode(error);
  const retryable = retry && canRetry(error);
  return html`<div class="state state--error" part="error" role="alert">
    <p>${errorMessage(code, core)}</p>
    ${retryable ? html`<button type="button" part="retry-button" class="button" @click=${retry}>${core.retry}</button>` : null}
  </div>`;
}

/**
 * The shopper wording for an error code, in the language of `core`. A `network` failure while the
 * browser reports no connection says so; otherwise it does not blame the shopper's connection (a
 * server error, 5xx, is `network` too).
 */
export function errorMessage(code: AdapterErrorCode | 'config', core: CoreMessages): string {
  const key = code === 'network' && globalThis.navigator?.onLine === false ? 'offline' : code;
  return errorMessages[catalogLanguage(core.lang)][key];
}

export const stateStyles = css`
  ${buttonStyles}
  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-m);
  }
  .state p {
    margin: 0;
    flex: 1 1 12rem;
  }
  .state--error {
    border-color: var(--_danger);
  }
`;
