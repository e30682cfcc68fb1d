/**
 * The return form after the lookup: the order and its context, the steps' rules
 * (`domain/return-flow.ts`), exchange sizes, the live estimate, submitting, refused fields, and
 * the child elements a step needs. It travels with the later steps' code (return-form-remote.ts):
 * the element creates it on the lookup's submit (fetched already when the shopper started typing)
 * or at once for a draft restored on a later step. The element keeps the draft and draws the
 * first screen; both talk through FormHost.
 */
import { clearDraft, newIdempotencyKey } from '../../core/draft.js';
import { messagesIn } from '../../core/i18n.js';
import { advance, backToLookup, retreat, stepNeeds } from '../../domain/return-flow.js';
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
import { EstimateController } from './estimate-controller.js';
import { ExchangeSizes } from './exchange-sizes.js';
import type { FormHost, Remote } from './form-host.js';
import { OrderController, type LookupSettings } from './order-controller.js';
import { hasPart, loadPart } from './parts.js';
import { flowMessages, type FlowMessages } from './return-form-flow.messages.js';
import type { ReturnFormMessages } from './return-form.messages.js';
import { StatusController } from './status-controller.js';
import { SubmitController } from './submit-controller.js';
import type { FirstView, FormView } from './view.js';
import { renderConfirmation } from './steps/confirmation.js';
import { renderItems } from './steps/items.js';
import { renderMethod } from './steps/method.js';
import { renderReasons } from './steps/reasons.js';
import { renderResolution } from './steps/resolution.js';
import { renderReview } from './steps/review.js';
import { renderStatus } from './steps/status.js';

/** What the flow reads of the element besides FormHost. */
export interface FlowSettings {
  lookup(): LookupSettings;
  /** The session-storage key of the draft. */
  draftKey(): string;
  /** The steps the shopper walks (`flowSteps`). */
  steps(): readonly ReturnStep[];
  /** The path a new return starts on (`withdrawal` with `mode="withdrawal"`). */
  startPath(): ReturnFormDraft['path'];
}

const renderers = {
  items: renderItems,
  reasons: renderReasons,
  resolution: renderResolution,
  method: renderMethod,
  review: renderReview,
  confirmation: renderConfirmation,
};

export class ReturnFormFlow {
  readonly orders: OrderController;
  readonly estimate: EstimateController;
  readonly sizes: ExchangeSizes;
  readonly submitter: SubmitController;
  /** The status view: a return's timeline (mode="status", return-id, or from the confirmation). */
  readonly status: StatusController;
  private notes = new Map<string, string>();
  private qr?: typeof import('./qr.js');
  private uploader = false;
  private sizeGuideLoaded = false;
  private seenContext?: unknown;
  private words_?: [ReturnFormMessages, FlowMessages, ReturnFormMessages & FlowMessages];

  constructor(
    private readonly host: FormHost,
    remote: Remote,
    private readonly settings: FlowSettings,
  ) {
    this.orders = new OrderController(host, settings.lookup, () => Promise.resolve(remote));
    this.estimate = new EstimateController(host);
    this.sizes = new ExchangeSizes(host);
    this.submitter = new SubmitController(host, settings.draftKey);
    this.status = new StatusController(host);
  }

  /** The later steps' words in the element's language. */
  get t(): FlowMessages {
    return messagesIn(flowMessages, this.host.locale());
  }

  get support(): Support {
    return {
      quote: this.host.supports('quoteReturn'),
      photos: this.host.supports('uploadMedia') && hasPart('media-uploader'),
      exchange: true,
    };
  }

  get reasons(): ReturnReason[] {
    return this.orders.reasons;
  }

  get contextReady(): boolean {
    return this.orders.context.status === 'ready';
  }

  /** Before each update of the element. */
  willUpdate(): void {
    const context = this.orders.context.value;
    if (context && context !== this.seenContext) {
      // Once the context is there: the estimate and size charts for the step the shopper is on.
      this.seenContext = context;
      this.fetchFor(this.host.draft()!.step);
    }
    this.loadParts();
  }

  /** The media uploader when a reason needs photos, the size guide for a size reason. */
  private loadParts(): void {
    const draft = this.host.draft();
    const chosen = draft ? selectedLines(draft).map(({ choice }) => findReason(this.reasons, choice.reasonId)) : [];
    if (chosen.some((r) => r?.requiresPhoto) && !this.uploader && this.host.supports('uploadMedia') && hasPart('media-uploader'))
      void loadPart('media-uploader').then((ok) => {
        this.uploader = ok;
        this.host.element.requestUpdate();
      });
    if (chosen.some((r) => sizeDirection(r)) && !this.sizeGuideLoaded && this.host.supports('getSizeChart') && hasPart('size-guide')) {
      this.sizeGuideLoaded = true;
      void loadPart('size-guide');
    }
  }

  /** A step after the lookup, once its context is here (the shared loading and error states meanwhile). */
  renderStep(first: FirstView): unknown {
    const step = first.draft.step;
    if (step === 'lookup') return undefined;
    if (stepNeeds(step).context && !this.contextReady) return this.orders.context.render({ ready: () => undefined });
    return renderers[step](this.view(first));
  }

  /** The status view, with both catalogues' words. */
  renderStatus(first: FirstView): unknown {
    return renderStatus(this.view(first));
  }

