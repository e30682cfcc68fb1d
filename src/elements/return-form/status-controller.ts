/**
 * The status view: a return number plus email → `getReturnStatus` → a timeline. Opened by
 * `mode="status"`, by `return-id`, or in place from the confirmation (which holds the proof).
 * Part of the later steps' code (the flow owns it): a form's first screen is the lookup.
 */
import { emit } from '../../core/events.js';
import { isEmail } from '../../domain/return-draft.js';
import type { StepError } from '../../domain/return-request.js';
import type { ReturnStatus } from '../../domain/returns.js';
import type { FormHost } from './form-host.js';

export interface StatusQuery {
  returnId: string;
  email: string;
}

export class StatusController {
  status?: ReturnStatus;
  query: StatusQuery = { returnId: '', email: '' };
  /** Opened from the confirmation. */
  open = false;
  private autoLoaded = false;

  constructor(private readonly host: FormHost) {}

  /** Prefills the query from attributes or URL parameters, without overwriting what was typed. */
  prefill(returnId: string, email: string): void {
    this.query = { returnId: this.query.returnId || returnId, email: this.query.email || email };
  }

  set(patch: Partial<StatusQuery>): void {
    this.query = { ...this.query, ...patch };
    this.host.element.requestUpdate();
  }

  /** A link with return-id and email shows the status straight away, once. */
  autoload(): void {
    if (this.autoLoaded || !this.host.adapter() || !this.query.returnId || !isEmail(this.query.email)) return;
    this.autoLoaded = true;
    queueMicrotask(() => void this.load());
  }

  /** From the confirmation: this return, with the email it was sent with. */
  showReturn(returnId: string, email: string): void {
    this.query = { returnId, email };
    this.open = true;
    void this.load();
  }

  async load(): Promise<void> {
    const host = this.host;
    const q = { returnId: this.query.returnId.trim(), email: this.query.email.trim(), locale: host.locale() };
    const errors: StepError[] = [];
    if (!q.returnId) errors.push({ field: 'status-returnId', key: 'returnIdRequired' });
    if (!isEmail(q.email)) errors.push({ field: 'status-email', key: 'emailInvalid' });
    if (errors.length) return host.showProblems(errors);
    const adapter = host.adapter();
    if (!adapter) return host.showProblems([], host.t().notConfigured);
    host.busy = true;
    try {
      const remote = await host.loadRemote();
      this.status = await remote.getReturnStatus(adapter, q);
      host.busy = false;
      await host.showProblems([]);
      emit(host.element, 'rl-return-step', { step: 'status' });
      await host.element.updateComplete;
      host.element.shadowRoot?.querySelector<HTMLElement>('#step-heading')?.focus();
    } catch (error) {
      host.busy = false;
      const code = host.fail(error, 'getReturnStatus');
      const notFound = code === 'not_found' || code === 'rejected';
      await host.showProblems([], notFound ? host.flowT().statusNotFound : await host.errorWords(code));
    }
  }
}
