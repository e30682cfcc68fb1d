import { html, nothing } from 'lit';
import { RlElement } from '../../core/base-element.js';
import { emit } from '../../core/events.js';
import { FormControl } from '../../core/form-control.js';
import { formatNumber, formatPercent } from '../../core/format.js';
import { messagesIn } from '../../core/i18n.js';
import { LocaleController } from '../../core/locale-controller.js';
import { StoreController } from '../../core/store-controller.js';
import { upgradeProperties } from '../../core/upgrade-properties.js';
import { LoadController } from '../../core/load-controller.js';
import type { MediaKind, MediaLimits } from '../../domain/media.js';
import { altTooLong, MEDIA_ALT_MAX, parseAccept } from '../../domain/media-rules.js';
import { FileIntake } from '../../core/file-intake.js';
import { eventDetail, pickedItem, type Item, type MediaEventDetail, type MediaEventName, type UploadedMedia } from './media-item.js';
import { MediaList } from './media-list.js';
import { formatDuration, rememberedLimits, renderFace, renderUnavailable, statedLimits } from '../../core/media-face.js';
import { uploaderMessages, type UploaderMessages } from './media-uploader.messages.js';
import { uploaderStyles } from './media-uploader.styles.js';
import { faceStyles } from '../../core/media-face.styles.js';
import type { UploadQueue, UploadSettings } from './upload-queue.js';
import { fieldStyles } from '../../core/field.styles.js';

export type { MediaErrorCode, MediaEventDetail, UploadedMedia } from './media-item.js';

/** A file's row, its own chunk (see `views` below). */
type Views = typeof import('./media-item-view.js');

let instances = 0;

/**
 * Photo and video picker and uploader. Files are checked by their first bytes (not their
 * names), photos are oriented, downscaled and re-encoded on the device (removing location
 * data), videos are checked for size and length without being read into memory, and
 * everything uploads through the adapter's `uploadMedia` with progress, cancel and retry.
 *
 * Every action has a button: add, cancel, retry, remove, move earlier, move later. Drag and
 * drop and paste also work. Progress is announced in steps of 25%.
 *
 * Form-associated: inside a `<form>` it submits one entry per uploaded media id under its
 * `name` (and, in the same order, each description under `<name>-alt`), and supports
 * `required`, `disabled`, reset and validity like a native control.
 *
 * @summary Photo/video uploader: type sniffing, on-device resizing without GPS, resumable uploads.
 * @tag rl-media-uploader
 *
 * @event {CustomEvent<MediaEventDetail>} rl-media-add - A file passed the type and limit checks and is being prepared.
 * @event {CustomEvent<MediaEventDetail>} rl-media-remove - The shopper removed a file.
 * @event {CustomEvent<MediaEventDetail>} rl-media-uploaded - A file finished uploading; `detail.id` and `detail.ref` describe the stored media.
 * @event {CustomEvent<MediaEventDetail>} rl-media-error - A file was refused or its upload failed; `detail.code` says why.
 * @event change - The list of uploaded media ids (`value`) changed.
 *
 * @csspart limits - The text stating accepted types and limits.
 * @csspart dropzone - The area holding the add buttons; files can be dropped on it.
 * @csspart add-button - The "Add photos or videos" button.
 * @csspart camera-button - The camera button (shown on touch devices).
 * @csspart list - The list of files.
 * @csspart item - One file.
 * @csspart thumbnail - A file's thumbnail.
 * @csspart status - A file's status or error text.
 * @csspart progress - A file's progress bar.
 * @csspart alt-input - A file's description field.
 * @csspart alt-error - Below a description longer than 500 characters: how long it is (nothing typed is cut).
 * @csspart note - The "location data removed" note.
 * @csspart actions - A file's buttons.
 * @csspart button - Every small action button.
 *
 * @cssprop [--rl-media-uploader-thumb-size=4.5rem] - Size of thumbnails.
 * @cssprop [--rl-media-uploader-drop-bg=var(--rl-color-subtle)] - Background of the dropzone while a file is dragged over it.
 */
