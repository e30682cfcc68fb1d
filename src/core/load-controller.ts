/**
 * The one data controller: a network load per controller with explicit states (idle, loading,
 * ready, error) and a retry. It reruns when its arguments change, aborts the previous run (and
 * any run on disconnect), and ignores late answers. (Like @lit/task, in a third of the bytes,
 * which matters on product pages.)
 *
 * Optionally it owns the element's lazily imported helper module (validation, error wording,
 * views): imported with the first load, its styles added to the shadow root once, and handed
 * to the load and to the views. `render()` draws loading, error with retry, empty and ready the
 * same way in every element. RunLoadController (run-load-controller.ts) adds `run()` for loads
 * the shopper triggers (more reviews, all media); it is apart so pages without them stay small.
 */
import { html, nothing, type CSSResultOrNative, type LitElement, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { addStyles } from './add-styles.js';
import { coreMessages, type CoreMessages } from './messages.js';
import { nextTask } from './next-task.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What a lazily loaded helper module offers the controller (core/states.ts re-exported). */
export interface StatesModule {
  renderError(error: unknown, core: CoreMessages, retry?: () => void): unknown;
  stateStyles: CSSResultOrNative;
}

export interface LoadOptions<M> {
  /** Imports the element's helper module (once; reused by every load and run). */
  module: () => Promise<M>;
  /** Styles the module brings (besides its `stateStyles`), added to the shadow root once. */
  styles?: (module: M) => readonly CSSResultOrNative[];
  /** The element's core messages (loading label, retry), read at render time. */
  core: () => CoreMessages;
}

/** What `render()` draws for each state; only `ready` is required. */
export interface LoadViews<T, M> {
  ready(value: T, module: M): unknown;
  /** Before the first answer; the default is an empty busy `.skeleton` region the element sizes. */
  loading?(): unknown;
  /** When the answer is empty; `isEmpty` decides. */
  empty?(value: T): unknown;
  isEmpty?(value: T): boolean;
  /** Element-specific errors (a neutral fallback, a wording of its own); `undefined` falls back to the shared error state. */
  error?(error: unknown, module: M | undefined): unknown;
}

export class LoadController<A extends readonly unknown[], T, M extends StatesModule = StatesModule> implements ReactiveController {
  status: LoadStatus = 'idle';
  value?: T;
  error?: unknown;
  /** The helper module, once imported. */
  module?: M;
  private lastArgs?: A;
  private abort?: AbortController;
  private running: Promise<void> = Promise.resolve();

  /**
   * @param args the load's inputs, read before each update; `undefined` means "nothing to load".
   * @param load fetches and returns the value; it receives an AbortSignal and, with `options`, the helper module.
   */
  constructor(
    protected readonly host: ReactiveControllerHost,
    private readonly args: () => A | undefined,
    private readonly load: (args: A, signal: AbortSignal, module: M) => Promise<T>,
    protected readonly options?: LoadOptions<M>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const next = this.args();
    if (!next) {
      if (this.lastArgs) this.reset();
      return;
    }
    const last = this.lastArgs;
    if (last && next.length === last.length && next.every((v, i) => v === last[i])) return;
    this.running = this.start(next);
  }

  /** Settles when the load under way (if any) has answered; resolves to the status then. */
  get complete(): Promise<LoadStatus> {
    return this.running.then(() => this.status);
  }

  hostDisconnected(): void {
    // A reconnected host loads afresh.
    this.abort?.abort();
    this.abortRuns();
    if (this.status === 'loading') this.lastArgs = undefined;
  }

  /** Runs the last load again (the error state's "Try again"). */
  retry(): void {
    if (this.lastArgs) this.running = this.start(this.lastArgs);
  }

  /** Imports the helper module (once) and adds its styles. */
  async loadModule(): Promise<M> {
    if (this.module) return this.module;
    if (!this.options) throw new Error('LoadController: no module to load');
    const module = await this.options.module();
    if (!this.module) {
      this.module = module;
      addStyles(this.host as LitElement, [module.stateStyles, ...(this.options.styles?.(module) ?? [])]);
    }
    return module;
  }

  /** Draws the current state through the shared states (core/skeleton.ts, core/states.ts). */
  render(views: LoadViews<T, M>): unknown {
    switch (this.status) {
      case 'idle':
        // Inside an <rl-store> that has not upgraded yet the source is on its way: hold the loading
        // state's space meanwhile, so the page does not collapse and grow again.
        return (this.host as unknown as Element).closest?.('rl-store:not(:defined)') ? this.renderLoading(views) : nothing;
      case 'loading':
        return this.renderLoading(views);
      case 'error':
        return views.error?.(this.error, this.module) ?? this.renderError(this.error, () => this.retry());
      case 'ready': {
        const value = this.value as T;
        if (views.empty && views.isEmpty?.(value)) return views.empty(value);
        return views.ready(value, this.module as M);
      }
    }
  }

  private renderLoading(views: LoadViews<T, M>): unknown {
    // Without a view of its own: a busy region the element sizes with `.skeleton` (or core/skeleton.ts's rows).
    return views.loading
      ? views.loading()
      : html`<div class="skeleton" part="loading" role="status" aria-busy="true"><span class="visually-hidden">${this.core.loading}</span></div>`;
  }

  /** The shared error state (shopper wording, retry unless retrying cannot help). */
  renderError(error: unknown, retry: () => void): unknown {
    const core = this.core;
    // Without the module even its import failed: say so plainly, offer a retry.
    return this.module
      ? this.module.renderError(error, core, retry)
      : html`<p class="state state--error" part="error" role="alert">
          <button type="button" part="retry-button" class="button" @click=${retry}>${core.retry}</button>
        </p>`;
  }

  private get core(): CoreMessages {
    return this.options?.core() ?? coreMessages.en;
  }

  /** Called whenever loads under way must stop (restart, reset, disconnect); see RunLoadController. */
  protected abortRuns(): void {}

  private reset(): void {
    this.abort?.abort();
    this.abortRuns();
    this.lastArgs = this.value = this.error = undefined;
    this.status = 'idle';
  }

  private async start(args: A): Promise<void> {
    this.abort?.abort();
    this.abortRuns();
    const abort = (this.abort = new AbortController());
    this.lastArgs = args;
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      // The first import() call costs the page several milliseconds itself: not in the first render's task.
      if (this.options && !this.module) await nextTask();
      const module = this.options ? await this.loadModule() : (undefined as unknown as M);
      const value = await this.load(args, abort.signal, module);
      // The answer was read and validated in this task; its first render gets a task of its own.
      await nextTask();
      if (abort.signal.aborted) return;
      this.value = value;
      this.error = undefined;
      this.status = 'ready';
    } catch (error) {
      if (abort.signal.aborted) return;
      this.error = error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }
}
