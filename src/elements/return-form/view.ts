/**
 * What the step renderers see of the element: the draft and the order's context to read, the
 * controllers of the concerns a step shows (estimate, exchange sizes, submit, status), and the
 * draft's actions. Each step lives in its own module under `steps/` and renders from this only.
 * The first screen (step indicator, lookup, steps/common.ts) sees `FirstView`: the
 * element draws it before the later steps' code (return-form-remote.ts) has arrived.
 */
import type { ReturnPolicy } from '../../domain/policy.js';
import type { LineChoice, LineOptions, ReturnFormDraft, ReturnStep, StepError, Support } from '../../domain/return-request.js';
import type { ReturnReason } from '../../domain/returns.js';
import type { EstimateController } from './estimate-controller.js';
import type { ExchangeSizes } from './exchange-sizes.js';
import type { FlowMessages } from './return-form-flow.messages.js';
import type { ReturnFormMessages } from './return-form.messages.js';
import type { StatusController } from './status-controller.js';
import type { SubmitController } from './submit-controller.js';

export interface FirstView {
  /** The first screen's words (return-form.messages.ts). */
  t: ReturnFormMessages;
  lang: string;
  headingLevel: number;
  draft: ReturnFormDraft;
  steps: readonly ReturnStep[];
  errors: StepError[];
  /** A failed call on this step, in shopper words. */
  failure?: string;
  busy: boolean;
  /** Lookup step: what proves the order, and whether the EU withdrawal path is offered. */
  lookup: { by: 'email' | 'postcode'; hasToken: boolean; withdrawal: boolean; example: string };

  fieldError(field: string): StepError | undefined;
  setDraft(patch: Partial<ReturnFormDraft>): void;
  next(event: Event): void;
  back(): void;
  switchPath(path: ReturnFormDraft['path']): void;
  /** Starts fetching the later steps' code: the shopper is filling in the lookup (or status) form. */
  prefetch(): void;
}

export interface FormView extends FirstView {
  /** Every step's words: the first screen's and the later steps' (return-form-flow.messages.ts). */
  t: ReturnFormMessages & FlowMessages;
  /** The order's context. */
  policy?: ReturnPolicy;
  options: Record<string, LineOptions>;
  reasons: ReturnReason[];
  support: Support;
  /** Polite notes by field id ("Only 2 can be returned, so the quantity is set to 2."). */
  notes: ReadonlyMap<string, string>;
  sizes: ExchangeSizes;
  /** Whether `<rl-size-guide>` can be offered. */
  sizeGuide: boolean;
  estimate: EstimateController;
  submitted: SubmitController;
  /** The status view (opened from the confirmation, or by `mode="status"` / `return-id`). */
  status: StatusController;
  qr?: typeof import('./qr.js');

  setLine(lineId: string, patch: Partial<LineChoice>): void;
  /** A typed or stepped quantity; more than can be returned is clamped visibly (in `input`) and said. */
  setQuantity(lineId: string, typed: number, input?: HTMLInputElement): void;
  goTo(step: ReturnStep): void;
  startOver(): void;
}
