/**
 * The uploader's list of files: every change replaces the list and
 * updates the host, and each item's own object URL is released when it leaves.
 */
import type { ReactiveControllerHost } from 'lit';
import { moveItem } from '../../domain/media.js';
import { isBusy, restoredItem, uploadedMedia, type Item, type UploadedMedia } from './media-item.js';

export class MediaList {
  items: readonly Item[] = [];

  constructor(
    private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    private readonly uid: string,
  ) {}

  /** Items that take a place (refused files are listed with their reason but count for nothing). */
  get counted(): Item[] {
    return this.items.filter((i) => i.status !== 'refused');
  }

  /** Uploaded media, in the shopper's order. */
  get media(): UploadedMedia[] {
    return this.items.map(uploadedMedia).filter((m): m is UploadedMedia => Boolean(m));
  }

  get busy(): boolean {
    return this.items.some(isBusy);
  }

  has(item: Item): boolean {
    return this.items.includes(item);
  }

  add(added: readonly Item[]): void {
    this.set([...this.items, ...added]);
  }

  /** Lists media uploaded earlier, replacing everything (without cancelling anything still listed: call `clear` first). */
  restore(list: readonly UploadedMedia[]): void {
    this.set(list.map((m, n) => restoredItem(m, `${this.uid}-r${n}-${m.id}`)));
  }

  patch(item: Item, patch: Partial<Item>): void {
    Object.assign(item, patch);
    this.set([...this.items]);
  }

  remove(item: Item): void {
    this.dispose(item);
    this.set(this.items.filter((i) => i !== item));
  }

  move(item: Item, delta: number): void {
    this.set(moveItem(this.items, this.items.indexOf(item), delta));
  }

  /** Removes every item, cancelling its work. */
  clear(): void {
    for (const item of this.items) this.dispose(item);
    this.set([]);
  }

  setThumb(item: Item, blob: Blob): void {
    this.releaseThumb(item);
    this.patch(item, { thumb: URL.createObjectURL(blob), ownThumb: true });
  }

  releaseThumb(item: Item): void {
    if (item.ownThumb && item.thumb) URL.revokeObjectURL(item.thumb);
    item.thumb = undefined;
    item.ownThumb = false;
  }

  private dispose(item: Item): void {
    item.abort?.abort();
    this.releaseThumb(item);
  }

  private set(items: readonly Item[]): void {
    this.items = items;
    this.host.requestUpdate();
  }
}
