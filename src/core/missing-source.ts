/**
 * The one "this element has nothing to show" console check: after each update, when there is
 * no source, wait a moment (a late store upgrade or a script setting `store.adapter`), then say
 * once, with a link to the docs, what to add. Cancelled on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { errorOnce } from './dev.js';

const GRACE_MS = 1000;

export interface MissingSourceReport {
  /** `errorOnce` key: said once per page. */
  key: string;
  message: string;
  /** README section to link to. */
  anchor: string;
}

export class MissingSourceCheck implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly hasSource: () => boolean,
    private readonly report: MissingSourceReport,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.timer || this.hasSource()) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.host.isConnected && !this.hasSource()) errorOnce(this.report.key, this.report.message, this.report.anchor);
    }, GRACE_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
