/**
 * Submitting once: the draft's idempotency key makes double clicks and retries one return. A
 * submit without an answer (network error, timeout) may have created the return: the form says
 * so, keeps the body and key, and when the shopper changed an answer since, first sends that
 * earlier body again with its key to learn whether the return exists (`planSubmit`,
 * `settleSubmit` in domain/return-flow.ts). Nothing is ever sent in a loop.
 */
import { clearDraft, newIdempotencyKey } from '../../core/draft.js';
import { errorField } from '../../core/error-code.js';
import { emit } from '../../core/events.js';
import { planSubmit, settleSubmit, type SubmitOutcome, type SubmitPlan } from '../../domain/return-flow.js';
import { buildReturnRequest } from '../../domain/return-request.js';
import type { ReturnConfirmation } from '../../domain/returns.js';
import type { AdapterErrorCode } from '../../adapters/errors.js';
import type { FormHost } from './form-host.js';
import type { ReturnSubmitDetail, ReturnSubmittedDetail } from './events.js';

export class SubmitController {
  confirmation?: ReturnConfirmation;
  /** The confirmation is of the earlier answers (sent before the shopper changed them). */
  earlier = false;
  private sending = false;

  constructor(
    private readonly host: FormHost,
    private readonly draftKey: () => string,
  ) {}

  reset(): void {
    this.confirmation = undefined;
    this.earlier = false;
  }

  async submit(): Promise<void> {
    // Set before any await: a second click in the same tick is a no-op.
    if (this.sending) return;
    const host = this.host;
    const draft = host.draft()!;
    const built = buildReturnRequest(draft, host.policy()?.methods[0] ?? 'mail');
    const request = built && { ...built, locale: host.locale() };
    if (!host.adapter() || !request) return host.showProblems([], host.t().notConfigured);
    if (!emit<ReturnSubmitDetail>(host.element, 'rl-return-submit', { request }, { cancelable: true })) return;
    this.sending = host.busy = true;
    try {
      await this.send(planSubmit(draft, request));
    } finally {
      this.sending = host.busy = false;
    }
  }

  private async send(plan: SubmitPlan): Promise<void> {
    const host = this.host;
    const outcome = await this.call(plan);
    const result = settleSubmit(host.draft()!, plan, outcome, newIdempotencyKey());
    const t = host.flowT();
    switch (result.kind) {
      case 'confirmed':
        clearDraft(this.draftKey());
        this.confirmation = result.confirmation;
        this.earlier = result.earlier;
        host.busy = false;
        emit<ReturnSubmittedDetail>(host.element, 'rl-return-submitted', { returnId: result.confirmation.id });
        return host.go('confirmation');
      case 'send-new':
        host.setDraft(result.draft);
        return this.send(result.plan);
      case 'lookup-again':
        return host.lookupAgain();
      case 'already-created':
        return host.showProblems([], t.submitAlreadyCreated);
      case 'uncertain':
        host.setDraft(result.draft);
        return host.showProblems([], t.submitUncertain(await this.words(result.code)));
      case 'refused':
        host.setDraft(result.draft);
        if (result.field && (await host.markRefused(result.field, plan.request))) return;
        return host.showProblems([], t.submitRefused(await this.words(result.code)));
    }
  }

  private async call(plan: SubmitPlan): Promise<SubmitOutcome> {
    try {
      const remote = await this.host.loadRemote();
      return { kind: 'created', confirmation: await remote.createReturn(this.host.adapter()!, plan.request, plan.idempotencyKey) };
    } catch (error) {
      const field = errorField(error);
      return { kind: 'failed', code: this.host.fail(error, 'createReturn'), ...(field ? { field } : {}) };
    }
  }

  /** The README's per-code words (network, timeout, rate limit …). */
  private async words(code: string): Promise<string> {
    return (await this.host.loadRemote()).errorMessage(code as AdapterErrorCode, this.host.core());
  }
}
