import { html, nothing, type PropertyValues } from 'lit';
import type { AdapterErrorCode } from '../../adapters/errors.js';
import { RlElement } from '../../core/base-element.js';
import { emit } from '../../core/events.js';
import { formatNumber } from '../../core/format.js';
import { loadChild } from '../../core/child-elements.js';
import { LoadController } from '../../core/load-controller.js';
import { addStyles } from '../../core/add-styles.js';
import { LocaleController } from '../../core/locale-controller.js';
import { PaceController } from '../../core/pace.js';
import { StoreController } from '../../core/store-controller.js';
import { reviewLimits, type ReviewFieldError } from '../../domain/review-input.js';
import type { ReviewReceipt } from '../../domain/review-submit.js';
import type { RlMediaUploader } from '../media-uploader/media-uploader.js';
import { ReviewDraftStore, type ReviewDraft } from './review-draft.js';
import type { FormFieldError } from './review-errors.js';
import {
  renderBody,
  renderConsent,
  renderFieldError,
  renderFit,
  renderRating,
  renderTextField,
  type FieldsContext,
} from './review-fields.js';
import { reviewFormMessages } from './review-form.messages.js';
import { reviewFormStyles } from './review-form.styles.js';
import { UploaderStandIn } from './uploader-stand-in.js';
import { upgradeProperties } from '../../core/upgrade-properties.js';
import { fieldStyles } from '../../core/field.styles.js';

export interface ReviewSubmittedDetail {
  reviewId: string;
  status: 'published' | 'pending';
}
export interface ReviewErrorDetail {
  code: AdapterErrorCode;
  /** The field the backend refused, when it said. */
  field?: string;
}

let instances = 0;
/** The body's limit with thousands grouped as en and zh-CN write it (`5,000`), without Intl. */
const PLAIN_MAX = String(reviewLimits.body).replace(/\B(?=(\d{3})+$)/g, ',');
/** The uploader's chunk (absent from a build without it: then no photos). */
const childChunks = import.meta.glob<unknown>(['../media-uploader/define.ts']);

/**
 * A review form: star rating (a native radio group — arrow keys move and choose), title,
 * body with a character counter, an optional fit question, name and email, photos and
 * videos through `<rl-media-uploader>`, and consent for showing them publicly.
 *
 * Errors are checked before sending and summarised at the top with links to each field;
 * focus moves to the summary. What the shopper typed survives a reload (sessionStorage) and
 * a failed submit; a retried or double-clicked submit creates one review (Idempotency-Key).
 * Text is submitted as typed and shown as text. Nothing about the form depends on the
 * rating given.
 *
 * The uploader is loaded when it is about to be used: until the first focus or pointer inside
 * the form (or a file dragged onto it) the photo area is a stand-in with the uploader's own
 * look, limits and add button; a click on it still opens the file dialog, and files picked,
 * dropped or pasted meanwhile are handed to the uploader. Nothing moves when it is swapped.
 *
 * @summary Review form with rating, fit, photos and videos; drafts, idempotent submit.
 * @tag rl-review-form
 *
 * @event {CustomEvent<ReviewSubmittedDetail>} rl-review-submitted - The review was accepted. `detail: { reviewId, status }` (`published` or `pending`).
 * @event {CustomEvent<ReviewErrorDetail>} rl-review-error - Sending failed; everything typed is kept. `detail: { code, field? }`.
 *
 * @csspart form - The `<form>`.
 * @csspart summary - The error summary.
 * @csspart rating - The star rating group.
 * @csspart star - One star's label.
 * @csspart field - Each field's wrapper.
 * @csspart input - Text inputs and the text area.
 * @csspart counter - The character counter.
 * @csspart fit - The fit question.
 * @csspart uploader - The media uploader (before it loads, its stand-in, which looks the same).
 * @csspart consent - The consent checkbox line.
 * @csspart submit - The submit button.
 * @csspart error - The error shown when sending failed.
 * @csspart success - The thank-you message.
 *
 * @cssprop [--rl-review-form-star-color=#b45309] - Colour of chosen stars.
 * @cssprop [--rl-review-form-star-size=2rem] - Size of the stars.
 */
