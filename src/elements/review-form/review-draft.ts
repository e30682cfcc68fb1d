/**
 * The review form's draft: what survives a reload (sessionStorage, this tab only; cleared
 * after success), keyed by product, and its hand-off of uploaded media to the uploader.
 */
import type { ReactiveControllerHost } from 'lit';
import { clearDraft, loadDraft, newIdempotencyKey, saveDraft } from '../../core/draft.js';
import type { RlMediaUploader, UploadedMedia } from '../media-uploader/media-uploader.js';

export interface ReviewDraft {
  rating?: number;
  title: string;
  body: string;
  fit?: string;
  author: string;
  email: string;
  consent: boolean;
  media: UploadedMedia[];
  /** Reused by every retry of this review, also after a reload: the backend records it once. */
  key: string;
}

export function emptyDraft(): ReviewDraft {
  return { title: '', body: '', author: '', email: '', consent: false, media: [], key: newIdempotencyKey() };
}

export class ReviewDraftStore {
  draft: ReviewDraft = emptyDraft();
  private productId?: string;
  private loaded = false;
  /** Which uploader got which draft's media (kept here, not as a mark on the uploader). */
  private handedTo?: { uploader: RlMediaUploader; key: string };

  constructor(private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>) {}

  private get storageKey(): string {
    return `review:${this.productId ?? ''}`;
  }

  /** Loads the product's saved draft (once per product); true when it switched to it. */
  loadFor(productId: string | undefined): boolean {
    if (this.loaded && this.productId === productId) return false;
    this.loaded = true;
    this.productId = productId;
    const saved = loadDraft<ReviewDraft>(this.storageKey);
    this.draft = saved && typeof saved === 'object' ? { ...emptyDraft(), ...saved } : emptyDraft();
    this.host.requestUpdate();
    return true;
  }

  /** Changes the draft and saves it at once. */
  set(patch: Partial<ReviewDraft>): void {
    this.draft = { ...this.draft, ...patch };
    saveDraft(this.storageKey, this.draft);
    this.host.requestUpdate();
  }

  /** Forgets the saved draft and starts a fresh one (after success). */
  clear(): void {
    clearDraft(this.storageKey);
    this.draft = emptyDraft();
    this.host.requestUpdate();
  }

  /** After each render: the uploader may upgrade after the form; give it the draft's media once it exists. */
  handTo(uploader: RlMediaUploader | null): void {
    const handed = this.handedTo;
    if (!uploader || (handed?.uploader === uploader && handed.key === this.draft.key) || !customElements.get('rl-media-uploader')) return;
    this.handedTo = { uploader, key: this.draft.key };
    if (this.draft.media.length) uploader.media = this.draft.media;
  }

  /** The uploader's media changed: keep it in the draft. */
  takeFrom(uploader: RlMediaUploader | null): void {
    // `media` is only what finished uploading: a restored draft is not overwritten by an empty list before it is handed over.
    if (uploader && this.handedTo?.uploader === uploader && this.handedTo.key === this.draft.key) this.set({ media: uploader.media });
  }
}
