import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdapterMethod, ReturnlessAdapter } from '../../adapters/adapter.js';
import type { AdapterErrorCode } from '../../adapters/errors.js';
import { errorCode } from '../../core/error-code.js';
import { RlElement } from '../../core/base-element.js';
import { clearDraft, loadDraft, newIdempotencyKey, saveDraft } from '../../core/draft.js';
import { emit } from '../../core/events.js';
import { LoadController } from '../../core/load-controller.js';
import { LocaleController } from '../../core/locale-controller.js';
import { StoreController } from '../../core/store-controller.js';
import type { ReturnMethod, ReturnPolicy } from '../../domain/policy.js';
import {
  buildReturnDraft,
  buildReturnRequest,
  commonMethods,
  emptyDraft,
  findReason,
  isEmail,
  lineOptions,
  offeredResolutions,
  reconcileDraft,
  selectedLines,
  sizeDirection,
  stepsFor,
  validateStep,
  type LineChoice,
  type LineOptions,
  type ReturnFormDraft,
  type ReturnStep,
  type StepError,
  type Support,
} from '../../domain/return-request.js';
import type { ReturnConfirmation, ReturnQuote, ReturnReason, ReturnRequest, ReturnStatus } from '../../domain/returns.js';
import type { SizeChart } from '../../domain/size-chart.js';
import { suggestExchangeSize } from '../../domain/size-recommendation.js';
import { hasPart, loadPart } from './parts.js';
import { backToLookup, lookupProofRefused } from './lookup-proof.js';
import { returnFormMessages } from './return-form.messages.js';
import { spinnerStyles } from '../../core/controls.styles.js';
import { returnFormStyles } from './return-form.styles.js';
import { renderLookup } from './steps/lookup.js';
import { renderStatus } from './steps/status.js';
import type { ExchangeChoice, FormView } from './view.js';
import { own } from '../../domain/own.js';
import { upgradeProperties } from '../../core/upgrade-properties.js';

export interface ReturnStepDetail {
  step: ReturnStep | 'status';
}
export interface ReturnSubmitDetail {
  /** Exactly what will be sent to `createReturn`. */
  request: ReturnRequest;
}
export interface ReturnSubmittedDetail {
  returnId: string;
}
export interface ReturnErrorDetail {
  code: AdapterErrorCode;
  /** Which call failed. */
  method: 'lookupOrder' | 'getReturnReasons' | 'createReturn' | 'getReturnStatus';
}

type Remote = typeof import('./return-form-remote.js');
const QUOTE_DELAY_MS = 250;
const QUOTED_STEPS: readonly ReturnStep[] = ['resolution', 'method', 'review'];
/** Steps that show size suggestions or exchange sizes. */
const CHART_STEPS: readonly ReturnStep[] = ['reasons', 'resolution', 'review'];
/** Reason handle sent when the backend has no reason tree (the reasons step is skipped). */
const UNSPECIFIED_REASON = 'unspecified';

