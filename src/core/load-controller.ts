/**
 * The one data controller: a network load per controller with explicit states (idle, loading,
 * ready, error) and a retry. It reruns when its arguments change, aborts the previous run (and
 * any run on disconnect), and ignores late answers. (Like @lit/task, in a third of the bytes,
 * which matters on product pages.)
 *
 * Optionally it owns the element's lazily imported helper module (validation, error wording,
 * views): imported with the first load, its styles added to the shadow root once, and handed
 * to the load and to the views. `render()` draws loading, error with retry, empty and ready the
 * same way in every element; `run()` is for loads the shopper triggers (more reviews, all media).
 */
import { html, nothing, type CSSResultOrNative, type LitElement, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { addStyles } from './add-styles.js';
import { coreMessages, type CoreMessages } from './messages.js';
import { renderSkeleton } from './skeleton.js';

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
  /** Before the first answer; the default is a three-row skeleton. */
  loading?(): unknown;
  /** When the answer is empty; `isEmpty` decides. */
  empty?(value: T): unknown;
  isEmpty?(value: T): boolean;
  /** Element-specific errors (a neutral fallback, a wording of its own); `undefined` falls back to the shared error state. */
  error?(error: unknown, module: M | undefined): unknown;
}

/** A shopper-triggered load's state (see `run`). */
export interface RunState {
  status: 'idle' | 'loading' | 'error';
  error?: unknown;
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
  private readonly runs = new Map<string, RunState & { abort?: AbortController }>();

  /**
   * @param args the load's inputs, read before each update; `undefined` means "nothing to load".
   * @param load fetches and returns the value; it receives an AbortSignal and, with `options`, the helper module.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly args: () => A | undefined,
    private readonly load: (args: A, signal: AbortSignal, module: M) => Promise<T>,
    private readonly options?: LoadOptions<M>,
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

  /**
   * A load the shopper triggers (`name` tells runs apart: "more", "media"). A new run of the same
   * name aborts the old one; every run is aborted when the main load restarts or the host
   * disconnects. Failures are kept (see `runState`) for `renderError`, not swallowed.
   * Resolves to the task's value, or `undefined` when it failed or was aborted.
   */
  async run<R>(name: string, task: (signal: AbortSignal, module: M) => Promise<R>): Promise<R | undefined> {
    this.runs.get(name)?.abort?.abort();
    const abort = new AbortController();
    const state: RunState & { abort?: AbortController } = { status: 'loading', abort };
    this.runs.set(name, state);
    this.host.requestUpdate();
    try {
      const module = this.options ? await this.loadModule() : (undefined as unknown as M);
      const value = await task(abort.signal, module);
      if (abort.signal.aborted) return undefined;
      this.runs.set(name, { status: 'idle' });
      return value;
    } catch (error) {
      if (abort.signal.aborted) return undefined;
      this.runs.set(name, { status: 'error', error });
      return undefined;
    } finally {
      this.host.requestUpdate();
    }
  }

  /** The state of the last run called `name`. */
  runState(name: string): RunState {
    const state = this.runs.get(name);
    return state ? { status: state.status, error: state.error } : { status: 'idle' };
  }

  /** Draws the current state through the shared states (core/skeleton.ts, core/states.ts). */
  render(views: LoadViews<T, M>): unknown {
    switch (this.status) {
      case 'idle':
        return nothing;
      case 'loading':
        return views.loading ? views.loading() : renderSkeleton(this.core.loading);
      case 'error':
        return views.error?.(this.error, this.module) ?? this.renderError(this.error, () => this.retry());
      case 'ready': {
        const value = this.value as T;
        if (views.empty && views.isEmpty?.(value)) return views.empty(value);
        return views.ready(value, this.module as M);
      }
    }
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

  private abortRuns(): void {
    for (const [name, state] of this.runs) {
      state.abort?.abort();
      if (state.status === 'loading') this.runs.set(name, { status: 'idle' });
    }
  }

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
      const module = this.options ? await this.loadModule() : (undefined as unknown as M);
      const value = await this.load(args, abort.signal, module);
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
