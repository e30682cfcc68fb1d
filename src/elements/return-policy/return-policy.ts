import { html, nothing, type PropertyValues } from 'lit';
import { canRetry, errorCode } from '../../core/error-code.js';
import { RlElement } from '../../core/base-element.js';
import { errorOnce } from '../../core/dev.js';
import { emit } from '../../core/events.js';
import { LoadController } from '../../core/load-controller.js';
import { addStyles } from '../../core/add-styles.js';
import { renderSkeleton, skeletonStyles } from '../../core/skeleton.js';
import { LocaleController } from '../../core/locale-controller.js';
import { StoreController } from '../../core/store-controller.js';
import { TermTip, termTipStyles } from '../../core/tooltip.js';
import type { Eligibility, IneligibleReason } from '../../domain/eligibility.js';
import type { ReturnPolicy, ReturnPolicyInput } from '../../domain/policy.js';
import { returnPolicyMessages } from './return-policy.messages.js';
import { returnPolicyStyles } from './return-policy.styles.js';
import { upgradeProperties } from '../../core/upgrade-properties.js';
import { MissingSourceCheck } from '../../core/missing-source.js';
import { feeLine, percentText, policyZone, renderAnswer, type AnswerContext } from './return-policy-answer.js';

export interface PolicyEligibilityDetail {
  productId: string;
  returnable: boolean;
  reason?: IneligibleReason;
  /** ISO instant: the end of the last day to return. */
  deadline?: string;
}

type Full = typeof import('./return-policy-full.js');
type Source = readonly ['object', ReturnPolicyInput] | readonly ['inline', string] | readonly ['adapter', ...unknown[]];
type PolicyRemote = typeof import('./return-policy-load.js');

/**
 * Explains the return policy and answers "can I return this?" for one product.
 *
 * The policy comes from the `policy` property, else an inline `<script type="application/json">`
 * child (no JavaScript needed), else the adapter's `getReturnPolicy` (with `product-id` and the
 * store's `country`). It is validated; an invalid policy shows a neutral line and logs one
 * console error naming the field.
 *
 * `variant="summary"` is one line for product pages ("Free returns within 30 days",
 * "Final sale — not returnable"); `variant="full"` is the policy page: key facts, ways to return,
 * what shoppers get back, the steps as an ordered timeline, exceptions, notes and contact.
 * With `product-id` (plus `delivered-at` or `purchased-at` for a bought item) the element
 * answers for that item with the reason and the deadline. Jargon ("restocking fee", "store
 * credit", "drop-off point") carries a tooltip reachable by keyboard, mouse and touch.
 *
 * @summary Return-policy explainer with per-item eligibility and MerchantReturnPolicy JSON-LD.
 * @tag rl-return-policy
 *
 * @event {CustomEvent<PolicyEligibilityDetail>} rl-policy-eligibility - State event, fires without shopper action: when an answer for `product-id` is first shown (on load) and whenever it changes. `detail: { productId, returnable, reason, deadline }`.
 *
 * @slot - An optional `<script type="application/json">` holding the policy (see the docs for the model).
 *
 * @csspart summary - The one-line answer (summary variant, and the answer box in the full variant).
 * @csspart summary-icon - The answer's icon.
 * @csspart link - The link to the full policy page.
 * @csspart policy - The full variant's wrapper.
 * @csspart title - The full variant's heading.
 * @csspart section - Each section of the full variant.
 * @csspart section-heading - Each section heading.
 * @csspart facts - The key facts list (`<dl>`).
 * @csspart methods - The list of ways to return.
 * @csspart refunds - The list of what shoppers get back.
 * @csspart steps - The ordered timeline of steps.
 * @csspart step - One step.
 * @csspart step-marker - A step's number or icon.
 * @csspart exceptions - The list of exception groups.
 * @csspart exception - One exception group.
 * @csspart notes - The merchant's notes (sanitised rich text).
 * @csspart contact - The contact list.
 * @csspart term - A word with an explanation (tooltip trigger).
 * @csspart tooltip - The explanation bubble.
 * @csspart fallback - The neutral line shown for an invalid policy.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssprop [--rl-return-policy-ok=var(--rl-color-success)] - Colour of the "returnable" icon.
 * @cssprop [--rl-return-policy-warn=#b54708] - Colour of the "closing soon" icon.
 * @cssprop [--rl-return-policy-no=var(--rl-color-danger)] - Colour of the "not returnable" icon.
 * @cssprop [--rl-tooltip-background=CanvasText] - Tooltip background.
 * @cssprop [--rl-tooltip-color=Canvas] - Tooltip text colour.
 */