/**
 * A guided return: find the order, choose items, say why, choose what you get and how to send it
 * back, review, submit once, and get a label or a drop-off code. Also the EU "withdraw from
 * contract" path (Directive 2023/2673, Art. 11a) and a status view with a timeline.
 *
 * Each step is a real `<form>` with one heading, which receives focus when the step changes; the
 * step indicator marks the current step with `aria-current="step"`. Continue validates the step
 * and lists its problems in an error summary linking to each field; Back never loses input. The
 * whole draft lives in session storage (this tab) until the return is created; the submit carries
 * the draft's `Idempotency-Key`, so double clicks and retries after a failure create one return.
 *
 * Adapter methods: `lookupOrder` (step 1), `getReturnPolicy` (optional: eligibility, options,
 * fees), `getReturnReasons` (optional: without it the reasons step is skipped), `getSizeChart`
 * (optional: size suggestion and exchange sizes), `uploadMedia` (optional: photo evidence),
 * `quoteReturn` (optional: live estimate), `createReturn` (submit), `getReturnStatus` (status view).
 *
 * @summary Guided return and EU withdrawal form with a status view.
 * @tag rl-return-form
 *
 * @event {CustomEvent<ReturnStepDetail>} rl-return-step - State event: the form shows another step (after Continue/Back, and also without a click when a link's token looks the order up or a status loads). `detail: { step }`.
 * @event {CustomEvent<ReturnSubmitDetail>} rl-return-submit - Cancelable, just before the return is sent. `detail: { request }`; `preventDefault()` stops the submit.
 * @event {CustomEvent<ReturnSubmittedDetail>} rl-return-submitted - The return was created. `detail: { returnId }`.
 * @event {CustomEvent<ReturnErrorDetail>} rl-return-error - A call the shopper is waiting for failed. `detail: { code, method }`.
 *
 * @csspart stepper - The step indicator (an ordered list).
 * @csspart stepper-item - One step in the indicator; the current one has `aria-current="step"`.
 * @csspart step - The current step's form (also `step-<name>`, e.g. `step-items`).
 * @csspart step-heading - The current step's heading.
 * @csspart error-summary - The list of problems on this step.
 * @csspart nav - The Continue / Back row.
 * @csspart next-button - Continue (or Find order, Submit return).
 * @csspart back-button - Back.
 * @csspart lines - The list of order lines.
 * @csspart line - One returnable line (also `line-blocked` for a line that cannot be returned).
 * @csspart thumb - A line's image.
 * @csspart days-left - "Window closes in 4 days".
 * @csspart quantity - The quantity stepper.
 * @csspart line-reason - A line's reason fieldset.
 * @csspart size-suggestion - The suggested exchange size for a size reason.
 * @csspart size-guide - The `<rl-size-guide>` offered with a size reason (its trigger reads "Open the size guide").
 * @csspart photos - The photo field (with `<rl-media-uploader>`).
 * @csspart note - A note such as "photos cannot be uploaded here".
 * @csspart line-resolution - A line's resolution fieldset.
 * @csspart choice - One radio option.
 * @csspart bonus - The store-credit bonus.
 * @csspart estimate - The live estimate.
 * @csspart fee - A method's fee.
 * @csspart summary - The review summary.
 * @csspart edit-button - "Change …" buttons on the review step.
 * @csspart timestamp - When a withdrawal was received.
 * @csspart next-steps - What happens next.
 * @csspart parcels - Labels and codes, one per parcel.
 * @csspart parcel - One parcel.
 * @csspart label-link - The label download link.
 * @csspart code - A drop-off code: QR plus text.
 * @csspart qr - The QR code image.
 * @csspart code-text - The same code as text.
 * @csspart status-link - "Check the status of this return".
 * @csspart start-over - "Start a new return".
 * @csspart withdraw-button - Switches between the return and withdrawal paths.
 * @csspart timeline - The status timeline.
 * @csspart timeline-item - One status in the timeline; the latest has `aria-current="step"`.
 * @csspart current-status - The current status sentence.
 * @csspart outcome - On the confirmation: what the shopper gets (refund or credit, fees, total), from the confirmation's `quote` or the last estimate.
 * @csspart send-by - On the confirmation: the date to send the parcel by (`sendBy`).
 * @csspart loading - The loading state.
 * @csspart error - A load error with a retry button.
 *
 * @cssprop [--rl-return-form-max-width=40rem] - Widest the form grows.
 * @cssprop [--rl-return-form-qr-size=10rem] - Size of a QR code.
 */
export class RlReturnForm extends RlElement {
  static {
    upgradeProperties(this);
  }
  static override styles = [...RlElement.styles, spinnerStyles, returnFormStyles];

  /** What identifies the order besides its number: `email` (default) or `postcode`. */
  @property() lookup: 'email' | 'postcode' = 'email';

  /** Order number to prefill (links in emails and packing slips). The URL parameter `order` works too. */
  @property() order?: string;

  /** Email to prefill. The URL parameter `email` works too. */
  @property() email?: string;

  /** A signed order token from a signed-in theme: replaces email/postcode and looks the order up at once (with `order`). */
  @property({ attribute: 'order-token' }) orderToken?: string;

  /** `return` (default), `withdrawal` (start on the EU withdrawal path) or `status` (the status view). */
  @property({ reflect: true }) mode?: 'return' | 'withdrawal' | 'status';

  /** Offer the "Withdraw from contract" path on the first step (EU shops). */
  @property({ type: Boolean }) withdrawal = false;

  /** Return number for the status view (implies `mode="status"` when no mode is set). */
  @property({ attribute: 'return-id' }) returnId?: string;