export class RlMediaUploader extends RlElement {
  static {
    upgradeProperties(this);
  }
  static override styles = [...RlElement.styles, fieldStyles, faceStyles, uploaderStyles];
  static override properties = {
    accept: {},
    name: { reflect: true },
    maxFiles: { attribute: 'max-files', type: Number },
    maxImageMb: { attribute: 'max-image-mb', type: Number },
    maxVideoMb: { attribute: 'max-video-mb', type: Number },
    maxVideoSeconds: { attribute: 'max-video-seconds', type: Number },
    maxImageEdge: { attribute: 'max-image-edge', type: Number },
    purpose: {},
    lookupToken: { attribute: 'lookup-token' },
    acceptHeic: { attribute: 'accept-heic', type: Boolean },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    label: {},
    announcement: { attribute: false },
  };
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...RlElement.shadowRootOptions, delegatesFocus: true };

  /** Which kinds are accepted: `image`, `video`, or both (`image,video`, the default). */
  accept = 'image,video';

  /** Form field name; each uploaded media id is submitted under it. */
  name = '';

  /** At most this many files (fewer when the backend's `getMediaLimits` says so). */
  maxFiles = 6;

  /** Largest photo accepted, in megabytes (before resizing). A smaller limit from the backend (`getMediaLimits`) wins: the limit stated is the limit enforced. */
  maxImageMb = 25;

  /** Largest video accepted, in megabytes (or the backend's smaller limit). */
  maxVideoMb = 200;

  /** Longest video accepted, in seconds (or the backend's shorter limit). */
  maxVideoSeconds = 60;

  /** Photos are downscaled so their longer edge is at most this many pixels. */
  maxImageEdge = 2048;

  /**
   * What the media is for; sent with each upload. `review`: shown to shoppers, each file with a
   * description field (for screen readers). `return`: evidence only the shop sees, without one (the
   * return line's comment says what the photos show).
   */
  purpose: 'review' | 'return' = 'review';

  /**
   * For `purpose="return"`: the order's lookup token (`Order.lookupToken`), sent with each upload
   * as proof that the shopper looked the order up. `<rl-return-form>` sets it.
   */
  lookupToken?: string;

  /** The backend accepts HEIC originals, used when this browser cannot convert them. */
  acceptHeic = false;

  /** At least one uploaded file is needed for the form to be valid. */
  required = false;

  /** No files can be added or changed. */
  disabled = false;

  /** Accessible label of the add button's group; defaults to the add button's text. */
  label?: string;

  private announcement = '';

  private readonly store = new StoreController(this);
  private readonly i18n = new LocaleController(this, this.store, uploaderMessages);
  private readonly uid = `mu-${++instances}`;
  private readonly list = new MediaList(this, this.uid);
  private readonly intake = new FileIntake(
    this,
    (files) => void this.addFiles(files),
    () => this.isDisabled,
  );
  /** What the backend accepts (`getMediaLimits`), when the adapter says. */
  private readonly backendLimits = new LoadController(
    this,
    () => {
      const adapter = this.store.adapter;
      return typeof adapter?.getMediaLimits === 'function' ? ([adapter, this.purpose] as const) : undefined;
    },
    async ([adapter, purpose], signal) => (await import('../../core/media-limits-load.js')).loadBackendLimits(adapter, purpose, signal),
  );
  /**
   * A file's row (media-item-view.ts): its own chunk, as a page's uploader is mostly empty when it
   * appears. Fetched when the shopper starts on the drop zone (pointer, focus, a drag), awaited
   * with the first file, and at once for media set from a draft; `updateComplete` waits for it.
   */
  private views?: Views;
  private viewsLoad?: Promise<void>;
  /** The rows' module (its own chunk); a field so a test can make the network fail or hang. */
  private importViews = (): Promise<Views> => import('./media-item-view.js');
  /** Checking, preparing and uploading: its own chunk, loaded with the first file. */
  private queue?: UploadQueue;
  private queueLoad?: Promise<UploadQueue>;
  private readonly settings: UploadSettings = {
    limits: () => this.limits,
    kinds: () => this.kinds,
    adapter: () => this.store.adapter,
    image: () => ({ maxEdge: this.maxImageEdge || 2048, acceptHeic: this.acceptHeic }),
    purpose: () => this.purpose,
    lookupToken: () => this.lookupToken,
    fire: (name, item) => this.fire(name, item),
    announce: (text) => this.announce(text),
    refused: (item) => this.announce(`${item.name}: ${this.problem(item)}`),
    progressed: (item, step) => this.announce(this.i18n.t.progressAnnouncement(item.name, formatPercent(step / 100, this.i18n.lang))),
    uploaded: (item) => {
      this.announce(this.i18n.t.doneAnnouncement(item.name));
      this.fire('rl-media-uploaded', item);
      this.changed();
    },
  };
  private readonly control = new FormControl(this, {
    value: () => this.value,
    validity: () => {
      const t = this.i18n.t;
      if (this.busy) return { flags: { customError: true }, message: t.waitForUploads };
      // A description over the limit is kept as typed (nothing is cut): the form waits until it is shortened.
      if (this.longAlt) return { flags: { tooLong: true }, message: t.altTooLong(formatNumber(MEDIA_ALT_MAX, this.i18n.lang)) };
      if (this.required && !this.value.length) return { flags: { valueMissing: true }, message: t.required };
      return undefined;
    },
    anchor: () => this.longAltField ?? this.shadowRoot?.querySelector<HTMLElement>('.add'),
    reset: () => this.clear(),
    // Descriptions typed after an upload finished travel with the form: `<name>-alt`, one per id, same order.
    extra: () => (this.name ? this.media.map((m) => [`${this.name}-alt`, m.alt ?? ''] as [string, string]) : []),
  });

  /** Uploaded media ids, in the shopper's order. Setting it lists those ids as already uploaded. */
  get value(): string[] {
    return this.media.map((m) => m.id);
  }
  set value(ids: string[]) {
    this.media = (ids ?? []).map((id) => ({ id }));
  }

  /** Uploaded media with kind, name, alt text and moderation status (for drafts). Settable, to restore a draft. */
  get media(): UploadedMedia[] {
    return this.list.media;
  }
  set media(list: UploadedMedia[]) {
    this.clear(false);
    this.list.restore(list ?? []);
  }

  /** True while any file is being checked, prepared or uploaded. */
  get busy(): boolean {
    return this.list.busy;
  }

  /** Files get a description field, except return evidence (only the shop sees it; see `purpose`). */
  private get describable(): boolean {
    return this.purpose !== 'return';
  }

  /** A description over its limit. */
  private get longAlt(): boolean {
    return this.describable && this.list.items.some((item) => altTooLong(item.alt));
  }

  /** The first description field marked too long, as drawn. */
  private get longAltField(): HTMLElement | null | undefined {
    return this.longAlt ? this.shadowRoot?.querySelector<HTMLElement>('[part~="alt-input"][aria-invalid="true"]') : undefined;
  }

  /**
   * Focus lands on what needs fixing: a description that is too long (the review form's error summary
   * links here), else as delegated, on the add button.
   */
  override focus(options?: FocusOptions): void {
    const field = this.longAltField;
    if (field) field.focus(options);
    else super.focus(options);
  }

  get form(): HTMLFormElement | null {
    return this.control.form;
  }
  get validity(): ValidityState | undefined {
    return this.control.validity;
  }
  get validationMessage(): string {
    return this.control.validationMessage;
  }
  checkValidity(): boolean {
    return this.control.checkValidity();
  }
  reportValidity(): boolean {
    return this.control.reportValidity();
  }
  formResetCallback(): void {
    this.control.reset();
  }
  formDisabledCallback(disabled: boolean): void {
    this.control.setDisabledByForm(disabled);
  }

  /** Adds files as if the shopper picked them (also used by drop and paste). Resolves once each file is checked or refused, and shown so. */
  async addFiles(files: Iterable<File>): Promise<void> {
    if (this.isDisabled) return;
    const added = [...files].map((file) => pickedItem(file, this.uid));
    if (!added.length) return;
    this.list.add(added);
    this.announce(this.i18n.t.added(added.length));
    // Files are checked against the limits the backend enforces once it has said them; a slow answer holds them back 1.5 s at most.
    await Promise.race([this.backendLimits.complete, new Promise((wait) => setTimeout(wait, 1500))]);
    // The queue's module brings the refusal wording: in Chinese, its catalogue before the first refusal is announced.
    this.queueLoad ??= import('./upload-queue.js').then(async (m) => {
      await this.i18n.ready();
      return (this.queue = new m.UploadQueue(this.list, this.settings));
    });
    await (await this.queueLoad).check(added);
    // Each file shown with its outcome, in its row's own code.
    await this.loadViews();
    await this.updateComplete;
  }

  /** Removes every file (cancelling uploads). */
  clear(notify = true): void {
    const had = this.value.length > 0;
    this.list.clear();
    if (notify && had) this.changed();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of ['pointerover', 'focusin', 'dragenter']) this.addEventListener(type, this.prefetchViews, { once: true });
  }

  private prefetchViews = (): void => void this.loadViews();

  /** The rows' code, once (again after a failure, which leaves the plain rows). */
  private loadViews(): Promise<void> {
    return (this.viewsLoad ??= this.importViews().then(
      async (views) => {
        // Their words are a catalogue of their own: in Chinese, here before the rows are drawn.
        await this.i18n.ready();
        this.views = views;
        this.requestUpdate();
      },
      (error: unknown) => {
        this.viewsLoad = undefined;
        console.error('[returnless] Could not load the file rows of <rl-media-uploader>.', error);
      },
    ));
  }

  protected override willUpdate(): void {
    if (this.list.items.length && !this.views) void this.loadViews();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.views || !this.viewsLoad) return done;
    await this.viewsLoad;
    return super.getUpdateComplete();
  }

  private get isDisabled(): boolean {
    return this.disabled || this.control.disabledByForm;
  }

  private get kinds(): MediaKind[] {
    return parseAccept(this.accept);
  }

  /** The attributes' limits, tightened by the backend's: what is stated is what is checked and enforced. */
  private get limits(): MediaLimits {
    // A stand-in (`<rl-review-form>`'s) may have had the backend's answer already: stated from the first paint.
    return statedLimits(this, this.backendLimits.value ?? rememberedLimits(this.store.adapter, this.purpose));
  }

  private problem(item: Item): string {
    // Items only fail after the queue (which holds this wording) has loaded.
    const queue = this.queue!;
    return queue.errorText(messagesIn(queue.errorMessages, this.i18n.lang), item, this.kinds, this.limits, this.i18n.lang);
  }

  private cancel(item: Item): void {
    this.queue?.cancel(item);
    this.announce(this.i18n.t.cancelled);
  }

  private removeItem(item: Item): void {
    const index = this.list.items.indexOf(item);
    const wasValue = item.status === 'done';
    this.list.remove(item);
    this.fire('rl-media-remove', item);
    this.announce(this.i18n.t.removed(item.name));
    if (wasValue) this.changed();
    void this.updateComplete.then(() => {
      const next = this.list.items[index] ?? this.list.items[index - 1];
      const target = next
        ? this.shadowRoot!.querySelector<HTMLElement>(`[data-key="${next.key}"] .actions button:last-child`)
        : this.shadowRoot!.querySelector<HTMLElement>('.add');
      target?.focus();
    });
  }

  private move(item: Item, delta: -1 | 1): void {
    const which = delta < 0 ? 'earlier' : 'later';
    this.list.move(item, delta);
    const listed = this.list.counted;
    this.announce(this.i18n.t.moved(item.name, listed.indexOf(item) + 1, listed.length));
    if (item.status === 'done') this.changed();
    void this.updateComplete.then(() => {
      const row = this.shadowRoot!.querySelector(`[data-key="${item.key}"]`);
      const same = row?.querySelector<HTMLButtonElement>(`.move-${which}`);
      // At an end the button is disabled: keep focus in the row on the other one.
      (same && !same.disabled
        ? same
        : row?.querySelector<HTMLButtonElement>(`.move-${which === 'earlier' ? 'later' : 'earlier'}`)
      )?.focus();
    });
  }

  private changed(): void {
    this.control.sync();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private fire(name: MediaEventName, item: Item): void {
    emit<MediaEventDetail>(this, name, eventDetail(item, name === 'rl-media-error'));
  }

  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  protected override render() {
    const t = this.i18n.t;
    const lang = this.i18n.lang;
    const adapter = this.store.adapter;
    if (adapter && typeof adapter.uploadMedia !== 'function') return renderUnavailable(t);
    const listed = this.list.counted;
    const disabled = this.isDisabled;
    const intake = this.intake;
    return html`
      ${renderFace({
        t,
        lang,
        uid: this.uid,
        kinds: this.kinds,
        limits: this.limits,
        count: listed.length,
        label: this.label,
        disabled,
        dragging: intake.dragging,
        pick: (camera) => intake.pick(camera),
        onPicked: intake.onPicked,
        onDragOver: intake.onDragOver,
        onDragLeave: intake.onDragLeave,
        onDrop: intake.onDrop,
      })}
      ${
        this.list.items.length
          ? html`<ul class="list" part="list">
            ${this.list.items.map((i) =>
              !this.views
                ? renderPlainItem(i, t)
                : this.views.renderItem(i, {
                    t,
                    lang,
                    listed,
                    disabled,
                    problem: (item) => this.problem(item),
                    duration: (s) => formatDuration(s, lang),
                    move: (item, delta) => this.move(item, delta),
                    cancel: (item) => this.cancel(item),
                    retry: (item) => this.queue?.retry(item),
                    remove: (item) => this.removeItem(item),
                    describe: !this.describable
                      ? null
                      : (item, alt) => {
                          item.alt = alt;
                          this.control.sync();
                          // The row says when the description is over its limit, and by how much.
                          this.requestUpdate();
                        },
                  }),
            )}
          </ul>`
          : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }
}

/** A file's row before its code arrived: its name, so the list has its place and says what it holds. */
function renderPlainItem(item: Item, t: UploaderMessages) {
  return html`<li class="item" part="item" data-key=${item.key}>
    <div class="thumb" part="thumbnail"></div>
    <p class="name">${t.fileLabel(item.kind ?? 'file', item.name)}</p>
  </li>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'rl-media-uploader': RlMediaUploader;
  }
  interface HTMLElementEventMap {
    'rl-media-add': CustomEvent<MediaEventDetail>;
    'rl-media-remove': CustomEvent<MediaEventDetail>;
    'rl-media-uploaded': CustomEvent<MediaEventDetail>;
    'rl-media-error': CustomEvent<MediaEventDetail>;
  }
}
