import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleProps } from '../../core/style-props.js';
import type { AdapterErrorCode } from '../../adapters/errors.js';
import { errorCode } from '../../core/error-code.js';
import { RlElement } from '../../core/base-element.js';
import { emit } from '../../core/events.js';
import { FormControl } from '../../core/form-control.js';
import { formatBytes, formatPercent, formatUnit } from '../../core/format.js';
import { LocaleController } from '../../core/locale-controller.js';
import { StoreController } from '../../core/store-controller.js';
import { newIdempotencyKey } from '../../core/draft.js';
import {
  checkMediaLimits,
  MB,
  moveItem,
  parseAccept,
  progressStep,
  type MediaKind,
  type MediaLimits,
  type MediaMeta,
  type MediaMime,
  type MediaRef,
} from '../../domain/media.js';
import { uploaderMessages } from './media-uploader.messages.js';
import { catalogLanguage } from '../../core/i18n.js';
import { uploaderStyles } from './media-uploader.styles.js';
import { upgradeProperties } from '../../core/upgrade-properties.js';

/** Why a file was refused or failed: a sniff/limit reason, a processing reason, or an adapter code. */
export type MediaErrorCode =
  | 'empty'
  | 'svg'
  | 'html'
  | 'executable'
  | 'unknown'
  | 'kind'
  | 'too-large'
  | 'too-long'
  | 'too-many'
  | 'unreadable'
  | 'heic'
  | AdapterErrorCode;

/** `detail` of every `rl-media-*` event. */
export interface MediaEventDetail {
  /** Local key of the file in this uploader (stable while it is listed). */
  key: string;
  /** The file's name as picked (never used to decide its type). */
  name: string;
  size: number;
  kind?: MediaKind;
  /** Type found from the file's first bytes. */
  mime?: MediaMime;
  /** Stored media id, once uploaded. */
  id?: string;
  ref?: MediaRef;
  /** On `rl-media-error`. */
  code?: MediaErrorCode;
}

/** One uploaded (or restored) media entry, as the `media` property exposes it. */
export interface UploadedMedia {
  id: string;
  kind?: MediaKind;
  name?: string;
  alt?: string;
  thumbnailUrl?: string;
  status?: 'published' | 'pending';
}

type ItemStatus = 'checking' | 'processing' | 'uploading' | 'done' | 'failed' | 'refused' | 'cancelled';

interface Item {
  key: string;
  name: string;
  size: number;
  file?: File;
  kind?: MediaKind;
  mime?: MediaMime;
  status: ItemStatus;
  progress: number;
  step: number;
  thumb?: string;
  ownThumb?: boolean;
  alt: string;
  blob?: Blob;
  meta?: Omit<MediaMeta, 'alt'>;
  ref?: MediaRef;
  code?: MediaErrorCode;
  reencoded?: boolean;
  durationSeconds?: number;
  abort?: AbortController;
  idempotencyKey: string;
}

