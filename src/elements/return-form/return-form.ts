import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdapterMethod } from '../../adapters/adapter.js';
import type { AdapterErrorCode } from '../../adapters/errors.js';
import { errorCode } from '../../core/error-code.js';
import { RlElement } from '../../core/base-element.js';
import { clearDraft, loadDraft, newIdempotencyKey, saveDraft } from '../../core/draft.js';
import { emit } from '../../core/events.js';
import { LocaleController } from '../../core/locale-controller.js';
import { StoreController } from '../../core/store-controller.js';
import { advance, backToLookup, flowSteps, retreat, stepNeeds, switchPath } from '../../domain/return-flow.js';
import {
  clampQuantity,
  emptyDraft,
  findReason,
  selectedLines,
  sizeDirection,
  validateStep,
  type LineChoice,
  type ReturnFormDraft,
  type ReturnStep,
  type StepError,
  type Support,
} from '../../domain/return-request.js';
import type { ReturnReason, ReturnRequest } from '../../domain/returns.js';
import { refusedField } from '../../domain/return-refusals.js';
import { own } from '../../domain/own.js';
import { upgradeProperties } from '../../core/upgrade-properties.js';
import { spinnerStyles } from '../../core/controls.styles.js';
import { hasPart, loadPart } from './parts.js';
import { returnFormMessages } from './return-form.messages.js';
import { returnFormStyles } from './return-form.styles.js';
import { renderLookup } from './steps/lookup.js';
import { renderStatus } from './steps/status.js';
import { renderStepper } from './steps/stepper.js';
import type { FormView } from './view.js';
import type { FailedCall, FormHost, Remote } from './form-host.js';
import type { ReturnErrorDetail, ReturnStepDetail, ReturnSubmitDetail, ReturnSubmittedDetail } from './events.js';
import { EstimateController } from './estimate-controller.js';
import { ExchangeSizes } from './exchange-sizes.js';
import { OrderController } from './order-controller.js';
import { StatusController } from './status-controller.js';
import { SubmitController } from './submit-controller.js';
import { fieldStyles } from '../../core/field.styles.js';