export class RlReviewForm extends RlElement {
  static {
    upgradeProperties(this);
  }
  static override styles = [...RlElement.styles, fieldStyles, reviewFormStyles];
  static override properties = {
    productId: { attribute: 'product-id' },
    askFit: { attribute: 'ask-fit', type: Boolean },
    maxFiles: { attribute: 'max-files', type: Number },
    mediaAccept: { attribute: 'media-rules' },
    acceptHeic: { attribute: 'accept-heic', type: Boolean },
    invitation: {},
    errors: { attribute: false },
    sending: { attribute: false },
    failure: { attribute: false },
    receipt: { attribute: false },
  };

  /** The product being reviewed (required to submit; keys the draft). */
  productId?: string;

  /** Always ask the fit question (otherwise asked when the product has a size chart). */
  askFit = false;

  /** Most photos and videos per review. */
  maxFiles = 6;

  /** Which media shoppers may add: `image`, `video`, or both (default). */
  mediaAccept = 'image,video';

  /** Passed to the uploader: the backend accepts HEIC originals the browser cannot convert. */
  acceptHeic = false;

  /**
   * A review invitation: the signed token a shop emails per delivered order line. It travels
   * with the review as proof of purchase (the verified-buyer badge; a typed email never counts).
   * Defaults to the page URL's `invitation` parameter, so invitation links work without code.
   */
  invitation?: string;

  private errors: FormFieldError[] = [];
  private sending = false;
  private failure?: AdapterErrorCode;
  private receipt?: ReviewReceipt & { mediaPending: boolean };

  private readonly store = new StoreController(this);
  private readonly i18n = new LocaleController(this, this.store, reviewFormMessages);
  private readonly uid = `rf-${++instances}`;
  /**
   * The first render draws rating, title and text; then fit, name and email; then the photos' face
   * is made off the page (the stand-in's drop zone: the heaviest part); then photos, consent and
   * submit appear. A frame apart: four short tasks rather than one long one (issue 16).
   */
  private readonly pace = new PaceController(this, 1, 1);
  private readonly drafts = new ReviewDraftStore(this);
  private remote?: Promise<typeof import('./review-remote.js')>;
  private remoteModule?: typeof import('./review-remote.js');

  private readonly fitCheck = new LoadController(
    this,
    () => {
      const adapter = this.store.adapter;
      return this.askFit || !this.productId || typeof adapter?.getSizeChart !== 'function'
        ? undefined
        : ([adapter, this.productId, this.i18n.lang] as const);
    },
    async ([adapter, productId, lang], signal) => (await import('./review-fit-check.js')).hasSizeChart(adapter, productId, lang, signal),
  );

  private get showFit(): boolean {
    return this.askFit || this.fitCheck.value === true;
  }

  private get draft(): ReviewDraft {
    return this.drafts.draft;
  }

  /** Moves focus to the form's first field (what `<rl-reviews>`' "Write a review" button does). */
  override focus(options?: FocusOptions): void {
    const field = this.renderRoot.querySelector<HTMLElement>('input, select, textarea, button');
    if (field) field.focus(options);
    else super.focus(options);
  }

  private loadRemote() {
    return (this.remote ??= import('./review-remote.js').then((m) => {
      // The summary's and the thanks' styles come with it: only a submit shows either.
      addStyles(this, [m.outcomeStyles]);
      return (this.remoteModule = m);
    }));
  }