export class RlReturnPolicy extends RlElement {
  static {
    upgradeProperties(this);
  }
  static override styles = [...RlElement.styles, termTipStyles, skeletonStyles, returnPolicyStyles];
  static override properties = {
    variant: { reflect: true },
    productId: { attribute: 'product-id' },
    productTags: { attribute: 'product-tags' },
    productCategory: { attribute: 'product-category' },
    deliveredAt: { attribute: 'delivered-at' },
    purchasedAt: { attribute: 'purchased-at' },
    jsonLd: { attribute: 'json-ld', type: Boolean },
    productJsonLdId: { attribute: 'product-jsonld-id' },
    organizationJsonLdId: { attribute: 'organization-jsonld-id' },
    headingLevel: { attribute: 'heading-level', type: Number },
    policy: { attribute: false },
    now: { attribute: false },
  };

  /** `summary`: one line for product pages. `full`: the whole policy for a policy page. */
  variant: 'summary' | 'full' = 'summary';

  /** Answer "can I return this?" for this product (matched against exception groups, and sent to the adapter). */
  productId?: string;

  /** Comma-separated tags of the product (`final-sale, swimwear`), for exception groups matched by tag. */
  productTags?: string;

  /** Category of the product (`Apparel > Swimwear`), for exception groups matched by category. */
  productCategory?: string;

  /** When the shopper's item was delivered (ISO date or date-time). Set it for a bought item. */
  deliveredAt?: string;

  /** When the shopper's item was bought (ISO date or date-time). Without `delivered-at` the item counts as not delivered yet. */
  purchasedAt?: string;

  /**
   * Write schema.org JSON-LD into `<head>`, as Google's Merchant listing docs ask. Without
   * `product-id`: the shop-wide policy as `Organization.hasMerchantReturnPolicy` (once per policy,
   * however many elements). With `product-id`: this product's policy (its exception group applied,
   * so a final-sale product says not permitted) as `Product.offers.hasMerchantReturnPolicy`,
   * merged into the theme's Product by `product-jsonld-id`. Every policy node has a stable `@id`. Opt-in.
   */
  jsonLd = false;
  /** The JSON-LD writer, once `json-ld` was set. */
  private jsonLdCode?: Promise<typeof import('./return-policy-json-ld.js')>;
  private jsonLdWriter?: typeof import('./return-policy-json-ld.js');

  /** `@id` of the page's own Product JSON-LD, so the per-product policy merges into it. Default: this page's URL + `#product`. */
  productJsonLdId?: string;

  /** `@id` of the page's own Organization JSON-LD. Default: the site root + `#organization`. */
  organizationJsonLdId?: string;

  /** Level (1–6) of the full variant's heading; its sections use the next level. */
  headingLevel = 2;

  /** The policy as an object (JavaScript only). Wins over inline JSON and the adapter; validated the same way. */
  policy?: ReturnPolicyInput;

  /** The moment eligibility is judged at. Default: now. For previews and tests. */
  now?: Date;

  private inlineJson?: string;
  private readonly store = new StoreController(this);
  private readonly i18n = new LocaleController(this, this.store, returnPolicyMessages);
  private readonly tips = new TermTip(this);
  /** The full variant's code, loaded when `variant="full"` is first used. */
  private full?: Full;
  /** The full variant's code: on its way, or could not be fetched (then a retry is offered). */
  private fullLoading?: Promise<void>;
  private fullFailed = false;
  /** The full variant's module (its own chunk); a field so a test can make the network fail. */
  private importFull = (): Promise<Full> => import('./return-policy-full.js');
  private lightObserver?: MutationObserver;
  private lastAnswer?: string;
  /** @internal A controller: it works through the host's lifecycle. */
  protected readonly missingSource = new MissingSourceCheck(this, () => this.load.status !== 'idle', {
    key: 'return-policy:no-source',
    message:
      '<rl-return-policy> has no policy: add a <script type="application/json"> child, set .policy, or provide an adapter (<rl-store api>, Returnless.configure).',
    anchor: 'rl-return-policy',
  });