const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/gif,image/heic,image/heif,.heic,.heif';
const VIDEO_TYPES = 'video/mp4,video/quicktime,video/webm,.mov';
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
  static override styles = [...RlElement.styles, uploaderStyles];
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...RlElement.shadowRootOptions, delegatesFocus: true };

  /** Which kinds are accepted: `image`, `video`, or both (`image,video`, the default). */
  @property() accept = 'image,video';

  /** Form field name; each uploaded media id is submitted under it. */
  @property({ reflect: true }) name = '';

  /** At most this many files. */
  @property({ attribute: 'max-files', type: Number }) maxFiles = 6;

  /** Largest photo accepted, in megabytes (before resizing). */
  @property({ attribute: 'max-image-mb', type: Number }) maxImageMb = 25;

  /** Largest video accepted, in megabytes. */
  @property({ attribute: 'max-video-mb', type: Number }) maxVideoMb = 200;

  /** Longest video accepted, in seconds. */
  @property({ attribute: 'max-video-seconds', type: Number }) maxVideoSeconds = 60;

  /** Photos are downscaled so their longer edge is at most this many pixels. */
  @property({ attribute: 'max-image-edge', type: Number }) maxImageEdge = 2048;

  /** What the media is for; sent with each upload. */
  @property() purpose: 'review' | 'return' = 'review';

  /**
   * For `purpose="return"`: the order's lookup token (`Order.lookupToken`), sent with each upload
   * as proof that the shopper looked the order up. `<rl-return-form>` sets it.
   */
  @property({ attribute: 'lookup-token' }) lookupToken?: string;

  /** The backend accepts HEIC originals, used when this browser cannot convert them. */
  @property({ attribute: 'accept-heic', type: Boolean }) acceptHeic = false;

  /** At least one uploaded file is needed for the form to be valid. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** No files can be added or changed. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Accessible label of the add button's group; defaults to the add button's text. */
  @property() label?: string;

  @state() private items: Item[] = [];
  @state() private announcement = '';
  @state() private dragging = false;

  private readonly store = new StoreController(this);
  private readonly i18n = new LocaleController(this, this.store, uploaderMessages);
  private readonly uid = `mu-${++instances}`;
  private process?: Promise<typeof import('./media-process.js')>;
  /** The processing module once loaded (refusal and failure wording lives there). */
  private proc?: typeof import('./media-process.js');
  private queue: Promise<unknown> = Promise.resolve();
  private readonly control = new FormControl(this, {
    value: () => this.value,
    validity: () => {
      const t = this.i18n.t;
      if (this.busy) return { flags: { customError: true }, message: t.waitForUploads };
      if (this.required && !this.value.length) return { flags: { valueMissing: true }, message: t.required };
      return undefined;
    },
    anchor: () => this.shadowRoot?.querySelector<HTMLElement>('.add'),
    reset: () => this.clear(),
    // Descriptions typed after an upload finished travel with the form: `<name>-alt`, one per id, same order.
    extra: () => (this.name ? this.media.map((m) => [`${this.name}-alt`, m.alt ?? ''] as [string, string]) : []),
  });

  /** Uploaded media ids, in the shopper's order. Setting it lists those ids as already uploaded. */
  get value(): string[] {
    return this.items.filter((i) => i.status === 'done' && i.ref).map((i) => i.ref!.id);
  }
  set value(ids: string[]) {
    this.media = (ids ?? []).map((id) => ({ id }));
  }

  /** Uploaded media with kind, name, alt text and moderation status (for drafts). Settable, to restore a draft. */
  get media(): UploadedMedia[] {
    return this.items
      .filter((i) => i.status === 'done' && i.ref)
      .map((i) => ({
        id: i.ref!.id,
        kind: i.kind,
        name: i.name,
        alt: i.alt || undefined,
        thumbnailUrl: i.ref!.thumbnailUrl,
        status: i.ref!.status,
      }));
  }
  set media(list: UploadedMedia[]) {
    this.clear(false);
    this.items = (list ?? []).map((m, n) => ({
      key: `${this.uid}-r${n}-${m.id}`,
      name: m.name ?? m.id,
      size: 0,
      kind: m.kind,
      status: 'done',
      progress: 1,
      step: 100,
      alt: m.alt ?? '',
      // Object URLs do not survive a reload; backend URLs do.
      thumb: m.thumbnailUrl?.startsWith('blob:') ? undefined : m.thumbnailUrl,
      ref: { id: m.id, kind: m.kind ?? 'image', status: m.status ?? 'published', thumbnailUrl: m.thumbnailUrl, alt: m.alt },
      idempotencyKey: newIdempotencyKey(),
    }));
  }

  /** True while any file is being checked, prepared or uploaded. */
  get busy(): boolean {
    return this.items.some((i) => i.status === 'checking' || i.status === 'processing' || i.status === 'uploading');
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

  /** Adds files as if the shopper picked them (also used by drop and paste). Resolves once each file is checked or refused. */
  async addFiles(files: Iterable<File>): Promise<void> {
    if (this.isDisabled) return;
    const list = [...files];
    if (!list.length) return;
    this.process ??= import('./media-process.js').then((m) => (this.proc = m));
    const added: Item[] = [];
    for (const file of list) {
      const item: Item = {
        key: `${this.uid}-${newIdempotencyKey()}`,
        name: file.name || 'file',
        size: file.size,
        file,
        status: 'checking',
        progress: 0,
        step: 0,
        alt: '',
        idempotencyKey: newIdempotencyKey(),
      };
      added.push(item);
    }
    this.items = [...this.items, ...added];
    this.announce(this.i18n.t.added(added.length));
    await Promise.all(added.map((item) => this.check(item)));
  }

  /** Removes every file (cancelling uploads). */
  clear(notify = true): void {
    for (const item of this.items) this.dispose(item);
    const had = this.value.length > 0;
    this.items = [];
    if (notify && had) this.changed();
  }

  private get isDisabled(): boolean {
    return this.disabled || this.control.disabledByForm;
  }

  private get kinds(): MediaKind[] {
    return parseAccept(this.accept);
  }

  private get limits(): MediaLimits {
    const n = (v: number, d: number) => (Number.isFinite(v) && v > 0 ? v : d);
    return {
      maxFiles: Math.floor(n(this.maxFiles, 6)),
      maxImageBytes: n(this.maxImageMb, 25) * MB,
      maxVideoBytes: n(this.maxVideoMb, 200) * MB,
      maxVideoSeconds: n(this.maxVideoSeconds, 60),
    };
  }

  private get counted(): Item[] {
    return this.items.filter((i) => i.status !== 'refused');
  }

  private async check(item: Item): Promise<void> {
    const proc = await this.process!;
    const sniff = await proc.sniffFile(item.file!);
    if (!sniff.ok) return this.refuse(item, sniff.reason);
    item.kind = sniff.kind;
    item.mime = sniff.mime;
    // Files ahead of this one in the list take the first places.
    const problem = checkMediaLimits({ kind: sniff.kind, size: item.size }, this.limits, this.kinds, this.counted.indexOf(item));
    if (problem) return this.refuse(item, problem);
    this.update_(item, { status: 'processing' });
    this.fire('rl-media-add', item);
    // Preparing and uploading go on in the background: addFiles() resolves once files are checked.
    void this.prepare(item);
  }

  private async prepare(item: Item): Promise<void> {
    const proc = await this.process!;
    const abort = (item.abort = new AbortController());
    try {
      if (item.kind === 'image') {
        const done = this.queue.then(() =>
          proc.prepareImage(item.file!, item.mime!, {
            maxEdge: this.maxImageEdge || 2048,
            acceptHeic: this.acceptHeic,
            signal: abort.signal,
          }),
        );
        this.queue = done.catch(() => undefined);
        const image = await done;
        if (abort.signal.aborted) return;
        item.blob = image.blob;
        item.reencoded = image.reencoded;
        item.meta = {
          kind: 'image',
          mime: image.mime,
          filename: item.name.slice(0, 255),
          size: image.blob.size,
          width: image.width,
          height: image.height,
          purpose: this.purpose,
        };
        if (image.reencoded) this.setThumb(item, image.blob);
      } else {
        const probe = await proc.probeVideo(item.file!);
        if (abort.signal.aborted) return;
        const problem = checkMediaLimits(
          { kind: 'video', size: item.size, durationSeconds: probe.durationSeconds },
          this.limits,
          this.kinds,
        );
        if (problem) return this.refuse(item, problem);
        item.durationSeconds = probe.durationSeconds;
        item.blob = item.file;
        item.meta = {
          kind: 'video',
          mime: item.mime!,
          filename: item.name.slice(0, 255),
          size: item.size,
          width: probe.width,
          height: probe.height,
          durationSeconds: probe.durationSeconds,
          purpose: this.purpose,
        };
        if (probe.poster) this.setThumb(item, probe.poster);
      }
    } catch (reason) {
      if (abort.signal.aborted) return;
      return this.refuse(item, reason === 'heic' ? 'heic' : 'unreadable');
    }
    await this.upload(item);
  }

  private async upload(item: Item): Promise<void> {
    if (!item.blob || !item.meta) return this.prepare(item);
    const proc = await this.process!;
    const abort = (item.abort = new AbortController());
    this.update_(item, { status: 'uploading', progress: 0, step: 0, code: undefined });
    try {
      const meta: MediaMeta = {
        ...item.meta,
        ...(item.alt.trim() ? { alt: item.alt.trim().slice(0, 500) } : {}),
        ...(this.purpose === 'return' && this.lookupToken ? { lookupToken: this.lookupToken } : {}),
      };
      const ref = await proc.upload(this.store.adapter, item.blob, meta, {
        signal: abort.signal,
        idempotencyKey: item.idempotencyKey,
        onProgress: (sent, total) => this.progress(item, sent, total),
      });
      if (abort.signal.aborted || !this.items.includes(item)) return;
      this.update_(item, { status: 'done', ref, progress: 1 });
      this.announce(this.i18n.t.doneAnnouncement(item.name));
      this.fire('rl-media-uploaded', item);
      this.changed();
    } catch (error) {
      if (abort.signal.aborted || !this.items.includes(item)) return;
      const code = errorCode(error);
      this.update_(item, { status: 'failed', code });
      this.fire('rl-media-error', item);
    }
  }

  private progress(item: Item, sent: number, total: number): void {
    if (item.status !== 'uploading') return;
    const step = progressStep(sent, total);
    const changed = step > item.step;
    this.update_(item, { progress: total ? sent / total : 0, step: Math.max(step, item.step) });
    if (changed && step < 100) this.announce(this.i18n.t.progressAnnouncement(item.name, formatPercent(step / 100, this.i18n.lang)));
  }

  private refuse(item: Item, code: MediaErrorCode): void {
    item.abort?.abort();
    this.releaseThumb(item);
    this.update_(item, { status: 'refused', code, file: undefined, blob: undefined });
    this.fire('rl-media-error', item);
    this.announce(`${item.name}: ${this.errorText(item)}`);
  }

  private cancel(item: Item): void {
    item.abort?.abort();
    this.update_(item, { status: 'cancelled' });
    this.announce(this.i18n.t.cancelled);
  }

  private retry(item: Item): void {
    void this.upload(item);
  }

  private removeItem(item: Item): void {
    const index = this.items.indexOf(item);
    const wasValue = item.status === 'done';
    this.dispose(item);
    this.items = this.items.filter((i) => i !== item);
    this.fire('rl-media-remove', item);
    this.announce(this.i18n.t.removed(item.name));
    if (wasValue) this.changed();
    void this.updateComplete.then(() => {
      const next = this.items[index] ?? this.items[index - 1];
      const target = next
        ? this.shadowRoot!.querySelector<HTMLElement>(`[data-key="${next.key}"] .actions button:last-child`)
        : this.shadowRoot!.querySelector<HTMLElement>('.add');
      target?.focus();
    });
  }

  private move(item: Item, delta: number, which: 'earlier' | 'later'): void {
    const from = this.items.indexOf(item);
    this.items = moveItem(this.items, from, delta);
    const listed = this.counted;
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

  private dispose(item: Item): void {
    item.abort?.abort();
    this.releaseThumb(item);
  }

  private setThumb(item: Item, blob: Blob): void {
    this.releaseThumb(item);
    this.update_(item, { thumb: URL.createObjectURL(blob), ownThumb: true });
  }

  private releaseThumb(item: Item): void {
    if (item.ownThumb && item.thumb) URL.revokeObjectURL(item.thumb);
    item.thumb = undefined;
    item.ownThumb = false;
  }

  private update_(item: Item, patch: Partial<Item>): void {
    Object.assign(item, patch);
    this.items = [...this.items];
  }

  private changed(): void {
    this.control.sync();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private fire(name: 'rl-media-add' | 'rl-media-remove' | 'rl-media-uploaded' | 'rl-media-error', item: Item): void {
    emit<MediaEventDetail>(this, name, {
      key: item.key,
      name: item.name,
      size: item.size,
      kind: item.kind,
      mime: item.mime,
      id: item.ref?.id,
      ref: item.ref,
      code: name === 'rl-media-error' ? item.code : undefined,
    });
  }

  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('paste', this.onPaste);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('paste', this.onPaste);
  }

  protected override render() {
    const t = this.i18n.t;
    const adapter = this.store.adapter;
    if (adapter && typeof adapter.uploadMedia !== 'function') return html`<p class="unavailable" part="limits">${t.unavailable}</p>`;
    const kinds = this.kinds;
    const kindKey = kinds.length === 2 ? 'both' : kinds[0]!;
    const limits = this.limits;
    const full = this.counted.length >= limits.maxFiles;
    const disabled = this.isDisabled;
    const accept = [kinds.includes('image') ? IMAGE_TYPES : '', kinds.includes('video') ? VIDEO_TYPES : ''].filter(Boolean).join(',');
    const coarse = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
    return html`
      <div class="limits" part="limits" id="${this.uid}-limits">
        <p>${this.limitsText(kinds, limits)}</p>
        ${kinds.includes('image') ? html`<p class="muted">${t.privacy}</p>` : nothing}
      </div>
      <div
        class="dropzone ${this.dragging ? 'dragging' : ''}"
        part="dropzone"
        role="group"
        aria-label=${this.label ?? t.add(kindKey)}
        @dragenter=${this.onDragOver}
        @dragover=${this.onDragOver}
        @dragleave=${this.onDragLeave}
        @drop=${this.onDrop}
      >
        <div class="buttons">
          <button type="button" class="add button button--primary" part="add-button" aria-describedby="${this.uid}-limits ${this.uid}-count" ?disabled=${disabled || full} @click=${() => this.pick(false)}>
            <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M10 4v12M4 10h12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" /></svg>
            ${t.add(kindKey)}
          </button>
          ${
            coarse
              ? html`<button type="button" class="button" part="camera-button" ?disabled=${disabled || full} @click=${() => this.pick(true)}>${t.camera(kindKey)}</button>`
              : nothing
          }
        </div>
        <p class="muted hint">${t.dropHint}</p>
        <p class="count" id="${this.uid}-count">${full ? t.full(limits.maxFiles) : t.count(this.counted.length, limits.maxFiles)}</p>
        <input class="file" type="file" multiple accept=${accept} hidden @change=${this.onPicked} />
        <input class="file camera" type="file" accept=${accept} capture="environment" hidden @change=${this.onPicked} />
      </div>
      ${
        this.items.length
          ? html`<ul class="list" part="list">
            ${this.items.map((i) => this.renderItem(i))}
          </ul>`
          : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  private renderItem(item: Item) {
    const t = this.i18n.t;
    const lang = this.i18n.lang;
    const listed = this.counted;
    const position = listed.indexOf(item);
    const refused = item.status === 'refused';
    const failed = item.status === 'failed' || item.status === 'cancelled';
    const busy = item.status === 'checking' || item.status === 'processing' || item.status === 'uploading';
    const kindLabel = item.kind ?? 'file';
    const disabled = this.isDisabled;
    const percent = formatPercent(item.progress, lang);
    const status =
      refused || item.status === 'failed'
        ? this.errorText(item)
        : {
            checking: t.checking,
            processing: t.processing,
            uploading: t.uploading(percent),
            done: item.ref?.status === 'pending' ? t.pending : t.uploaded,
            cancelled: t.cancelled,
          }[item.status as 'checking'];
    const nameId = `${item.key}-name`;
    return html`<li class="item ${refused || item.status === 'failed' ? 'error' : ''}" part="item" data-key=${item.key} aria-labelledby=${nameId}>
      <div class="thumb" part="thumbnail">
        ${item.thumb ? html`<img src=${item.thumb} alt="" />` : html`<span class="icon" aria-hidden="true">${item.kind === 'video' ? '▶' : refused ? '!' : '▢'}</span>`}
        ${item.kind === 'video' && item.thumb ? html`<span class="play" aria-hidden="true">▶</span>` : nothing}
      </div>
      <div class="info">
        <p class="name" id=${nameId}>${t.fileLabel(kindLabel, item.name)}</p>
        <p class="status ${refused || item.status === 'failed' ? 'danger' : ''}" part="status">${status}</p>
        ${
          item.status === 'uploading'
            ? html`<div class="bar" part="progress" aria-hidden="true"><span ${styleProps({ inlineSize: `${Math.round(item.progress * 100)}%` })}></span></div>`
            : nothing
        }
        ${item.durationSeconds !== undefined ? html`<p class="muted">${t.duration(this.duration(item.durationSeconds))}</p>` : nothing}
        ${item.kind === 'image' && item.reencoded ? html`<p class="note" part="note">${t.gpsRemoved}</p>` : nothing}
        ${item.kind === 'image' && item.reencoded === false ? html`<p class="note" part="note">${t.originalKept}</p>` : nothing}
        ${
          !refused && item.kind
            ? html`<label class="alt">
              <span>${t.altLabel(item.kind)}</span>
              <input
                part="alt-input"
                type="text"
                maxlength="500"
                autocomplete="off"
                .value=${item.alt}
                ?disabled=${disabled}
                aria-describedby="${item.key}-althint"
                @input=${(e: Event) => {
                  item.alt = (e.target as HTMLInputElement).value;
                  this.control.sync();
                }}
              />
              <span class="muted small" id="${item.key}-althint">${t.altHint}</span>
            </label>`
            : nothing
        }
      </div>
      <div class="actions" part="actions">
        ${
          !refused && listed.length > 1
            ? html`<button type="button" class="button button--small move-earlier" part="button" aria-label=${t.moveEarlierFile(item.name)} ?disabled=${disabled || position === 0} @click=${() => this.move(item, -1, 'earlier')}>
                <span aria-hidden="true">↑</span>${t.moveEarlier}
              </button>
              <button type="button" class="button button--small move-later" part="button" aria-label=${t.moveLaterFile(item.name)} ?disabled=${disabled || position === listed.length - 1} @click=${() => this.move(item, 1, 'later')}>
                <span aria-hidden="true">↓</span>${t.moveLater}
              </button>`
            : nothing
        }
        ${
          item.status === 'uploading' || item.status === 'processing'
            ? html`<button type="button" class="button button--small cancel" part="button" aria-label=${t.cancelFile(item.name)} @click=${() => this.cancel(item)}>${t.cancel}</button>`
            : nothing
        }
        ${
          failed && item.file
            ? html`<button type="button" class="button button--small retry" part="button" aria-label=${t.retryFile(item.name)} ?disabled=${disabled} @click=${() => this.retry(item)}>${t.retry}</button>`
            : nothing
        }
        ${
          busy && item.status !== 'checking'
            ? nothing
            : html`<button type="button" class="button button--small remove" part="button" aria-label=${t.removeFile(item.name)} ?disabled=${disabled} @click=${() => this.removeItem(item)}>${t.remove}</button>`
        }
      </div>
    </li>`;
  }

  private limitsText(kinds: MediaKind[], limits: MediaLimits): string {
    const t = this.i18n.t;
    const lang = this.i18n.lang;
    const size = (bytes: number) => formatBytes(bytes, lang);
    return [
      t.limitFiles(limits.maxFiles),
      kinds.includes('image') ? t.limitImages(size(limits.maxImageBytes)) : '',
      kinds.includes('video') ? t.limitVideos(size(limits.maxVideoBytes), this.duration(limits.maxVideoSeconds)) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  private duration(seconds: number): string {
    const lang = this.i18n.lang;
    const s = Math.round(seconds);
    return s >= 60 && s % 60 === 0 ? formatUnit(s / 60, 'minute', lang) : formatUnit(s, 'second', lang, 0);
  }

  private errorText(item: Item): string {
    // Items only fail after the processing module (which holds this wording) has loaded.
    const t = this.proc!.uploaderErrorMessages[catalogLanguage(this.i18n.lang)];
    const limits = this.limits;
    const lang = this.i18n.lang;
    const kinds = this.kinds;
    const size = (bytes: number) => formatBytes(bytes, lang);
    switch (item.code) {
      case 'svg':
        return t.refusedSvg;
      case 'html':
        return t.refusedHtml;
      case 'executable':
        return t.refusedExecutable;
      case 'empty':
        return t.refusedEmpty;
      case 'unknown':
        return t.refusedType;
      case 'kind':
        return t.refusedKind(kinds.length === 2 ? 'both' : kinds[0]!);
      case 'too-many':
        return t.refusedTooMany(limits.maxFiles);
      case 'too-large':
        return item.kind === 'video' ? t.refusedVideoSize(size(limits.maxVideoBytes)) : t.refusedImageSize(size(limits.maxImageBytes));
      case 'too-long':
        return t.refusedVideoLength(this.duration(limits.maxVideoSeconds));
      case 'unreadable':
        return t.refusedUnreadable;
      case 'heic':
        return t.refusedHeic;
      case 'network':
      case 'timeout':
        return t.uploadInterrupted;
      case 'rejected':
        return t.uploadRejected;
      case 'rate_limited':
        return t.uploadBusy;
      case 'unavailable':
        return t.uploadUnavailable;
      default:
        return t.uploadFailed;
    }
  }

  private pick(camera: boolean): void {
    this.shadowRoot!.querySelector<HTMLInputElement>(camera ? '.file.camera' : '.file:not(.camera)')?.click();
  }

  private onPicked = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    void this.addFiles(files);
  };

  private onDragOver = (event: DragEvent): void => {
    if (this.isDisabled || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private onDragLeave = (): void => {
    this.dragging = false;
  };

  private onDrop = (event: DragEvent): void => {
    this.dragging = false;
    if (this.isDisabled) return;
    event.preventDefault();
    void this.addFiles(event.dataTransfer?.files ?? []);
  };

  private onPaste = (event: ClipboardEvent): void => {
    const files = [...(event.clipboardData?.files ?? [])];
    if (!files.length || this.isDisabled) return;
    event.preventDefault();
    void this.addFiles(files);
  };
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