  /** The uploader's face until the shopper shows a sign of using the form; then its chunk loads (see uploader-stand-in.ts). */
  private readonly standIn = new UploaderStandIn(
    this,
    this.uid,
    {
      adapter: () => this.store.adapter,
      lang: () => this.i18n.lang,
      accept: () => this.mediaAccept,
      maxFiles: () => this.maxFiles,
      label: () => this.i18n.t.media,
      disabled: () => this.sending,
      faceDue: () => this.pace.drawn === 3,
    },
    () => loadChild('rl-media-uploader', childChunks),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) this.pace.restart();
    // A shopper in the form will submit it: its code (review-remote.ts and what it imports) is fetched now, not on the click.
    this.addEventListener('focusin', this.prepareSubmit, { once: true });
  }

  private readonly prepareSubmit = (): void => {
    this.loadRemote().catch(() => (this.remote = undefined)); // offline: the submit tries again and says so
  };

  /** Also waits for the later parts of the first render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.pace.done;
    return complete && (await super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('productId') && this.drafts.loadFor(this.productId)) {
      this.errors = [];
      this.receipt = undefined;
    }
    // A restored draft with photos lists them at once: only the uploader can.
    if (this.draft.media.length) this.standIn.wake();
  }

  protected override updated(): void {
    // Once defined, the uploader gets the draft's media, then what arrived at the stand-in.
    this.drafts.handTo(this.uploader);
    this.standIn.handTo(this.uploader);
  }

  private get uploader(): RlMediaUploader | null {
    return this.shadowRoot?.querySelector('rl-media-uploader') ?? null;
  }

  private set(patch: Partial<ReviewDraft>): void {
    this.drafts.set(patch);
    // Fixing a field clears its error at once; new errors appear only on submit (errors exist once the remote module has loaded).
    if (this.errors.length) this.errors = this.remoteModule!.errorsAfterEdit(this.errors, this.validate(), patch);
  }

  /** Needs the remote module (loaded by the first submit, before any error exists). */
  private validate(): ReviewFieldError[] {
    const d = this.draft;
    if (!this.remoteModule) return [];
    return this.remoteModule.validateReviewDraft(
      { ...d, mediaIds: d.media.map((m) => m.id), mediaBusy: this.uploader?.busy ?? false, mediaConsent: d.consent },
      { askFit: this.showFit },
    );
  }

  private onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.submitting) return; // a double click sends once
    this.submitting = true;
    try {
      await this.submit();
    } finally {
      this.submitting = false;
    }
  };

  /** Set from the click until the outcome is shown, including the wait for the validation code. */
  private submitting = false;

  private async submit(): Promise<void> {
    this.failure = undefined;
    try {
      await this.loadRemote();
    } catch {
      this.remote = undefined; // offline before the chunk arrived: show the failure, allow a retry
      this.failure = 'network';
      emit<ReviewErrorDetail>(this, 'rl-review-error', { code: 'network' });
      return;
    }
    this.errors = this.validate();
    if (this.errors.length) return this.focusOn('.summary');
    this.sending = true;
    try {
      // What is sent, and what a failure means: review-remote.ts (loaded by this submit).
      const outcome = await this.remoteModule!.sendReview(this.store.adapter, this.draft, {
        productId: this.productId ?? '',
        askFit: this.showFit,
        uploader: this.uploader,
        invitation: this.invitation,
      });
      if ('receipt' in outcome) {
        const { receipt } = outcome;
        this.drafts.clear();
        this.receipt = receipt;
        emit<ReviewSubmittedDetail>(this, 'rl-review-submitted', { reviewId: receipt.id, status: receipt.status });
        await this.focusOn('.success');
      } else {
        const { code, field, refused } = outcome;
        emit<ReviewErrorDetail>(this, 'rl-review-error', { code, ...(field ? { field } : {}) });
        // A field the backend refused is marked like a checked one (message, summary link, focus); everything typed stays.
        if (refused) this.errors = [refused];
        else this.failure = code;
        await this.focusOn(refused ? '.summary' : '.failure');
      }
    } finally {
      this.sending = false;
    }
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.shadowRoot!.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Starts a fresh review (after success). */
  reset(): void {
    this.drafts.clear();
    this.receipt = undefined;
    this.errors = [];
    this.failure = undefined;
    this.uploader?.clear(false);
  }

  protected override render() {
    const t = this.i18n.t;
    const adapter = this.store.adapter;
    if (adapter && typeof adapter.submitReview !== 'function') return html`<p part="error">${t.unavailable}</p>`;
    // A receipt exists only once a submit has loaded the remote module (which draws the thanks).
    if (this.receipt) return this.remoteModule!.renderSuccess(this.i18n.lang, this.receipt, () => this.reset());
    const id = (f: string) => `${this.uid}-${f}`;
    const bodyLength = this.draft.body.trim().length;
    const lang = this.i18n.lang;
    const c: FieldsContext = {
      t,
      draft: this.draft,
      id,
      error: (field) => {
        const e = this.errors.find((x) => x.field === field);
        return e && this.errorText(e);
      },
      set: (patch) => this.set(patch),
    };
    // Four parts, a frame apart on the first render (core/pace.ts); all at once afterwards. The third
    // draws nothing new: the stand-in makes the photos' face off the page after it (its hostUpdated),
    // and the fourth shows it.
    const parts = this.pace.count(4);
    return html`<form part="form" class=${this.pace.waiting ? 'drawing' : ''} novalidate @submit=${this.onSubmit} aria-busy=${this.sending ? 'true' : 'false'}>
      ${this.renderSummary()}
      <fieldset class="fields" ?disabled=${this.sending}>
        ${renderRating(c)}
        ${renderTextField(c, 'title', { label: t.title, need: t.optional, autocomplete: 'off' })}
        ${renderBody(c, {
          // Plain digits until there is text: the page's first Intl formatter is a long task, and first paint can do without.
          text: bodyLength ? t.counter(formatNumber(bodyLength, lang), formatNumber(reviewLimits.body, lang)) : t.counter('0', PLAIN_MAX),
          over: bodyLength > reviewLimits.body,
        })}
        ${parts > 1 ? this.renderAboutYou(c) : nothing} ${parts > 3 ? this.renderRest(c) : nothing}
      </fieldset>
      ${parts > 3 ? this.renderEnd() : nothing}
    </form>`;
  }

  /** The second part of the form: fit, name, email. */
  private renderAboutYou(c: FieldsContext) {
    const t = c.t;
    return html`${this.showFit ? renderFit(c) : nothing}
      ${renderTextField(c, 'author', { label: t.author, need: t.required, autocomplete: 'name', hint: t.authorHint })}
      ${renderTextField(c, 'email', { label: t.email, need: t.required, autocomplete: 'email', type: 'email', hint: t.emailHint })}`;
  }

  /** The last part of the form: photos (the uploader's stand-in, its face made a turn before) and consent. */
  private renderRest(c: FieldsContext) {
    const { t, id } = c;
    return html`<div class="field ${c.error('media') ? 'invalid' : ''}" part="field">
          <p class="label" id=${id('media-label')}>${t.media} <span class="muted">${t.optional}</span></p>
          ${renderFieldError(c, 'media')}
          ${
            this.standIn.showing
              ? this.standIn.render()
              : html`<rl-media-uploader
            id=${id('media')}
            part="uploader"
            purpose="review"
            accept=${this.mediaAccept}
            max-files=${this.maxFiles}
            ?accept-heic=${this.acceptHeic}
            label=${t.media}
            @change=${this.onMediaChange}
            @rl-media-add=${this.onMediaChange}
            @rl-media-error=${this.onMediaChange}
            @rl-media-remove=${this.onMediaChange}
            @input=${this.onMediaChange}
          ></rl-media-uploader>`
          }
        </div>

        ${renderConsent(c)}`;
  }

  /** The failure message and the submit button. */
  private renderEnd() {
    const t = this.i18n.t;
    return html`${
      this.failure
        ? html`<div class="failure" part="error" role="alert" tabindex="-1">
            <p>${t.failed}</p>
            <p>${this.failureText()}</p>
          </div>`
        : nothing
    }

      <button class="submit" part="submit" type="submit" aria-disabled=${this.sending ? 'true' : 'false'}>
        ${this.sending ? t.sending : t.submit}
      </button>`;
  }

  private failureText(): string {
    // Error wording arrives with the remote module, which a failed submit has loaded (unless loading it failed).
    return this.failure && this.remoteModule ? this.remoteModule.errorMessage(this.failure, this.i18n.core) : this.i18n.t.failedRetry;
  }

  /** Errors exist only once the remote module (holding their wording) has loaded. */
  private errorText(e: FormFieldError): string {
    return this.remoteModule!.reviewErrorText(e, this.i18n.lang);
  }

  private renderSummary() {
    if (!this.errors.length || !this.remoteModule) return nothing;
    return this.remoteModule.renderReviewSummary(this.errors, { uid: this.uid, title: this.i18n.t.summaryTitle, lang: this.i18n.lang });
  }

  /** Also on `input` (a description typed in the uploader), so descriptions survive a reload too. */
  private onMediaChange = (): void => {
    this.drafts.takeFrom(this.uploader);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'rl-review-form': RlReviewForm;
  }
  interface HTMLElementEventMap {
    'rl-review-submitted': CustomEvent<ReviewSubmittedDetail>;
    'rl-review-error': CustomEvent<ReviewErrorDetail>;
  }
}