  private readonly load = new LoadController(
    this,
    (): Source | undefined => {
      if (this.policy) return ['object', this.policy];
      if (this.inlineJson !== undefined) return ['inline', this.inlineJson];
      const adapter = this.store.adapter;
      return adapter ? ['adapter', adapter, this.productId, this.store.config.country, this.i18n.lang] : undefined;
    },
    async (source, signal, remote): Promise<ReturnPolicy> => {
      if (this.variant === 'full') await this.loadFull();
      const policy = await this.readPolicy(source, signal, remote);
      if (this.variant === 'full') await this.full?.prepareRegionNames(policy, this.i18n.lang);
      return policy;
    },
    { module: () => import('./return-policy-load.js'), core: () => this.i18n.core },
  );

  private async readPolicy(source: Source, signal: AbortSignal, remote: PolicyRemote): Promise<ReturnPolicy> {
    try {
      if (source[0] !== 'adapter') return await remote.parsePolicy(source[1]);
      const [, adapter, productId, country, locale] = source as readonly ['adapter', never, string?, string?, string?];
      return await remote.loadPolicy(adapter, { productId, country, locale: locale ?? 'en' }, signal);
    } catch (error) {
      // A backend's answer was reported where it was checked (adapters/call.ts); an inline or set policy is reported here.
      if (error instanceof remote.InvalidPolicy && source[0] !== 'adapter') {
        errorOnce(
          `return-policy:${error.message}`,
          `<rl-return-policy>: ${error.message}. Fix "${error.field}"; a neutral line is shown meanwhile.`,
          'return-policy',
        );
      }
      throw error;
    }
  }

  /** The validated policy, once loaded. */
  get policyValue(): ReturnPolicy | undefined {
    return this.load.status === 'ready' ? this.load.value : undefined;
  }

  /** The answer for `product-id`, once the policy is loaded. */
  get eligibility(): Eligibility | undefined {
    const policy = this.policyValue;
    if (!policy || !this.productId || !this.load.module) return undefined;
    return this.load.module.checkEligibility(
      policy,
      { ...this.product!, deliveredAt: this.deliveredAt || undefined, purchasedAt: this.purchasedAt || undefined },
      this.now ?? new Date(),
      { country: this.store.config.country, timeZone: () => policyZone(policy) },
    );
  }

  /** The product asked about (`product-id`, its tags and category). */
  private get product(): { productId: string; tags?: string[]; category?: string } | undefined {
    if (!this.productId) return undefined;
    const tags = this.productTags
      ?.split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    return { productId: this.productId, tags, category: this.productCategory };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInline();
    this.lightObserver = new MutationObserver(() => this.readInline());
    this.lightObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lightObserver?.disconnect();
    // At once when the writer is here (a removed element takes its block with it), else once it is.
    if (this.jsonLdWriter) this.jsonLdWriter.releasePolicyJsonLd(this);
    else void this.jsonLdCode?.then((m) => m.releasePolicyJsonLd(this));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const policy = this.policyValue;
    const answer = this.eligibility;
    // Only once the answer is on screen (the full variant may still be loading its code).
    if (answer && this.productId && (this.variant !== 'full' || this.full)) {
      const detail: PolicyEligibilityDetail = {
        productId: this.productId,
        returnable: answer.returnable,
        reason: answer.reason,
        deadline: answer.deadline,
      };
      const key = JSON.stringify(detail);
      if (key !== this.lastAnswer) {
        this.lastAnswer = key;
        emit<PolicyEligibilityDetail>(this, 'rl-policy-eligibility', detail);
      }
    }
    if (this.jsonLd && policy) {
      const target = { product: this.product, productJsonLdId: this.productJsonLdId, organizationJsonLdId: this.organizationJsonLdId };
      // The writer is a chunk of its own, imported once `json-ld` is set: a page without it never loads it.
      this.jsonLdCode ??= import('./return-policy-json-ld.js').then((m) => (this.jsonLdWriter = m));
      this.jsonLdCode.then(
        (m) => this.isConnected && this.jsonLd && this.policyValue === policy && m.holdPolicyJsonLd(this, policy, target),
        (error: unknown) => console.error('[returnless] Could not load the return policy JSON-LD writer.', error),
      );
    } else void this.jsonLdCode?.then((m) => m.releasePolicyJsonLd(this));
  }

