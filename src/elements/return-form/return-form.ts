import { html, nothing, type PropertyValues } from 'lit';
import type { AdapterMethod } from '../../adapters/adapter.js';
import type { AdapterErrorCode } from '../../adapters/errors.js';
import { errorCode } from '../../core/error-code.js';
import { RlElement } from '../../core/base-element.js';
import { loadDraft, newIdempotencyKey, saveDraft } from '../../core/draft.js';
import { emit } from '../../core/events.js';
import { LocaleController } from '../../core/locale-controller.js';
import { nextTask } from '../../core/next-task.js';
import { StoreController } from '../../core/store-controller.js';
import { emptyDraft, flowSteps, switchPath, type ReturnFormDraft, type ReturnStep } from '../../domain/return-draft.js';
import type { StepError } from '../../domain/return-request.js';
import { upgradeProperties } from '../../core/upgrade-properties.js';
import { returnFormMessages } from './return-form.messages.js';
import { returnFormStyles } from './return-form.styles.js';
import { renderLookup } from './steps/lookup.js';
import { renderStepper } from './steps/stepper.js';
import type { FirstView } from './view.js';
import type { FailedCall, FormHost, Remote } from './form-host.js';
import type { ReturnErrorDetail, ReturnStepDetail, ReturnSubmitDetail, ReturnSubmittedDetail } from './events.js';
import type { ReturnFormFlow } from './return-form-flow.js';
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
 * Loading: the element's chunk draws the first screen (step indicator, lookup); the later steps'
 * code is fetched when the shopper focuses or points at the lookup and awaited on Find order. The
 * status view (`mode="status"`, `return-id`) comes with that code, fetched at once (a loading state
 * meanwhile). If it cannot be fetched, an alert (`part="error"`) says so with a retry; nothing typed
 * is lost.
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
 * @csspart counter - Under a reason's comment: its length against the 2,000 characters a return takes.
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
 * @csspart error - A load error with a retry button (also when the later steps' code could not be fetched).
 * @csspart retry-button - The error state's retry button.
 *
 * @cssprop [--rl-return-form-max-width=40rem] - Widest the form grows.
 * @cssprop [--rl-return-form-qr-size=10rem] - Size of a QR code.
 */
export class RlReturnForm extends RlElement {
  static {
    upgradeProperties(this);
  }
  static override styles = [...RlElement.styles, fieldStyles, returnFormStyles];
  static override properties = {
    lookup: {},
    order: {},
    orderExample: { attribute: 'order-example' },
    email: {},
    orderToken: { attribute: 'order-token' },
    mode: { reflect: true },
    withdrawal: { type: Boolean },
    returnId: { attribute: 'return-id' },
    headingLevel: { attribute: 'heading-level', type: Number },
    draft: { attribute: false },
    busy: { attribute: false },
    errors: { attribute: false },
    failure: { attribute: false },
    unavailable: { attribute: false },
  };

  /** What identifies the order besides its number: `email` (default) or `postcode`. */
  lookup: 'email' | 'postcode' = 'email';

  /** Order number to prefill (links in emails and packing slips). The URL parameter `order` works too. */
  order?: string;

  /**
   * How order numbers look in this shop, shown in the lookup hint ("for example RL-1001"). The
   * typed number is tidied before it is sent (`#`, case, spaces: `#rl 1001` → `RL-1001`), and
   * backends built on `orderNumberMatches` also accept it without the prefix (`1001`).
   */
  orderExample = 'RL-1001';

  /** Email to prefill. The URL parameter `email` works too. */
  email?: string;

  /** A signed order token from a signed-in theme: replaces email/postcode and looks the order up at once (with `order`). */
  orderToken?: string;

  /** `return` (default), `withdrawal` (start on the EU withdrawal path) or `status` (the status view). */
  mode?: 'return' | 'withdrawal' | 'status';

  /** Offer the "Withdraw from contract" path on the first step (EU shops). */
  withdrawal = false;

  /** Return number for the status view (implies `mode="status"` when no mode is set). */
  returnId?: string;

  /** Level (1–6) of the step headings, to fit the page outline. */
  headingLevel = 2;

  private draft?: ReturnFormDraft;
  private busy = false;
  private errors: StepError[] = [];
  private failure?: string;
  /** The later steps' code could not be fetched: an alert with a retry (what was typed stays). */
  private unavailable = false;
  private autoLookupDone = false;
  private restoring = false;
  /** The later steps (return-form-flow.ts), once their code is here. */
  private flow?: ReturnFormFlow;
  private remote?: Promise<Remote>;
  /** The later steps' module (its own chunk); a field so a test can make the network fail or hang. */
  private importRemote = (): Promise<Remote> => import('./return-form-remote.js');

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

  private makeHost(): FormHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the host reads the element's live state
    const el = this;
    // What only the flow knows is asked for by the flow's controllers, so only once it is here.
    const flow = () => el.flow!;
    return {
      element: this,
      draft: () => el.draft,
      policy: () => flow().orders.policy,
      reasons: () => flow().reasons,
      options: () => flow().orders.options,
      support: () => flow().support,
      locale: () => el.i18n.lang,
      t: () => el.i18n.t,
      flowT: () => flow().t,
      core: () => el.i18n.core,
      adapter: () => el.store.adapter,
      contextReady: () => flow().contextReady,
      get busy() {
        return el.busy;
      },
      set busy(busy: boolean) {
        el.busy = busy;
      },
      supports: (method) => el.supports(method),
      loadRemote: () => el.loadRemote(),
      setLine: (id, patch) => flow().setLine(id, patch),
      setDraft: (draft) => el.setDraft(draft),
      patch: (patch) => el.patch(patch),
      go: (step) => el.go(step),
      lookupAgain: () => flow().lookupAgain(),
      showProblems: (errors, failure) => el.showProblems(errors, failure),
      markRefused: (field, request) => flow().markRefused(field, request),
      fail: (error, method) => el.fail(error, method),
      errorWords: (code) => el.errorWords(code),
    };
  }

  private supports(method: AdapterMethod): boolean {
    return typeof this.store.adapter?.[method] === 'function';
  }

  private get steps(): readonly ReturnStep[] {
    return flowSteps(this.draft?.path ?? 'return', this.supports('getReturnReasons'));
  }

  private get showingStatus(): boolean {
    return Boolean(this.flow?.status.open) || this.mode === 'status' || (!this.mode && Boolean(this.returnId));
  }

  // ── lifecycle ────────────────────────────────────────────────────────────

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.draft) this.restore();
    if (changed.has('returnId') || changed.has('email')) this.prefillStatus();
    if (this.flow) this.flow.willUpdate();
    // A draft restored on a later step, and the status view, need the later steps' code at once (the import()
    // call, which costs a few milliseconds itself, in a task after this render's).
    else if ((this.draft!.step !== 'lookup' || this.showingStatus) && !this.unavailable && !this.restoring) {
      this.restoring = true;
      void nextTask().then(() => this.openFlow(false));
    }
    if (this.store.adapter && !this.autoLookupDone && this.orderToken && this.draft && !this.draft.order && this.draft.lookup.orderNumber) {
      this.autoLookupDone = true;
      queueMicrotask(() => void this.findOrder());
    }
    if (this.showingStatus) this.flow?.status.autoload();
  }

  /** The status view's return number and email from attributes or URL parameters (what was typed stays). */
  private prefillStatus(): void {
    this.flow?.status.prefill(this.returnId || param('return-id'), this.email || param('email'));
  }

  private restore(): void {
    const saved = loadDraft<ReturnFormDraft>(this.draftKey);
    if (saved?.idempotencyKey && saved.step && saved.lookup && saved.lines) {
      this.draft = saved;
      return;
    }
    const draft = emptyDraft(newIdempotencyKey(), this.startPath);
    draft.lookup = { orderNumber: this.order ?? param('order'), email: this.email ?? param('email'), postalCode: param('postcode') };
    this.draft = draft;
  }

  private get startPath(): ReturnFormDraft['path'] {
    return this.mode === 'withdrawal' ? 'withdrawal' : 'return';
  }

  protected override render() {
    const draft = this.draft;
    if (!draft) return nothing;
    const v = this.view(draft);
    if (this.showingStatus) return this.flow ? this.flow.renderStatus(v) : this.renderWaiting();
    return html`${renderStepper(v)}${this.unavailable ? this.renderUnavailable() : nothing}${this.renderStep(v)}`;
  }

  private renderStep(v: FirstView) {
    if (v.draft.step === 'lookup') return renderLookup(v);
    if (this.flow) return this.flow.renderStep(v);
    // A restored draft: its step's code is on its way (or could not be fetched: the alert above).
    return this.unavailable ? nothing : this.renderWaiting();
  }

  /** While the later steps' code (or the status view's) is on its way; the alert with a retry if it could not be fetched. */
  private renderWaiting() {
    if (this.unavailable && this.showingStatus) return this.renderUnavailable();
    return html`<div class="skeleton" part="loading" role="status" aria-busy="true"><span class="visually-hidden">${this.i18n.core.loading}</span></div>`;
  }

  /** The later steps' code could not be fetched: say so, offer a retry (Find order again on the lookup). */
  private renderUnavailable() {
    return html`<div class="error-summary" part="error" role="alert" tabindex="-1">
      <p class="error-summary-title">${this.i18n.t.unavailable}</p>
      <button type="button" class="button" part="retry-button" @click=${() => void this.retry()}>${this.i18n.core.retry}</button>
    </div>`;
  }

  private view(draft: ReturnFormDraft): FirstView {
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
      fieldError: (field) => errors.find((e) => e.field === field),
      setDraft: (patch) => this.patch(patch),
      next: (e) => void this.next(e),
      back: () => this.flow?.back(),
      switchPath: (path) => {
        this.patch(switchPath(draft, path));
        void this.go('lookup');
      },
      prefetch: () => void this.loadRemote().catch(() => undefined), // Find order tries again, and says so
    };
  }

  // ── draft ────────────────────────────────────────────────────────────────

  /** Replaces the draft and saves it. */
  private setDraft(draft: ReturnFormDraft): void {
    this.draft = draft;
    this.persist();
  }

  /** Applies a change, saves the draft, clears fixed errors and refreshes the estimate. */
  private patch(patch: Partial<ReturnFormDraft>): void {
    this.setDraft({ ...this.draft!, ...patch });
    if (this.flow) this.errors = this.flow.changed(this.errors);
  }

  private persist(): void {
    if (this.draft && this.draft.step !== 'confirmation') saveDraft(this.draftKey, this.draft);
  }

  // ── navigation ───────────────────────────────────────────────────────────

  /** Continue, Find order, Submit: the flow's (its code awaited on the lookup, fetched already as the shopper typed). */
  private async next(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const flow = this.flow ?? (await this.openFlow());
    return flow?.next();
  }

  /** A signed-in theme's token: the order is looked up at once. */
  private async findOrder(): Promise<void> {
    const flow = this.flow ?? (await this.openFlow());
    return flow?.orders.lookup();
  }

  /** The alert's retry: the lookup again on the first step, else the step's code. */
  private async retry(): Promise<void> {
    this.unavailable = false;
    if (this.draft!.step === 'lookup' && !this.showingStatus) {
      if (this.busy) return;
      const flow = await this.openFlow();
      return this.orderToken ? flow?.orders.lookup() : flow?.next();
    }
    await this.openFlow(false);
  }

  /**
   * The later steps' code (busy meanwhile when the shopper is waiting); when it cannot be fetched,
   * an alert with a retry, focused, and every typed answer kept.
   */
  private async openFlow(busy = true): Promise<ReturnFormFlow | undefined> {
    if (busy) this.busy = true;
    try {
      await this.loadRemote();
      this.unavailable = false;
    } catch {
      this.unavailable = true;
    }
    if (busy) this.busy = false;
    if (this.unavailable && busy) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="error"]')?.focus();
    }
    return this.flow;
  }

  /** Shows `step`, saves the draft, fetches what the step needs and focuses its heading. */
  private async go(step: ReturnStep): Promise<void> {
    this.errors = [];
    this.failure = undefined;
    this.setDraft({ ...this.draft!, step });
    emit<ReturnStepDetail>(this, 'rl-return-step', { step });
    this.flow?.entered(step);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  private async showProblems(errors: StepError[], failure?: string): Promise<void> {
    this.errors = errors;
    this.failure = failure;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  // ── adapter calls ────────────────────────────────────────────────────────

  /** Imports the later steps' code once (again after a failure), makes the flow, adds its styles, and has its words in this language. */
  private loadRemote(): Promise<Remote> {
    return (this.remote ??= this.importRemote().then(
      async (remote) => {
        const flow = (this.flow ??= new remote.ReturnFormFlow(this.host, remote, {
          lookup: () => ({
            by: this.lookup === 'postcode' ? 'postcode' : 'email',
            token: this.orderToken,
            country: this.store.config.country,
          }),
          draftKey: () => this.draftKey,
          steps: () => this.steps,
          startPath: () => this.startPath,
        }));
        this.prefillStatus();
        await flow.orders.context.loadModule();
        // Text made outside a render right after this (a failed submit's words) is in the element's language.
        await this.i18n.ready();
        this.requestUpdate();
        return remote;
      },
      (error: unknown) => {
        this.remote = undefined;
        throw error;
      },
    ));
  }

  private fail(error: unknown, method: FailedCall): AdapterErrorCode {
    const code = errorCode(error);
    emit<ReturnErrorDetail>(this, 'rl-return-error', { code, method });
    return code;
  }

  private errorWords(code: AdapterErrorCode): Promise<string> {
    return this.loadRemote().then(
      (remote) => remote.errorMessage(code, this.i18n.core),
      () => this.i18n.t.unavailable,
    );
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
