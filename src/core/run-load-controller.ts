/**
 * LoadController plus `run()`: loads the shopper triggers (more reviews, all media), each with
 * its own state, aborted when the main load restarts or the host disconnects, failures kept for
 * the error state (never swallowed). Apart from LoadController so elements without such loads
 * (and the light-DOM FAQ page) do not carry it.
 */
import { LoadController, type StatesModule } from './load-controller.js';

/** A shopper-triggered load's state (see `run`). */
export interface RunState {
  status: 'idle' | 'loading' | 'error';
  error?: unknown;
}

export class RunLoadController<A extends readonly unknown[], T, M extends StatesModule = StatesModule> extends LoadController<A, T, M> {
  private readonly runs = new Map<string, RunState & { abort?: AbortController }>();

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

  protected override abortRuns(): void {
    for (const [name, state] of this.runs) {
      state.abort?.abort();
      if (state.status === 'loading') this.runs.set(name, { status: 'idle' });
    }
  }
}
