/**
 * The live estimate (`quoteReturn`) on the steps that show it: debounced, one call at a time
 * (the previous one aborted), skipped when nothing the quote depends on changed.
 */
import type { ReactiveController } from 'lit';
import { buildReturnDraft, type ReturnFormDraft } from '../../domain/return-request.js';
import type { ReturnQuote } from '../../domain/returns.js';
import type { FormHost } from './form-host.js';
import { lookupProofRefused } from './lookup-proof.js';

const QUOTE_DELAY_MS = 250;

export type EstimateState = 'idle' | 'loading' | 'ready' | 'error';

export class EstimateController implements ReactiveController {
  quote?: ReturnQuote;
  state: EstimateState = 'idle';
  private timer?: ReturnType<typeof setTimeout>;
  private abort?: AbortController;
  private lastKey?: string;

  constructor(private readonly host: FormHost) {
    host.element.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
  }

  /** Forget the last estimate (a new return, or the order must be found again). */
  reset(): void {
    this.quote = undefined;
    this.state = 'idle';
    this.lastKey = undefined;
  }

  /** Asks for an estimate of `draft` unless the same one was asked for last. */
  schedule(draft: ReturnFormDraft): void {
    const host = this.host;
    const adapter = host.adapter();
    if (!adapter || !host.supports('quoteReturn') || !host.contextReady()) return;
    const wanted = buildReturnDraft(draft);
    const key = wanted && JSON.stringify(wanted);
    if (key === this.lastKey) return;
    this.lastKey = key;
    clearTimeout(this.timer);
    this.abort?.abort();
    if (!wanted) {
      this.quote = undefined;
      this.set('idle');
      return;
    }
    this.set('loading');
    this.timer = setTimeout(async () => {
      const abort = (this.abort = new AbortController());
      try {
        const remote = await host.loadRemote();
        const quote = await remote.quoteReturn(adapter, { ...wanted, locale: host.locale() }, { signal: abort.signal });
        if (abort.signal.aborted) return;
        this.quote = quote;
        this.set('ready');
      } catch (error) {
        if (abort.signal.aborted) return;
        if (lookupProofRefused(error, host.draft())) return void host.lookupAgain();
        this.lastKey = undefined;
        this.set('error');
      }
    }, QUOTE_DELAY_MS);
  }

  private set(state: EstimateState): void {
    this.state = state;
    this.host.element.requestUpdate();
  }
}
