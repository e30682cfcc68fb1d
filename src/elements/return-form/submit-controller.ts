/** Submitting once: the draft's idempotency key makes double clicks and retries one return. */
import { clearDraft } from '../../core/draft.js';
import { emit } from '../../core/events.js';
import { lookupProofRefused } from './lookup-proof.js';
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
    const adapter = host.adapter();
    if (!adapter || !request) return host.showProblems([], host.t().notConfigured);
    if (!emit<ReturnSubmitDetail>(host.element, 'rl-return-submit', { request }, { cancelable: true })) return;
    this.sending = host.busy = true;
    try {
      const remote = await host.loadRemote();
      const confirmation = await remote.createReturn(adapter, request, draft.idempotencyKey);
      clearDraft(this.draftKey());
      this.confirmation = confirmation;
      host.busy = false;
      emit<ReturnSubmittedDetail>(host.element, 'rl-return-submitted', { returnId: confirmation.id });
      await host.go('confirmation');
    } catch (error) {
      host.busy = false;
      const code = host.fail(error, 'createReturn');
      if (lookupProofRefused(error, host.draft())) return host.lookupAgain();
      // The draft and its idempotency key stay: "Try again" resubmits the same return.
      const detail = code === 'rejected' ? await this.words(code) : '';
      await host.showProblems([], `${host.t().submitFailed}${detail ? ` ${detail}` : ''}`);
    } finally {
      this.sending = false;
    }
  }

  /** The README's per-code words (network, timeout, rate limit …). */
  private async words(code: string): Promise<string> {
    return (await this.host.loadRemote()).errorMessage(code as AdapterErrorCode, this.host.core());
  }
}