  protected override render() {
    return this.load.render({
      loading: () => this.renderSkeleton(),
      // No policy, or none that can be trusted: a neutral line, since retrying cannot help.
      error: (error, remote) => {
        const fallback = html`<p class="fallback" part="fallback">${this.i18n.t.unavailable}</p>`;
        const invalid = (remote && error instanceof remote.InvalidPolicy) || errorCode(error) === 'invalid_response';
        const fromAdapter = !this.policy && this.inlineJson === undefined;
        if (!canRetry(error) || (invalid && !fromAdapter)) return fallback;
        // A backend's answer that failed its checks may be a passing glitch (a half-finished deploy): offer a retry.
        if (invalid) return this.renderUnavailable(() => this.load.retry());
        return undefined;
      },
      ready: (policy) => this.renderPolicy(policy),
    });
  }

  private renderPolicy(policy: ReturnPolicy) {
    if (this.variant !== 'full') return this.renderSummary(policy);
    if (!this.full) {
      // The full variant's code could not be fetched (offline, a blocked CDN): say so, with a retry.
      if (this.fullFailed) return this.renderUnavailable(() => this.retryFull());
      this.fullLoading ??= this.loadFull();
      return this.renderSkeleton();
    }
    const t = this.i18n.t;
    const fee = policy.fee;
    return this.full.renderFull(policy, {
      lang: this.i18n.lang,
      tips: this.tips,
      headingLevel: this.headingLevel,
      answer: this.productId || policy.category === 'MerchantReturnNotPermitted' ? this.renderAnswer(policy) : nothing,
      feeLine: (f) => feeLine(this.answerContext, f),
      restocking:
        fee.kind === 'restocking'
          ? [this.tips.term('restocking', t.termRestocking, t.tipRestocking), t.restockingValue(percentText(fee.percent, this.i18n.lang))]
          : undefined,
      notes: this.notesFor(policy),
    });
  }

  private renderSkeleton() {
    return renderSkeleton(this.i18n.core.loading, this.variant === 'full' ? 5 : 1);
  }

  // ——— summary ———

  private renderSummary(policy: ReturnPolicy) {
    const link = policy.url ? html` <a class="link" part="link" href=${policy.url}>${this.i18n.t.fullPolicy}</a>` : nothing;
    return html`${this.renderAnswer(policy)}${link}`;
  }

  /** The one-line answer: for the product when there is one, else the policy in a line. */
  private renderAnswer(policy: ReturnPolicy) {
    const answer = this.eligibility;
    return renderAnswer(this.answerContext, policy, answer, () => this.load.module!.effectiveWindowDays(policy, answer?.exception));
  }

  private get answerContext(): AnswerContext {
    return { t: this.i18n.t, lang: this.i18n.lang, tips: this.tips };
  }

  private notesCache?: [string, DocumentFragment];
  /** The sanitised notes, made once per text (a fragment re-made each render would re-insert its DOM). */
  private notesFor(policy: ReturnPolicy): DocumentFragment | undefined {
    const full = this.full;
    if (!policy.notes || !full) return undefined;
    if (this.notesCache?.[0] !== policy.notes) this.notesCache = [policy.notes, full.sanitizeHtml(policy.notes)];
    return this.notesCache[1];
  }

  private async loadFull(): Promise<void> {
    try {
      const full = await this.importFull();
      if (!this.full) {
        this.full = full;
        addStyles(this, [full.fullStyles]);
      }
    } catch {
      this.fullFailed = true;
    }
    this.requestUpdate();
  }

  /** "Not available right now", with a retry: an answer that failed its checks, or the full variant's code that could not be fetched. */
  private renderUnavailable(retry: () => void) {
    return html`<div class="fallback" part="fallback" role="alert">
      <p>${this.i18n.t.unavailable}</p>
      <button type="button" part="retry-button" class="button" @click=${retry}>${this.i18n.core.retry}</button>
    </div>`;
  }

  private retryFull(): void {
    this.fullFailed = false;
    this.fullLoading = undefined;
    this.requestUpdate();
  }

  private readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent?.trim() || undefined;
    if (text !== this.inlineJson) {
      this.inlineJson = text;
      this.requestUpdate();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rl-return-policy': RlReturnPolicy;
  }
  interface HTMLElementEventMap {
    'rl-policy-eligibility': CustomEvent<PolicyEligibilityDetail>;
  }
}
