/**
 * A long list's (or a long form's) first render in turns: the first few items now, then a few
 * more in a task of their own after each frame. A product page's reviews arrive with the page's
 * other data; drawing and laying out ten of them at once was the page's longest task (issue 16).
 * The rest follow a frame at a time, below the fold on a product page, so nothing the shopper
 * sees moves.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PaceController implements ReactiveController {
  private limit = Infinity;
  /** How many items (or parts) the host has: known from `take` and `count`. */
  private total = 0;
  private frame = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private fallback?: ReturnType<typeof setTimeout>;
  private finished: Promise<void> = Promise.resolve();
  private finish = (): void => {};

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Items drawn in the first turn. */
    private readonly first = 3,
    /** Items added at each later turn (by default, all the rest at once). */
    private readonly step = Infinity,
  ) {
    host.addController(this);
  }

  /** A new list arrived: draw `first` items in this update, more after each frame. */
  restart(): void {
    this.stop();
    // Still waiting from an earlier start: whoever awaits `done` keeps the same promise.
    if (!this.waiting) this.finished = new Promise((resolve) => (this.finish = resolve));
    this.limit = this.first;
    // Known once the host draws with `take` or `count`; a host that draws nothing to pace is done at the next step.
    this.total = 0;
    this.next();
  }

  /**
   * More items arrived after `drawn` were drawn (a next page): those stay, `step` more come in this
   * update and in each turn after it, so appending a page is no long task either.
   */
  resume(drawn: number): void {
    this.stop();
    if (!this.waiting) this.finished = new Promise((resolve) => (this.finish = resolve));
    this.limit = drawn + this.step;
    this.total = 0;
    this.next();
  }

  /** Resolves once every item is drawn (or at once when nothing waits): for `getUpdateComplete`. */
  get done(): Promise<void> {
    return this.finished;
  }

  /** Whether more is still to come. */
  get waiting(): boolean {
    return this.limit !== Infinity;
  }

  /** The items to draw now. */
  take<T>(items: readonly T[]): readonly T[] {
    const count = this.count(items.length);
    return count < items.length ? items.slice(0, count) : items;
  }

  /** How many items (or parts) the last render drew: for controllers acting after it (`hostUpdated`). */
  get drawn(): number {
    return Math.min(this.total, this.limit);
  }

  /** How many of the host's `total` items (or parts of a form) to draw now. */
  count(total: number): number {
    this.total = total;
    return Math.min(total, this.limit);
  }

  hostDisconnected(): void {
    this.stop();
    this.drawAll();
  }

  /** After the next frame, in a task of its own: the next step, or the rest. */
  private next(): void {
    // A hidden page gets no frames: without one for 250 ms, draw the rest at once. (Armed per step:
    // a slow device's frames must not add up to it and collapse the later steps into one long task.)
    clearTimeout(this.fallback);
    this.fallback = setTimeout(() => this.drawAll(), 250);
    this.frame = requestAnimationFrame(() => {
      this.timer = setTimeout(() => {
        if (this.limit + this.step >= this.total) return this.drawAll();
        this.limit += this.step;
        this.host.requestUpdate();
        this.next();
      });
    });
  }

  private drawAll(): void {
    this.stop();
    if (this.limit === Infinity) return;
    this.limit = Infinity;
    this.host.requestUpdate();
    this.finish();
  }

  private stop(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    clearTimeout(this.fallback);
  }
}
