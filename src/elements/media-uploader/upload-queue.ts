/**
 * What happens to each picked file, in order: its type from its first bytes, the limits,
 * preparing (photos re-encoded one at a time, videos probed), then the upload through the
 * adapter with progress, cancel and retry. The uploader loads this module (with the
 * processing code) when the first file is picked.
 */
import type { ReturnlessAdapter } from '../../adapters/adapter.js';
import { errorCode } from '../../core/error-code.js';
import { checkMediaLimits, progressStep, type MediaKind, type MediaLimits, type MediaMeta } from '../../domain/media.js';
import type { Item, MediaErrorCode, MediaEventName } from './media-item.js';
import type { MediaList } from './media-list.js';
import * as proc from './media-process.js';
import { errorText } from './media-text.js';

/** What the queue reads from the element at the moment it needs it. */
export interface UploadSettings {
  limits(): MediaLimits;
  kinds(): MediaKind[];
  adapter(): ReturnlessAdapter | undefined;
  image(): { maxEdge: number; acceptHeic: boolean };
  purpose(): 'review' | 'return';
  lookupToken(): string | undefined;
  fire(name: MediaEventName, item: Item): void;
  announce(text: string): void;
  /** Announces a refusal (worded by the element). */
  refused(item: Item): void;
  progressed(item: Item, step: number): void;
  uploaded(item: Item): void;
}

export class UploadQueue {
  /** Refusal and failure wording (loaded with this module: only needed once a file was picked). */
  readonly errorMessages = proc.uploaderErrorMessages;
  /** Why an item was refused or failed, in words (with this module for the same reason). */
  readonly errorText = errorText;
  /** Photos are prepared one after another (each holds a decoded bitmap). */
  private images: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly list: MediaList,
    private readonly s: UploadSettings,
  ) {}

  /** Checks each new item; resolves once each is accepted or refused (preparing and uploading go on). */
  async check(added: readonly Item[]): Promise<void> {
    await Promise.all(added.map((item) => this.checkOne(item)));
  }

  cancel(item: Item): void {
    item.abort?.abort();
    this.list.patch(item, { status: 'cancelled' });
  }

  retry(item: Item): void {
    void this.upload(item);
  }

  private async checkOne(item: Item): Promise<void> {
    const sniff = await proc.sniffFile(item.file!);
    if (!sniff.ok) return this.refuse(item, sniff.reason);
    item.kind = sniff.kind;
    item.mime = sniff.mime;
    // Files ahead of this one in the list take the first places.
    const problem = checkMediaLimits(
      { kind: sniff.kind, size: item.size },
      this.s.limits(),
      this.s.kinds(),
      this.list.counted.indexOf(item),
    );
    if (problem) return this.refuse(item, problem);
    this.list.patch(item, { status: 'processing' });
    this.s.fire('rl-media-add', item);
    void this.prepare(item);
  }

  private async prepare(item: Item): Promise<void> {
    const abort = (item.abort = new AbortController());
    try {
      if (item.kind === 'image') {
        const done = this.images.then(() => proc.prepareImage(item.file!, item.mime!, { ...this.s.image(), signal: abort.signal }));
        this.images = done.catch(() => undefined);
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
          purpose: this.s.purpose(),
        };
        if (image.reencoded) this.list.setThumb(item, image.blob);
      } else {
        const probe = await proc.probeVideo(item.file!);
        if (abort.signal.aborted) return;
        const problem = checkMediaLimits(
          { kind: 'video', size: item.size, durationSeconds: probe.durationSeconds },
          this.s.limits(),
          this.s.kinds(),
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
          purpose: this.s.purpose(),
        };
        if (probe.poster) this.list.setThumb(item, probe.poster);
      }
    } catch (reason) {
      if (abort.signal.aborted) return;
      return this.refuse(item, reason === 'heic' ? 'heic' : 'unreadable');
    }
    await this.upload(item);
  }

  private async upload(item: Item): Promise<void> {
    if (!item.blob || !item.meta) return this.prepare(item);
    const abort = (item.abort = new AbortController());
    this.list.patch(item, { status: 'uploading', progress: 0, step: 0, code: undefined });
    const purpose = this.s.purpose();
    const lookupToken = this.s.lookupToken();
    try {
      const meta: MediaMeta = {
        ...item.meta,
        ...(item.alt.trim() ? { alt: item.alt.trim().slice(0, 500) } : {}),
        ...(purpose === 'return' && lookupToken ? { lookupToken } : {}),
      };
      const ref = await proc.upload(this.s.adapter(), item.blob, meta, {
        signal: abort.signal,
        idempotencyKey: item.idempotencyKey,
        onProgress: (sent, total) => this.progress(item, sent, total),
      });
      if (abort.signal.aborted || !this.list.has(item)) return;
      this.list.patch(item, { status: 'done', ref, progress: 1 });
      this.s.uploaded(item);
    } catch (error) {
      if (abort.signal.aborted || !this.list.has(item)) return;
      this.list.patch(item, { status: 'failed', code: errorCode(error) });
      this.s.fire('rl-media-error', item);
    }
  }

  private progress(item: Item, sent: number, total: number): void {
    if (item.status !== 'uploading') return;
    const step = progressStep(sent, total);
    const changed = step > item.step;
    this.list.patch(item, { progress: total ? sent / total : 0, step: Math.max(step, item.step) });
    if (changed && step < 100) this.s.progressed(item, step);
  }

  private refuse(item: Item, code: MediaErrorCode): void {
    item.abort?.abort();
    this.list.releaseThumb(item);
    this.list.patch(item, { status: 'refused', code, file: undefined, blob: undefined });
    this.s.fire('rl-media-error', item);
    this.s.refused(item);
  }
}