  /** Level (1–6) of the step headings, to fit the page outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private draft?: ReturnFormDraft;
  @state() private errors: StepError[] = [];
  @state() private failure?: string;
  @state() private busy = false;
  /** Size charts by product id (null: none or failed); a Map, since the ids come from the backend. */
  @state() private charts = new Map<string, SizeChart | null>();
  @state() private quote?: ReturnQuote;
  @state() private quoteState: FormView['quoteState'] = 'idle';
  @state() private confirmation?: ReturnConfirmation;
  @state() private status?: ReturnStatus;
  @state() private statusQuery = { returnId: '', email: '' };
  @state() private statusOpen = false;
  @state() private qr?: typeof import('./qr.js');
  @state() private uploader = false;
  private sizeGuideLoaded = false;

  private readonly store = new StoreController(this);
  private readonly i18n = new LocaleController(this, this.store, returnFormMessages);
  private submitting = false;
  private seenContext?: unknown;
  private quoteTimer?: ReturnType<typeof setTimeout>;
  private quoteAbort?: AbortController;
  private lastQuoteKey?: string;
  private optionsCache?: { order: unknown; policy: unknown; value: Record<string, LineOptions> };
  private autoLookupDone = false;
  private statusAutoLoaded = false;

  /** The order's context: the policy (optional) and the reason tree, with the adapter code and the flow's styles. */
  private readonly orderContext = new LoadController(
    this,
    () => {
      const adapter = this.store.adapter;
      return adapter && this.draft?.order
        ? ([adapter, this.draft.order.id, this.i18n.lang, this.store.config.country] as const)
        : undefined;
    },
    ([adapter, , locale, country], signal, remote) => this.loadContext(adapter, remote, locale, country, signal),
    { module: () => import('./return-form-remote.js'), styles: (remote) => [remote.flowStyles], core: () => this.i18n.core },
  );

  private get policy(): ReturnPolicy | undefined {
    return this.orderContext.value?.policy;
  }

  private get reasons(): ReturnReason[] {
    return this.orderContext.value?.reasons ?? [];
  }

  /** The session-storage key of this form's draft (one per page path and element id). */
  get draftKey(): string {
    return `return-form:${location.pathname}${this.id ? `#${this.id}` : ''}`;
  }