  private view(first: FirstView): FormView {
    return {
      ...first,
      t: this.words(first.t),
      policy: this.orders.policy,
      options: this.orders.options,
      reasons: this.reasons,
      support: this.support,
      notes: this.notes,
      sizes: this.sizes,
      sizeGuide: this.host.supports('getSizeChart') && hasPart('size-guide'),
      estimate: this.estimate,
      submitted: this.submitter,
      status: this.status,
      qr: this.qr,
      setLine: (id, patch) => this.setLine(id, patch),
      setQuantity: (id, typed, input) => this.setQuantity(id, typed, input),
      goTo: (step) => void this.host.go(step),
      startOver: () => this.startOver(),
    };
  }

  /** Both catalogues as one, made again only when either changes (language, Chinese arrived). */
  private words(first: ReturnFormMessages): ReturnFormMessages & FlowMessages {
    const flow = this.t;
    if (this.words_?.[0] !== first || this.words_[1] !== flow)
      this.words_ = [first, flow, { ...first, ...flow, error: (key) => flow.stepError(key) || first.error(key) }];
    return this.words_[2];
  }

  // ── navigation (domain/return-flow.ts) ───────────────────────────────────

  /** Continue: the step's checks, then the lookup, the submit or the next step. */
  async next(): Promise<void> {
    const step = advance(this.host.draft()!, this.context());
    if (!step) return;
    if (step.kind === 'invalid') return this.host.showProblems(step.errors);
    if (step.kind === 'lookup') return this.orders.lookup();
    if (step.kind === 'submit') return this.submitter.submit();
    this.host.setDraft(step.draft);
    await this.host.go(step.to);
  }

  back(): void {
    const to = retreat(this.host.draft()!, this.settings.steps());
    if (to) void this.host.go(to);
  }

  /** The element shows `step`: fetch what it needs. */
  entered(step: ReturnStep): void {
    this.fetchFor(step);
    if (step === 'confirmation' && !this.qr && this.submitter.confirmation?.labels.some((l) => l.code))
      void import('./qr.js').then(
        (m) => {
          this.qr = m;
          this.host.element.requestUpdate();
        },
        () => undefined, // the code stays readable as text
      );
  }

  private fetchFor(step: ReturnStep): void {
    if (stepNeeds(step).charts) void this.sizes.ensureCharts();
    if (stepNeeds(step).quote) this.estimate.schedule(this.host.draft()!);
  }

  /** After a change the shopper made: the errors still wrong (fixed ones go), and a fresh estimate. */
  changed(errors: StepError[]): StepError[] {
    const draft = this.host.draft()!;
    if (errors.length) errors = validateStep(draft.step, draft, this.context()).filter((e) => errors.some((o) => o.field === e.field));
    if (stepNeeds(draft.step).quote) this.estimate.schedule(draft);
    return errors;
  }

  setLine(id: string, patch: Partial<LineChoice>): void {
    const draft = this.host.draft()!;
    const current = own(draft.lines, id) ?? { selected: false, quantity: 1 };
    // Suggest right away: the exchange for the suggested size becomes the default choice.
    const next = this.sizes.withSuggestion(id, { ...current, ...patch }, patch);
    this.host.patch({ lines: { ...draft.lines, [id]: next } });
    if ('reasonId' in patch) void this.sizes.ensureCharts();
  }

  private setQuantity(id: string, typed: number, input?: HTMLInputElement): void {
    const max = own(this.orders.options, id)?.maxQuantity ?? 1;
    const quantity = clampQuantity(typed, max);
    // Lit leaves the input alone when the bound value stays the same (2 → 2): show the number used.
    if (input) input.value = String(quantity);
    this.notes = new Map(this.notes).set(`quantity-${id}`, typed > max ? this.t.quantityClamped(max) : '');
    this.setLine(id, { quantity });
  }

  private context() {
    const { by, token } = this.settings.lookup();
    return {
      lookupBy: by,
      hasToken: Boolean(token),
      reasons: this.reasons,
      options: this.orders.options,
      support: this.support,
      exchangeable: (id: string) => this.sizes.choices(id).length > 0,
      steps: this.settings.steps(),
    } as const;
  }

  /** The backend refused the lookup proof (expired or forged): back to lookup, choices kept. */
  async lookupAgain(): Promise<void> {
    this.estimate.reset();
    this.host.setDraft(backToLookup(this.host.draft()!));
    await this.host.go('lookup');
    await this.host.showProblems([], this.host.t().lookupExpired);
  }

  /** A field the backend refused: its step, the field marked with its message, a link in the summary; every answer kept. */
  async markRefused(field: string, request?: ReturnRequest): Promise<boolean> {
    const stepper = (id: string) => (own(this.orders.options, id)?.maxQuantity ?? 0) > 1;
    const draft = this.host.draft()!;
    const found = refusedField(field, draft, request, stepper);
    if (!found || !this.settings.steps().includes(found.step)) return false;
    if (draft.step !== found.step) await this.host.go(found.step);
    await this.host.showProblems([found.error]);
    return true;
  }

  private startOver(): void {
    const key = this.settings.draftKey();
    clearDraft(key);
    const draft = emptyDraft(newIdempotencyKey(), this.settings.startPath());
    draft.lookup = { orderNumber: '', email: this.host.draft()?.lookup.email ?? '', postalCode: '' };
    this.submitter.reset();
    this.estimate.reset();
    this.host.setDraft(draft);
    void this.host.go('lookup');
  }
}
