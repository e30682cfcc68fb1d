/**
 * The order and its context: `lookupOrder` (step 1), then the policy (optional: a failure just
 * means no policy) and the reason tree, loaded with the flow's module and styles (`module`: the
 * flow's own, return-form-remote.ts, which holds this controller); and what each line may do
 * (`lineOptions`), computed once per order and policy.
 */
import type { ReturnlessAdapter } from '../../adapters/adapter.js';
import { errorField } from '../../core/error-code.js';
import { LoadController } from '../../core/load-controller.js';
import type { ReturnPolicy } from '../../domain/policy.js';
import { orderFound, wholeContract } from '../../domain/return-flow.js';
import { lineOptions, type LineOptions } from '../../domain/return-request.js';
import type { ReturnReason } from '../../domain/returns.js';
import { tidyOrderNumber } from '../../domain/order-number.js';
import type { FormHost, Remote } from './form-host.js';

export interface LookupSettings {
  /** `email` or `postcode`: what proves the order besides its number. */
  by: 'email' | 'postcode';
  /** A signed-in theme's order token. */
  token?: string;
  country?: string;
}

interface Context {
  policy?: ReturnPolicy;
  reasons: ReturnReason[];
}

const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export class OrderController {
  readonly context: LoadController<readonly [ReturnlessAdapter, string, string, string | undefined], Context, Remote>;
  private optionsCache?: { order: unknown; policy: unknown; value: Record<string, LineOptions> };

  constructor(
    private readonly host: FormHost,
    private readonly settings: () => LookupSettings,
    module: () => Promise<Remote>,
  ) {
    this.context = new LoadController(
      host.element, // the element itself: the module's styles go into its shadow root
      () => {
        const adapter = host.adapter();
        const order = host.draft()?.order;
        return adapter && order ? ([adapter, order.id, host.locale(), settings().country] as const) : undefined;
      },
      ([adapter, , locale, country], signal, remote) => this.loadContext(adapter, remote, locale, country, signal),
      { module, styles: (remote) => [remote.flowStyles], core: () => host.core() },
    );
  }

  get policy(): ReturnPolicy | undefined {
    return this.context.value?.policy;
  }

  get reasons(): ReturnReason[] {
    return this.context.value?.reasons ?? [];
  }

  /** What each line of the order may do now (cached per order and policy). */
  get options(): Record<string, LineOptions> {
    const order = this.host.draft()?.order;
    if (!order) return {};
    if (this.optionsCache?.order === order && this.optionsCache.policy === this.policy) return this.optionsCache.value;
    const zone = this.policy?.timeZone ? undefined : Intl.DateTimeFormat().resolvedOptions().timeZone;
    const now = new Date();
    const country = this.settings().country;
    const value = Object.fromEntries(order.lines.map((l) => [l.id, lineOptions(order, l, this.policy, now, { country, timeZone: zone })]));
    this.optionsCache = { order, policy: this.policy, value };
    return value;
  }

  /** Looks the order up, waits for its context, and moves on to the items. */
  async lookup(): Promise<void> {
    const host = this.host;
    const t = host.t();
    const adapter = host.adapter();
    if (!adapter) return host.showProblems([], t.notConfigured);
    const { by, token } = this.settings();
    const { lookup } = host.draft()!;
    host.busy = true;
    try {
      const remote = await host.loadRemote();
      const query = {
        orderNumber: tidyOrderNumber(lookup.orderNumber),
        locale: host.locale(),
        ...(token ? { token } : by === 'postcode' ? { postalCode: lookup.postalCode.trim() } : { email: lookup.email.trim() }),
      };
      const order = await remote.lookupOrder(adapter, query);
      const sameOrder = host.draft()!.order?.id === order.id;
      host.setDraft(orderFound(host.draft()!, order));
      await host.element.updateComplete;
      await this.context.complete;
      if (!sameOrder && host.draft()!.path === 'withdrawal') host.setDraft(wholeContract(host.draft()!, this.options));
      host.busy = false;
      if (this.context.status === 'ready') await host.go('items');
    } catch (error) {
      host.busy = false;
      const code = host.fail(error, 'lookupOrder');
      const field = code === 'rejected' ? errorField(error) : undefined;
      if (field && (await host.markRefused(field))) return;
      // The same words whether the number or the email was wrong: nothing to enumerate.
      const message =
        code === 'not_found' || code === 'rejected' ? t.lookupFailed : (await host.loadRemote()).errorMessage(code, host.core());
      await host.showProblems([], message);
    }
  }

  private async loadContext(adapter: ReturnlessAdapter, remote: Remote, locale: string, country: string | undefined, signal: AbortSignal) {
    const host = this.host;
    const policy = host.supports('getReturnPolicy')
      ? remote
          .getReturnPolicy(adapter, { locale: LOCALE.test(locale) ? locale : 'en', ...(country ? { country } : {}) }, { signal })
          .catch(() => undefined)
      : Promise.resolve(undefined);
    try {
      const [p, reasons] = await Promise.all([
        policy,
        host.supports('getReturnReasons')
          ? remote.getReturnReasons(adapter, { locale: host.locale() }, { signal })
          : Promise.resolve({ reasons: [] as ReturnReason[] }),
      ]);
      return { policy: p, reasons: reasons.reasons };
    } catch (error) {
      if (!signal.aborted) host.fail(error, 'getReturnReasons');
      throw error;
    }
  }
}