  /** The current step (`status` in the status view). */
  get step(): ReturnStep | 'status' {
    return this.showingStatus ? 'status' : (this.draft?.step ?? 'lookup');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.quoteTimer);
    this.quoteAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.draft) this.restore();
    if (changed.has('returnId') || changed.has('email')) {
      this.statusQuery = {
        returnId: this.statusQuery.returnId || this.returnId || param('return-id'),
        email: this.statusQuery.email || this.email || param('email'),
      };
    }
    const context = this.orderContext.value;
    if (context && context !== this.seenContext) {
      this.seenContext = context;
      this.contextArrived();
    }
    const adapter = this.store.adapter;
    if (adapter && !this.autoLookupDone && this.orderToken && this.draft && !this.draft.order && this.draft.lookup.orderNumber) {
      this.autoLookupDone = true;
      queueMicrotask(() => void this.lookupOrder());
    }
    if (this.showingStatus && adapter && !this.statusAutoLoaded && this.statusQuery.returnId && isEmail(this.statusQuery.email)) {
      // A link with return-id and email shows the status straight away, once.
      this.statusAutoLoaded = true;
      queueMicrotask(() => void this.loadStatus());
    }
    const photosWanted =
      this.draft && selectedLines(this.draft).some(({ choice }) => findReason(this.reasons, choice.reasonId)?.requiresPhoto);
    if (photosWanted && !this.uploader && this.supports('uploadMedia') && hasPart('media-uploader'))
      void loadPart('media-uploader').then((ok) => (this.uploader = ok));
    const sizeReason =
      this.draft && selectedLines(this.draft).some(({ choice }) => sizeDirection(findReason(this.reasons, choice.reasonId)));
    if (sizeReason && !this.sizeGuideLoaded && this.supports('getSizeChart') && hasPart('size-guide')) {
      this.sizeGuideLoaded = true;
      void loadPart('size-guide');
    }
  }

  private restore(): void {
    const saved = loadDraft<ReturnFormDraft>(this.draftKey);
    if (saved?.idempotencyKey && saved.step && saved.lookup && saved.lines) {
      this.draft = saved;
      return;
    }
    const draft = emptyDraft(newIdempotencyKey(), this.mode === 'withdrawal' ? 'withdrawal' : 'return');
    draft.lookup = { orderNumber: this.order ?? param('order'), email: this.email ?? param('email'), postalCode: param('postcode') };
    this.draft = draft;
  }

  protected override render() {
    const draft = this.draft;
    if (!draft) return nothing;
    const v = this.view(draft);
    if (this.showingStatus) return renderStatus(v);
    return html`${this.renderStepper(v)}${this.renderStep(v)}`;
  }

  private renderStepper(v: FormView) {
    const step = v.draft.step;
    if (step === 'confirmation') return nothing;
    const steps = v.steps.filter((s) => s !== 'confirmation');
    const index = steps.indexOf(step);
    const name = (s: ReturnStep) => (v.draft.path === 'withdrawal' ? v.t.withdrawalStepName(s) : v.t.stepName(s));
    return html`<nav class="stepper-nav" aria-label=${v.t.steps}>
      <p class="step-count" aria-hidden="true">${v.t.stepOf(index + 1, steps.length)}</p>
      <ol class="stepper" part="stepper">
        ${steps.map(
          (s, i) => html`<li
            class=${`stepper-item${i < index ? ' done' : ''}`}
            part="stepper-item"
            aria-current=${i === index ? 'step' : 'false'}
          >
            <span class="stepper-number" aria-hidden="true">${i + 1}</span><span class="stepper-name">${name(s)}</span>
          </li>`,
        )}
      </ol>
    </nav>`;
  }

  private renderStep(v: FormView) {
    const step = v.draft.step;
    if (step === 'lookup') return renderLookup(v);
    const r = this.orderContext.module;
    // The confirmation needs no context (the draft that led to it is gone).
    if (!r || (step !== 'confirmation' && this.orderContext.status !== 'ready')) return this.orderContext.render({ ready: () => nothing });
    const renderers = {
      items: r.renderItems,
      reasons: r.renderReasons,
      resolution: r.renderResolution,
      method: r.renderMethod,
      review: r.renderReview,
      confirmation: r.renderConfirmation,
    };
    return renderers[step](v);
  }

  private get showingStatus(): boolean {
    return this.statusOpen || this.mode === 'status' || (!this.mode && Boolean(this.returnId));
  }

  private supports(method: AdapterMethod): boolean {
    return typeof this.store.adapter?.[method] === 'function';
  }

  private get support(): Support {
    return { quote: this.supports('quoteReturn'), photos: this.supports('uploadMedia') && hasPart('media-uploader'), exchange: true };
  }

  private get steps(): readonly ReturnStep[] {
    const path = this.draft?.path ?? 'return';
    return stepsFor(path).filter((s) => s !== 'reasons' || this.supports('getReturnReasons'));
  }

  private get options(): Record<string, LineOptions> {
    const order = this.draft?.order;
    if (!order) return {};
    if (this.optionsCache?.order === order && this.optionsCache.policy === this.policy) return this.optionsCache.value;
    const zone = this.policy?.timeZone ? undefined : Intl.DateTimeFormat().resolvedOptions().timeZone;
    const now = new Date();
    const value = Object.fromEntries(
      order.lines.map((l) => [l.id, lineOptions(order, l, this.policy, now, { country: this.store.config.country, timeZone: zone })]),
    );
    this.optionsCache = { order, policy: this.policy, value };
    return value;
  }

  private context(): Parameters<typeof validateStep>[2] {
    return {
      lookupBy: this.lookup === 'postcode' ? 'postcode' : 'email',
      hasToken: Boolean(this.orderToken),
      reasons: this.reasons,
      options: this.options,
      support: this.support,
      exchangeable: (id) => this.exchangeChoices(id).length > 0,
    };
  }

  private view(draft: ReturnFormDraft): FormView {
    const t = this.i18n.t;
    const errors = this.errors;
    return {
      t,
      lang: this.i18n.lang,
      draft,
      errors,
      lookupBy: this.lookup === 'postcode' ? 'postcode' : 'email',
      hasToken: Boolean(this.orderToken),
      withdrawalOffered: this.withdrawal || this.mode === 'withdrawal',
      order: draft.order,
      policy: this.policy,
      options: this.options,
      reasons: this.reasons,
      support: this.support,
      busy: this.busy,
      failure: this.failure,
      quote: this.quote,
      quoteState: this.quoteState,
      confirmation: this.confirmation,
      status: this.status,
      statusQuery: this.statusQuery,
      qr: this.qr,
      sizeGuide: this.supports('getSizeChart') && hasPart('size-guide'),
      headingLevel: this.headingLevel,
      steps: this.steps,
      fieldError: (field) => errors.find((e) => e.field === field),
      suggestion: (id) => this.suggestion(id),
      exchangeChoices: (id) => this.exchangeChoices(id),
      methodsOffered: () => this.methodsOffered(),
      setLookup: (field, value) => this.update_({ lookup: { ...draft.lookup, [field]: value } }),
      setLine: (id, patch) => this.setLine(id, patch),
      setDraft: (patch) => this.update_(patch),
      setStatusQuery: (patch) => (this.statusQuery = { ...this.statusQuery, ...patch }),
      next: (e) => void this.next(e),
      back: () => this.back(),
      goTo: (step) => void this.go(step),
      switchPath: (path) => this.switchPath(path),
      startOver: () => this.startOver(),
      pickSize: (id, size) => {
        const choice = this.exchangeChoices(id).find((c) => (c.size === size || c.id === size) && !c.disabled);
        if (this.exchangeOffered(id) && choice) this.setLine(id, { resolution: 'exchange', exchangeVariantId: choice.id });
      },
      showStatus: (e) => {
        e.preventDefault();
        void this.loadStatus();
      },
      statusFromConfirmation: () => {
        this.statusQuery = { returnId: this.confirmation?.id ?? '', email: draft.email };
        this.statusOpen = true;
        void this.loadStatus();
      },
    };
  }

  // ── draft ────────────────────────────────────────────────────────────────

  /** Applies a change, saves the draft, clears fixed errors and refreshes the estimate. */
  private update_(patch: Partial<ReturnFormDraft>): void {
    this.draft = { ...this.draft!, ...patch };
    this.persist();
    if (this.errors.length)
      this.errors = validateStep(this.draft.step, this.draft, this.context()).filter((e) => this.errors.some((o) => o.field === e.field));
    if (QUOTED_STEPS.includes(this.draft.step)) this.scheduleQuote();
  }

  private setLine(id: string, patch: Partial<LineChoice>): void {
    const current = own(this.draft!.lines, id) ?? { selected: false, quantity: 1 };
    const next = { ...current, ...patch };
    const reason = findReason(this.reasons, next.reasonId);
    if ('reasonId' in patch && sizeDirection(reason) && !next.resolution) {
      // Suggest right away: the exchange for the suggested size becomes the default choice.
      const variant = this.suggestedVariant(id, reason);
      if (variant && this.exchangeOffered(id)) Object.assign(next, { resolution: 'exchange', exchangeVariantId: variant });
    }
    this.update_({ lines: { ...this.draft!.lines, [id]: next } });
    if ('reasonId' in patch) void this.ensureCharts();
  }

  private persist(): void {
    if (this.draft && this.draft.step !== 'confirmation') saveDraft(this.draftKey, this.draft);
  }

  // ── navigation ───────────────────────────────────────────────────────────

  private async next(event: Event): Promise<void> {
    event.preventDefault();
    const draft = this.draft!;
    if (this.busy) return;
    const errors = validateStep(draft.step, draft, this.context());
    if (errors.length) return this.showProblems(errors);
    if (draft.step === 'lookup') return this.lookupOrder();
    if (draft.step === 'review') return this.submit();
    const reconciled = reconcileDraft(draft, this.context());
    if (draft.step === 'items' && !this.supports('getReturnReasons')) {
      for (const { line } of selectedLines(reconciled))
        reconciled.lines = {
          ...reconciled.lines,
          [line.id]: { ...own(reconciled.lines, line.id)!, reasonId: own(reconciled.lines, line.id)!.reasonId ?? UNSPECIFIED_REASON },
        };
    }
    this.draft = reconciled;
    const to = this.adjacent(1);
    if (to === 'method' && !this.draft.method) {
      const methods = this.methodsOffered();
      if (methods.length === 1) this.draft = { ...this.draft, method: methods[0] };
    }
    if (to === 'review' && !this.draft.email)
      this.draft = { ...this.draft, email: this.draft.lookup.email || this.draft.order?.email || '' };
    if (to) await this.go(to);
  }

  private back(): void {
    const to = this.adjacent(-1);
    if (to) void this.go(to);
  }

  private adjacent(by: 1 | -1): ReturnStep | undefined {
    const steps = this.steps;
    return steps[steps.indexOf(this.draft!.step) + by];
  }

  private async go(step: ReturnStep): Promise<void> {
    this.errors = [];
    this.failure = undefined;
    this.draft = { ...this.draft!, step };
    this.persist();
    emit<ReturnStepDetail>(this, 'rl-return-step', { step });
    if (CHART_STEPS.includes(step)) void this.ensureCharts();
    if (QUOTED_STEPS.includes(step)) this.scheduleQuote();
    if (step === 'confirmation' && !this.qr && this.confirmation?.labels.some((l) => l.code))
      void import('./qr.js').then(
        (m) => (this.qr = m),
        () => undefined, // the code stays readable as text
      );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  /** The backend refused the lookup proof (expired or forged): back to lookup, choices kept. */
  private async lookupAgain(): Promise<void> {
    this.quoteState = 'idle';
    this.lastQuoteKey = undefined;
    this.draft = backToLookup(this.draft!);
    await this.go('lookup');
    await this.showProblems([], this.i18n.t.lookupExpired);
  }

  private async showProblems(errors: StepError[], failure?: string): Promise<void> {
    this.errors = errors;
    this.failure = failure;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  private switchPath(path: ReturnFormDraft['path']): void {
    this.update_({ path, step: 'lookup' });
    this.errors = [];
    this.failure = undefined;
    void this.go('lookup');
  }

  private startOver(): void {
    clearDraft(this.draftKey);
    const draft = emptyDraft(newIdempotencyKey(), this.mode === 'withdrawal' ? 'withdrawal' : 'return');
    draft.lookup = { orderNumber: '', email: this.draft?.lookup.email ?? '', postalCode: '' };
    this.draft = draft;
    this.confirmation = this.quote = undefined;
    this.lastQuoteKey = undefined;
    void this.go('lookup');
  }

  // ── adapter calls ────────────────────────────────────────────────────────

  private async loadRemote(): Promise<Remote> {
    const remote = await this.orderContext.loadModule();
    this.requestUpdate();
    return remote;
  }

  private fail(error: unknown, method: ReturnErrorDetail['method']): AdapterErrorCode {
    const code = errorCode(error);
    emit<ReturnErrorDetail>(this, 'rl-return-error', { code, method });
    return code;
  }

  private async lookupOrder(): Promise<void> {
    const adapter = this.store.adapter;
    const t = this.i18n.t;
    if (!adapter) return this.showProblems([], t.notConfigured);
    this.busy = true;
    const { lookup } = this.draft!;
    try {
      const remote = await this.loadRemote();
      const query = {
        orderNumber: lookup.orderNumber.trim(),
        locale: this.i18n.lang,
        ...(this.orderToken
          ? { token: this.orderToken }
          : this.lookup === 'postcode'
            ? { postalCode: lookup.postalCode.trim() }
            : { email: lookup.email.trim() }),
      };
      const order = await remote.lookupOrder(adapter, query);
      const sameOrder = this.draft!.order?.id === order.id;
      this.draft = { ...this.draft!, order, lines: sameOrder ? this.draft!.lines : {} };
      await this.updateComplete;
      await this.orderContext.complete;
      if (!sameOrder && this.draft.path === 'withdrawal') {
        // A withdrawal covers the whole contract unless the shopper narrows it.
        const lines = Object.fromEntries(
          order.lines
            .filter((l) => own(this.options, l.id)?.returnable)
            .map((l) => [l.id, { selected: true, quantity: own(this.options, l.id)!.maxQuantity }]),
        );
        this.draft = { ...this.draft, lines };
      }
      this.busy = false;
      if (this.orderContext.status === 'ready') await this.go(this.adjacent(1)!);
    } catch (error) {
      this.busy = false;
      const code = this.fail(error, 'lookupOrder');
      // The same words whether the number or the email was wrong: nothing to enumerate.
      const message =
        code === 'not_found' || code === 'rejected' ? t.lookupFailed : (await this.loadRemote()).errorMessage(code, this.i18n.core);
      await this.showProblems([], message);
    }
  }

  /** Loads the policy (optional: a failure just means no policy) and the reason tree for the order. */
  private async loadContext(adapter: ReturnlessAdapter, remote: Remote, locale: string, country: string | undefined, signal: AbortSignal) {
    const policy = this.supports('getReturnPolicy')
      ? remote
          .getReturnPolicy(
            adapter,
            { locale: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale) ? locale : 'en', ...(country ? { country } : {}) },
            { signal },
          )
          .catch(() => undefined)
      : Promise.resolve(undefined);
    try {
      const [p, reasons] = await Promise.all([
        policy,
        this.supports('getReturnReasons')
          ? remote.getReturnReasons(adapter, { locale: this.i18n.lang }, { signal })
          : Promise.resolve({ reasons: [] as ReturnReason[] }),
      ]);
      return { policy: p, reasons: reasons.reasons };
    } catch (error) {
      if (!signal.aborted) this.fail(error, 'getReturnReasons');
      throw error;
    }
  }

  /** Once the context is there: quote and size charts for the step the shopper is on. */
  private contextArrived(): void {
    if (QUOTED_STEPS.includes(this.draft!.step)) this.scheduleQuote();
    if (CHART_STEPS.includes(this.draft!.step)) void this.ensureCharts();
  }

  /** Size charts of selected sized lines (for the size suggestion and the exchange sizes). */
  private async ensureCharts(): Promise<void> {
    const adapter = this.store.adapter;
    if (!adapter || !this.supports('getSizeChart') || !this.draft) return;
    const wanted = selectedLines(this.draft)
      .map(({ line }) => line)
      .filter((l) => l.size && !this.charts.has(l.productId));
    if (!wanted.length) return;
    const remote = await this.loadRemote();
    const loaded = await Promise.all(
      wanted.map((l) =>
        remote.getSizeChart(adapter, { productId: l.productId, locale: this.i18n.lang }).then(
          (c) => [l.productId, c] as const,
          () => [l.productId, null] as const,
        ),
      ),
    );
    this.charts = new Map([...this.charts, ...loaded]);
    // A size reason chosen before its chart arrived gets its suggestion now.
    for (const { line, choice } of selectedLines(this.draft)) {
      const reason = findReason(this.reasons, choice.reasonId);
      const variant = sizeDirection(reason) && !choice.resolution ? this.suggestedVariant(line.id, reason) : undefined;
      if (variant && this.exchangeOffered(line.id)) this.setLine(line.id, { resolution: 'exchange', exchangeVariantId: variant });
    }
  }

  /** The exchange choice (variant id, or chart size id) for the suggested size, unless it is sold out. */
  private suggestedVariant(lineId: string, reason: ReturnType<typeof findReason>): string | undefined {
    const size = this.suggestion(lineId, reason)?.id;
    return size ? this.exchangeChoices(lineId).find((c) => c.size === size && !c.disabled)?.id : undefined;
  }

  private suggestion(lineId: string, reason = findReason(this.reasons, own(this.draft?.lines, lineId)?.reasonId)) {
    const line = this.draft?.order?.lines.find((l) => l.id === lineId);
    const direction = sizeDirection(reason);
    const chart = line && this.charts.get(line.productId);
    return line?.size && chart && direction ? suggestExchangeSize(chart, line.size, direction) : undefined;
  }

  private exchangeChoices(lineId: string): ExchangeChoice[] {
    const t = this.i18n.t;
    const line = this.draft?.order?.lines.find((l) => l.id === lineId);
    if (!line) return [];
    const out: ExchangeChoice[] = [];
    const suggested = this.suggestion(lineId);
    const chart = this.charts.get(line.productId);
    if (line.variantId) out.push({ id: line.variantId, label: t.sameItem(line.variantTitle ?? line.size ?? line.title) });
    // The backend's variants, with stock, when it lists them; else the other sizes of the chart.
    if (line.exchangeOptions) {
      for (const o of line.exchangeOptions)
        out.push({
          id: o.variantId,
          label: o.stock === undefined ? o.label : t.withStock(o.label, o.stock),
          size: o.size,
          suggested: o.size !== undefined && o.size === suggested?.id,
          disabled: o.stock === 0,
        });
      return out;
    }
    for (const s of chart?.sizes ?? [])
      if (s.id !== line.size && s.label !== line.size)
        out.push({ id: s.id, label: t.sizeOption(s.label), size: s.id, suggested: s.id === suggested?.id });
    return out;
  }

  private exchangeOffered(lineId: string): boolean {
    const o = own(this.options, lineId);
    return Boolean(o && offeredResolutions(o, this.support, this.exchangeChoices(lineId).length > 0).includes('exchange'));
  }

  private methodsOffered(): ReturnMethod[] {
    return commonMethods(
      selectedLines(this.draft!)
        .map(({ line }) => own(this.options, line.id)!)
        .filter(Boolean),
    );
  }

  private scheduleQuote(): void {
    const adapter = this.store.adapter;
    if (!adapter || !this.supports('quoteReturn') || this.orderContext.status !== 'ready') return;
    const draft = buildReturnDraft(this.draft!);
    const key = draft && JSON.stringify(draft);
    if (key === this.lastQuoteKey) return;
    this.lastQuoteKey = key;
    clearTimeout(this.quoteTimer);
    this.quoteAbort?.abort();
    if (!draft) {
      this.quote = undefined;
      this.quoteState = 'idle';
      return;
    }
    this.quoteState = 'loading';
    this.quoteTimer = setTimeout(async () => {
      const abort = (this.quoteAbort = new AbortController());
      try {
        const quote = await (await this.loadRemote()).quoteReturn(adapter, { ...draft, locale: this.i18n.lang }, { signal: abort.signal });
        if (abort.signal.aborted) return;
        this.quote = quote;
        this.quoteState = 'ready';
      } catch (error) {
        if (abort.signal.aborted) return;
        if (lookupProofRefused(error, this.draft)) return void this.lookupAgain();
        this.quoteState = 'error';
        this.lastQuoteKey = undefined;
      }
    }, QUOTE_DELAY_MS);
  }

  private async submit(): Promise<void> {
    // Set before any await: a second click in the same tick is a no-op.
    if (this.submitting) return;
    const adapter = this.store.adapter;
    const draft = this.draft!;
    const built = buildReturnRequest(draft, this.policy?.methods[0] ?? 'mail');
    const request = built && { ...built, locale: this.i18n.lang };
    if (!adapter || !request) return this.showProblems([], this.i18n.t.notConfigured);
    if (!emit<ReturnSubmitDetail>(this, 'rl-return-submit', { request }, { cancelable: true })) return;
    this.submitting = this.busy = true;
    try {
      const remote = await this.loadRemote();
      const confirmation = await remote.createReturn(adapter, request, draft.idempotencyKey);
      clearDraft(this.draftKey);
      this.confirmation = confirmation;
      this.busy = false;
      emit<ReturnSubmittedDetail>(this, 'rl-return-submitted', { returnId: confirmation.id });
      await this.go('confirmation');
    } catch (error) {
      this.busy = false;
      const code = this.fail(error, 'createReturn');
      if (lookupProofRefused(error, this.draft)) return this.lookupAgain();
      // The draft and its idempotency key stay: "Try again" resubmits the same return.
      const detail = code === 'rejected' ? (await this.loadRemote()).errorMessage(code, this.i18n.core) : '';
      await this.showProblems([], `${this.i18n.t.submitFailed}${detail ? ` ${detail}` : ''}`);
    } finally {
      this.submitting = false;
    }
  }

  private async loadStatus(): Promise<void> {
    const adapter = this.store.adapter;
    const t = this.i18n.t;
    const q = { returnId: this.statusQuery.returnId.trim(), email: this.statusQuery.email.trim(), locale: this.i18n.lang };
    const errors: StepError[] = [];
    if (!q.returnId) errors.push({ field: 'status-returnId', key: 'returnIdRequired' });
    if (!isEmail(q.email)) errors.push({ field: 'status-email', key: 'emailInvalid' });
    if (errors.length) return this.showProblems(errors);
    if (!adapter) return this.showProblems([], t.notConfigured);
    this.busy = true;
    try {
      const remote = await this.loadRemote();
      this.status = await remote.getReturnStatus(adapter, q);
      this.errors = [];
      this.failure = undefined;
      this.busy = false;
      emit<ReturnStepDetail>(this, 'rl-return-step', { step: 'status' });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
    } catch (error) {
      this.busy = false;
      const code = this.fail(error, 'getReturnStatus');
      await this.showProblems(
        [],
        code === 'not_found' || code === 'rejected' ? t.statusNotFound : (await this.loadRemote()).errorMessage(code, this.i18n.core),
      );
    }
  }
}

function param(name: string): string {
  try {
    return new URLSearchParams(location.search).get(name) ?? '';
  } catch {
    return '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rl-return-form': RlReturnForm;
  }
  interface HTMLElementEventMap {
    'rl-return-step': CustomEvent<ReturnStepDetail>;
    'rl-return-submit': CustomEvent<ReturnSubmitDetail>;
    'rl-return-submitted': CustomEvent<ReturnSubmittedDetail>;
    'rl-return-error': CustomEvent<ReturnErrorDetail>;
  }
}
