/**
 * A long list's (or a long form's) first render in two turns: the first few items now, the rest
 * in a task of its own after the next frame. A product page's reviews arrive with the page's other
 * data; drawing and laying out ten of them at once was the page's longest task (issue 16). The
 * rest follow one frame later, below the fold on a product page, so nothing the shopper sees moves.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PaceController implements ReactiveController {
  private limit = Infinity;
  private frame = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private fallback?: ReturnType<typeof setTimeout>;
  private finished: Promise<void> = Promise.resolve();
  private finish = (): void => {};

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Items drawn in the first turn. */
    private readonly first = 3,
  ) {
    host.addController(this);
  }

  /** A new list arrived: draw `first` items in this update, the rest after the next frame. */
  restart(): void {
    this.stop();
    // Still waiting from an earlier start: whoever awaits `done` keeps the same promise.
    if (!this.waiting) this.finished = new Promise((resolve) => (this.finish = resolve));
    this.limit = this.first;
    this.frame = requestAnimationFrame(() => {
      this.timer = setTimeout(() => this.drawAll());
    });
    // A hidden page gets no frames: draw the rest anyway.
    this.fallback = setTimeout(() => this.drawAll(), 250);
  }

  /** Resolves once every item is drawn (or at once when nothing waits): for `getUpdateComplete`. */
  get done(): Promise<void> {
    return this.finished;
  }

  /** Whether the rest is still to come (for a view drawn in two parts rather than a list). */
  get waiting(): boolean {
    return this.limit !== Infinity;
  }

  /** The items to draw now. */
  take<T>(items: readonly T[]): readonly T[] {
    return items.length > this.limit ? items.slice(0, this.limit) : items;
  }

  hostDisconnected(): void {
    this.stop();
    this.drawAll();
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