export type { ReturnErrorDetail, ReturnStepDetail, ReturnSubmitDetail, ReturnSubmittedDetail } from './events.js';

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
 * After a submit without an answer, changed answers are sent only once the earlier body (sent
 * again with its key) is refused; an earlier return that exists is shown instead. A `rejected`
 * error with a `field` (`lines[1].quantity`, `email`, `orderId`) marks that field on its step.
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
  static override styles = [...RlElement.styles, spinnerStyles, fieldStyles, returnFormStyles];

  /** What identifies the order besides its number: `email` (default) or `postcode`. */
  @property() lookup: 'email' | 'postcode' = 'email';

  /** Order number to prefill (links in emails and packing slips). The URL parameter `order` works too. */
  @property() order?: string;

  /**
   * How order numbers look in this shop, shown in the lookup hint ("for example RL-1001"). The
   * typed number is tidied before it is sent (`#`, case, spaces: `#rl 1001` → `RL-1001`), and
   * backends built on `orderNumberMatches` also accept it without the prefix (`1001`).
   */
  @property({ attribute: 'order-example' }) orderExample = 'RL-1001';

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
  @state() private busy = false;
  @state() private errors: StepError[] = [];
  @state() private failure?: string;
  @state() private notes = new Map<string, string>();
  @state() private qr?: typeof import('./qr.js');
  @state() private uploader = false;
  private sizeGuideLoaded = false;
  private seenContext?: unknown;
  private autoLookupDone = false;

  private readonly store = new StoreController(this);
  private readonly i18n = new LocaleController(this, this.store, returnFormMessages);

  /** The session-storage key of this form's draft (one per page path and element id). */
  get draftKey(): string {
    return `return-form:${location.pathname}${this.id ? `#${this.id}` : ''}`;
  }

  /** The current step (`status` in the status view). */
  get step(): ReturnStep | 'status' {
    return this.showingStatus ? 'status' : (this.draft?.step ?? 'lookup');
  }

  // ── what the controllers see (FormHost) ──────────────────────────────────

  private readonly host: FormHost = this.makeHost();
  private readonly orders = new OrderController(this.host, () => ({
    by: this.lookup === 'postcode' ? 'postcode' : 'email',
    token: this.orderToken,
    country: this.store.config.country,
  }));
  private readonly estimate = new EstimateController(this.host);
  private readonly sizes = new ExchangeSizes(this.host);
  private readonly statusView = new StatusController(this.host);
  private readonly submitter = new SubmitController(this.host, () => this.draftKey);

  private makeHost(): FormHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the host reads the element's live state
    const el = this;
    return {
      element: this,
      draft: () => el.draft,
      policy: () => el.orders.policy,
      reasons: () => el.orders.reasons,
      options: () => el.orders.options,
      support: () => el.support,
      locale: () => el.i18n.lang,
      t: () => el.i18n.t,
      core: () => el.i18n.core,
      adapter: () => el.store.adapter,
      contextReady: () => el.contextReady,
      get busy() {
        return el.busy;
      },
      set busy(busy: boolean) {
        el.busy = busy;
      },
      supports: (method) => el.supports(method),
      loadRemote: () => el.loadRemote(),
      setLine: (id, patch) => el.setLine(id, patch),
      setDraft: (draft) => el.setDraft(draft),
      go: (step) => el.go(step),
      lookupAgain: () => el.lookupAgain(),
      showProblems: (errors, failure) => el.showProblems(errors, failure),
      markRefused: (field, request) => el.markRefused(field, request),
      fail: (error, method) => el.fail(error, method),
    };
  }

  private get support(): Support {
    return { quote: this.supports('quoteReturn'), photos: this.supports('uploadMedia') && hasPart('media-uploader'), exchange: true };
  }

  private supports(method: AdapterMethod): boolean {
    return typeof this.store.adapter?.[method] === 'function';
  }

  private get reasons(): ReturnReason[] {
    return this.orders.reasons;
  }

  private get contextReady(): boolean {
    return this.orders.context.status === 'ready';
  }

  private get steps(): readonly ReturnStep[] {
    return flowSteps(this.draft?.path ?? 'return', this.supports('getReturnReasons'));
  }

  private get showingStatus(): boolean {
    return this.statusView.open || this.mode === 'status' || (!this.mode && Boolean(this.returnId));
  }

  // ── lifecycle ────────────────────────────────────────────────────────────

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.draft) this.restore();
    if (changed.has('returnId') || changed.has('email'))
      this.statusView.prefill(this.returnId || param('return-id'), this.email || param('email'));
    const context = this.orders.context.value;
    if (context && context !== this.seenContext) {
      // Once the context is there: the estimate and size charts for the step the shopper is on.
      this.seenContext = context;
      this.fetchFor(this.draft!.step);
    }
    if (this.store.adapter && !this.autoLookupDone && this.orderToken && this.draft && !this.draft.order && this.draft.lookup.orderNumber) {
      this.autoLookupDone = true;
      queueMicrotask(() => void this.orders.lookup());
    }
    if (this.showingStatus) this.statusView.autoload();
    this.loadParts();
  }

  /** The media uploader when a reason needs photos, the size guide for a size reason. */
  private loadParts(): void {
    const chosen = this.draft ? selectedLines(this.draft).map(({ choice }) => findReason(this.reasons, choice.reasonId)) : [];
    if (chosen.some((r) => r?.requiresPhoto) && !this.uploader && this.supports('uploadMedia') && hasPart('media-uploader'))
      void loadPart('media-uploader').then((ok) => (this.uploader = ok));
    if (chosen.some((r) => sizeDirection(r)) && !this.sizeGuideLoaded && this.supports('getSizeChart') && hasPart('size-guide')) {
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
    return html`${renderStepper(v)}${this.renderStep(v)}`;
  }

  private renderStep(v: FormView) {
    const step = v.draft.step;
    if (step === 'lookup') return renderLookup(v);
    const r = this.orders.context.module;
    if (!r || (stepNeeds(step).context && !this.contextReady)) return this.orders.context.render({ ready: () => nothing });
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

  private view(draft: ReturnFormDraft): FormView {
    const errors = this.errors;
    return {
      t: this.i18n.t,
      lang: this.i18n.lang,
      headingLevel: this.headingLevel,
      draft,
      steps: this.steps,
      errors,
      failure: this.failure,
      busy: this.busy,
      lookup: {
        by: this.lookup === 'postcode' ? 'postcode' : 'email',
        hasToken: Boolean(this.orderToken),
        withdrawal: this.withdrawal || this.mode === 'withdrawal',
        example: this.orderExample,
      },
      policy: this.orders.policy,
      options: this.orders.options,
      reasons: this.reasons,
      support: this.support,
      notes: this.notes,
      sizes: this.sizes,
      sizeGuide: this.supports('getSizeChart') && hasPart('size-guide'),
      estimate: this.estimate,
      submitted: this.submitter,
      status: this.statusView,
      qr: this.qr,
      fieldError: (field) => errors.find((e) => e.field === field),
      setLine: (id, patch) => this.setLine(id, patch),
      setDraft: (patch) => this.update_(patch),
      setQuantity: (id, typed, input) => this.setQuantity(id, typed, input),
      next: (e) => void this.next(e),
      back: () => {
        const to = retreat(draft, this.steps);
        if (to) void this.go(to);
      },
      goTo: (step) => void this.go(step),
      switchPath: (path) => {
        this.update_(switchPath(draft, path));
        void this.go('lookup');
      },
      startOver: () => this.startOver(),
    };
  }

  // ── draft ────────────────────────────────────────────────────────────────

  /** Replaces the draft and saves it. */
  private setDraft(draft: ReturnFormDraft): void {
    this.draft = draft;
    this.persist();
  }

  /** Applies a change, saves the draft, clears fixed errors and refreshes the estimate. */
  private update_(patch: Partial<ReturnFormDraft>): void {
    this.setDraft({ ...this.draft!, ...patch });
    if (this.errors.length)
      this.errors = validateStep(this.draft!.step, this.draft!, this.context()).filter((e) => this.errors.some((o) => o.field === e.field));
    if (stepNeeds(this.draft!.step).quote) this.estimate.schedule(this.draft!);
  }

  private setLine(id: string, patch: Partial<LineChoice>): void {
    const current = own(this.draft!.lines, id) ?? { selected: false, quantity: 1 };
    // Suggest right away: the exchange for the suggested size becomes the default choice.
    const next = this.sizes.withSuggestion(id, { ...current, ...patch }, patch);
    this.update_({ lines: { ...this.draft!.lines, [id]: next } });
    if ('reasonId' in patch) void this.sizes.ensureCharts();
  }

  private setQuantity(id: string, typed: number, input?: HTMLInputElement): void {
    const max = own(this.orders.options, id)?.maxQuantity ?? 1;
    const quantity = clampQuantity(typed, max);
    // Lit leaves the input alone when the bound value stays the same (2 → 2): show the number used.
    if (input) input.value = String(quantity);
    this.notes = new Map(this.notes).set(`quantity-${id}`, typed > max ? this.i18n.t.quantityClamped(max) : '');
    this.setLine(id, { quantity });
  }

  private persist(): void {
    if (this.draft && this.draft.step !== 'confirmation') saveDraft(this.draftKey, this.draft);
  }

  private context() {
    return {
      lookupBy: this.lookup === 'postcode' ? 'postcode' : 'email',
      hasToken: Boolean(this.orderToken),
      reasons: this.reasons,
      options: this.orders.options,
      support: this.support,
      exchangeable: (id: string) => this.sizes.choices(id).length > 0,
      steps: this.steps,
    } as const;
  }

  // ── navigation (domain/return-flow.ts) ───────────────────────────────────

  private async next(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const step = advance(this.draft!, this.context());
    if (!step) return;
    if (step.kind === 'invalid') return this.showProblems(step.errors);
    if (step.kind === 'lookup') return this.orders.lookup();
    if (step.kind === 'submit') return this.submitter.submit();
    this.draft = step.draft;
    await this.go(step.to);
  }

  /** Shows `step`, saves the draft, fetches what the step needs and focuses its heading. */
  private async go(step: ReturnStep): Promise<void> {
    this.errors = [];
    this.failure = undefined;
    this.setDraft({ ...this.draft!, step });
    emit<ReturnStepDetail>(this, 'rl-return-step', { step });
    this.fetchFor(step);
    if (step === 'confirmation' && !this.qr && this.submitter.confirmation?.labels.some((l) => l.code))
      void import('./qr.js').then(
        (m) => (this.qr = m),
        () => undefined, // the code stays readable as text
      );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  private fetchFor(step: ReturnStep): void {
    if (stepNeeds(step).charts) void this.sizes.ensureCharts();
    if (stepNeeds(step).quote) this.estimate.schedule(this.draft!);
  }

  /** The backend refused the lookup proof (expired or forged): back to lookup, choices kept. */
  private async lookupAgain(): Promise<void> {
    this.estimate.reset();
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

  /** A field the backend refused: its step, the field marked with its message, a link in the summary; every answer kept. */
  private async markRefused(field: string, request?: ReturnRequest): Promise<boolean> {
    const stepper = (id: string) => (own(this.orders.options, id)?.maxQuantity ?? 0) > 1;
    const found = refusedField(field, this.draft!, request, stepper);
    if (!found || !this.steps.includes(found.step)) return false;
    if (this.draft!.step !== found.step) await this.go(found.step);
    await this.showProblems([found.error]);
    return true;
  }

  private startOver(): void {
    clearDraft(this.draftKey);
    const draft = emptyDraft(newIdempotencyKey(), this.mode === 'withdrawal' ? 'withdrawal' : 'return');
    draft.lookup = { orderNumber: '', email: this.draft?.lookup.email ?? '', postalCode: '' };
    this.draft = draft;
    this.submitter.reset();
    this.estimate.reset();
    void this.go('lookup');
  }

  // ── adapter calls ────────────────────────────────────────────────────────

  private async loadRemote(): Promise<Remote> {
    const remote = await this.orders.context.loadModule();
    this.requestUpdate();
    return remote;
  }

  private fail(error: unknown, method: FailedCall): AdapterErrorCode {
    const code = errorCode(error);
    emit<ReturnErrorDetail>(this, 'rl-return-error', { code, method });
    return code;
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
