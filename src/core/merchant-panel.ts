/**
 * What the merchant's admin panels (`<rl-review-inbox>`, `<rl-return-insights>`) share: the
 * states of their data (a skeleton before the first answer, the error with a retry, "not
 * available" when the adapter has no merchant methods, and the last answer kept on screen while
 * the next one loads), a polite live region for what an action did, and the block styles.
 */
import { css, html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LoadStatus } from './load-controller.js';
import type { CoreMessages } from './messages.js';
import { renderSkeleton } from './skeleton.js';

export interface PanelLoad<T> {
  status: LoadStatus;
  value?: T | undefined;
  error?: unknown;
  retry(): void;
}

export interface PanelWords {
  /** Shown when even the helper module failed to load. */
  failed: string;
  /** The adapter has no merchant methods for this panel. */
  unavailable: string;
}

/**
 * The panel's body for each state; `ready` gets the value (also while the next one loads, so a
 * filter change does not blank the page). `renderError` comes with the lazily loaded helper module.
 */
export function renderPanel<T>(
  load: PanelLoad<T>,
  remote: { renderError(error: unknown, core: CoreMessages, retry?: () => void): TemplateResult } | undefined,
  core: CoreMessages,
  words: PanelWords,
  ready: (value: T) => TemplateResult,
): TemplateResult {
  if (load.status === 'error')
    return remote ? remote.renderError(load.error, core, () => load.retry()) : html`<p role="alert">${words.failed}</p>`;
  const value = load.value;
  if (load.status === 'ready' && !value) return html`<p part="error" role="alert">${words.unavailable}</p>`;
  if (!value) return renderSkeleton(core.loading, 4);
  return ready(value);
}

/** A polite live region that says what an action did (emptied first, so the same words are read again). */
export class Announcer {
  private text = '';

  constructor(private readonly host: ReactiveControllerHost) {}

  say(text: string): void {
    this.text = '';
    this.host.requestUpdate();
    requestAnimationFrame(() => {
      this.text = text;
      this.host.requestUpdate();
    });
  }

  render(): TemplateResult {
    return html`<p class="visually-hidden" role="status" aria-live="polite">${this.text}</p>`;
  }
}

export const panelStyles = css`
  :host {
    display: block;
    min-block-size: 12rem;
  }
  h2 {
    font-size: var(--_font-size-l);
    margin-block: 0 var(--_space-m);
  }
`;
