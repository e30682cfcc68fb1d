/**
 * The face of `<rl-media-uploader>`: the limits it states and the dropzone with its add buttons
 * and hidden file inputs. Here rather than in the uploader's folder so `<rl-review-form>` can draw
 * the same face (its stand-in, elements/review-form/uploader-stand-in.ts) before the uploader's
 * chunk is loaded: same template, wording and styles, so the swap moves nothing.
 */
import { html, nothing } from 'lit';
import type { MediaLimitsAnswer } from '../domain/media.js';
import { MB, tighterLimits, type MediaKind, type MediaLimits } from '../domain/media-rules.js';
import { formatBytes, formatUnit } from './format.js';
import type { FaceMessages } from './media-face.messages.js';

const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/gif,image/heic,image/heif,.heic,.heif';
const VIDEO_TYPES = 'video/mp4,video/quicktime,video/webm,.mov';

/** The uploader's limit attributes (unset or nonsense values fall back to the defaults). */
export interface LimitAttributes {
  maxFiles: number;
  maxImageMb: number;
  maxVideoMb: number;
  maxVideoSeconds: number;
}

/** The attributes' limits, tightened by the backend's: what is stated is what is checked and enforced. */
export function statedLimits(a: LimitAttributes, backend: MediaLimitsAnswer | undefined): MediaLimits {
  const n = (v: number, d: number) => (Number.isFinite(v) && v > 0 ? v : d);
  return tighterLimits(
    {
      maxFiles: Math.floor(n(a.maxFiles, 6)),
      maxImageBytes: n(a.maxImageMb, 25) * MB,
      maxVideoBytes: n(a.maxVideoMb, 200) * MB,
      maxVideoSeconds: n(a.maxVideoSeconds, 60),
    },
    backend,
  );
}

/** Backend limits already answered, by adapter and purpose: an uploader replacing a stand-in states them from its first paint. */
const answered = new WeakMap<object, Map<string, MediaLimitsAnswer | undefined>>();

export function rememberLimits(adapter: object, purpose: string, answer: MediaLimitsAnswer | undefined): void {
  const byPurpose = answered.get(adapter) ?? new Map<string, MediaLimitsAnswer | undefined>();
  byPurpose.set(purpose, answer);
  answered.set(adapter, byPurpose);
}

export function rememberedLimits(adapter: object | undefined, purpose: string): MediaLimitsAnswer | undefined {
  return adapter ? answered.get(adapter)?.get(purpose) : undefined;
}

/** `image`, `video` or `both`, as the messages name the accepted kinds. */
export function kindsKey(kinds: readonly MediaKind[]): 'image' | 'video' | 'both' {
  return kinds.length === 2 ? 'both' : kinds[0]!;
}

/** A video length: whole minutes as minutes, else seconds. */
export function formatDuration(seconds: number, lang: string): string {
  const s = Math.round(seconds);
  return s >= 60 && s % 60 === 0 ? formatUnit(s / 60, 'minute', lang) : formatUnit(s, 'second', lang, 0);
}

/** The limits stated before picking (the same numbers the checks use). */
export function limitsText(t: FaceMessages, kinds: readonly MediaKind[], limits: MediaLimits, lang: string): string {
  return [
    t.limitFiles(limits.maxFiles),
    kinds.includes('image') ? t.limitImages(formatBytes(limits.maxImageBytes, lang)) : '',
    kinds.includes('video') ? t.limitVideos(formatBytes(limits.maxVideoBytes, lang), formatDuration(limits.maxVideoSeconds, lang)) : '',
  ]
    .filter(Boolean)
    .join(t.sentenceGap);
}

export interface FaceOptions {
  t: FaceMessages;
  lang: string;
  uid: string;
  kinds: readonly MediaKind[];
  limits: MediaLimits;
  /** Files listed (uploaded or on their way). */
  count: number;
  label?: string;
  disabled: boolean;
  dragging: boolean;
  pick(camera: boolean): void;
  onPicked(event: Event): void;
  onDragOver(event: DragEvent): void;
  onDragLeave(): void;
  onDrop(event: DragEvent): void;
}

/** In place of the face when the adapter cannot take uploads. */
export function renderUnavailable(t: FaceMessages) {
  return html`<p class="unavailable" part="limits">${t.unavailable}</p>`;
}

export function renderFace(o: FaceOptions) {
  const { t, kinds, limits } = o;
  const kindKey = kindsKey(kinds);
  const full = o.count >= limits.maxFiles;
  const off = o.disabled || full;
  const accept = [kinds.includes('image') ? IMAGE_TYPES : '', kinds.includes('video') ? VIDEO_TYPES : ''].filter(Boolean).join(',');
  const coarse = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
  return html`
    <div class="limits" part="limits" id="${o.uid}-limits">
      <p>${limitsText(t, kinds, limits, o.lang)}</p>
      ${kinds.includes('image') ? html`<p class="muted">${t.privacy}</p>` : nothing}
    </div>
    <div
      class="dropzone ${o.dragging ? 'dragging' : ''}"
      part="dropzone"
      role="group"
      aria-label=${o.label ?? t.add(kindKey)}
      @dragenter=${o.onDragOver}
      @dragover=${o.onDragOver}
      @dragleave=${o.onDragLeave}
      @drop=${o.onDrop}
    >
      <div class="buttons">
        <button type="button" class="add button button--primary" part="add-button" aria-describedby="${o.uid}-limits ${o.uid}-count" ?disabled=${off} @click=${() => o.pick(false)}>
          <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M10 4v12M4 10h12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" /></svg>
          ${t.add(kindKey)}
        </button>
        ${
          coarse
            ? html`<button type="button" class="button" part="camera-button" ?disabled=${off} @click=${() => o.pick(true)}>${t.camera(kindKey)}</button>`
            : nothing
        }
      </div>
      <p class="muted hint">${t.dropHint}</p>
      <p class="count" id="${o.uid}-count">${full ? t.full(limits.maxFiles) : t.count(o.count, limits.maxFiles)}</p>
      <input class="file" type="file" multiple accept=${accept} hidden @change=${o.onPicked} />
      <input class="file camera" type="file" accept=${accept} capture="environment" hidden @change=${o.onPicked} />
    </div>
  `;
}
