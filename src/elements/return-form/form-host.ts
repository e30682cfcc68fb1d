/**
 * What the return form's controllers see of the element: the draft, the order's context, the
 * adapter and a few actions. Controllers own one concern each (estimate, exchange sizes, status,
 * submit); the element owns the draft and the first screen, the flow (return-form-flow.ts, loaded
 * with the later steps) the steps after it (`domain/return-flow.ts`). What only the flow has
 * (the order's context, lines, refusals, its words) is asked of it only once it is here.
 */
import type { ReactiveControllerHost } from 'lit';
import type { AdapterMethod, ReturnlessAdapter } from '../../adapters/adapter.js';
import type { AdapterErrorCode } from '../../adapters/errors.js';
import type { CoreMessages } from '../../core/messages.js';
import type { ReturnPolicy } from '../../domain/policy.js';
import type { LineChoice, LineOptions, ReturnFormDraft, ReturnStep, StepError, Support } from '../../domain/return-request.js';
import type { ReturnReason, ReturnRequest } from '../../domain/returns.js';
import type { FlowMessages } from './return-form-flow.messages.js';
import type { ReturnFormMessages } from './return-form.messages.js';

export type Remote = typeof import('./return-form-remote.js');

/** Which adapter call failed (the `rl-return-error` detail's `method`). */
export type FailedCall = 'lookupOrder' | 'getReturnReasons' | 'createReturn' | 'getReturnStatus';

export interface FormHost {
  /** The element: events are dispatched on it, its shadow root holds the steps. */
  readonly element: HTMLElement & ReactiveControllerHost;
  // Read live, at call time:
  draft(): ReturnFormDraft | undefined;
  policy(): ReturnPolicy | undefined;
  reasons(): ReturnReason[];
  options(): Record<string, LineOptions>;
  support(): Support;
  /** The resolved language (`en`, `zh-CN`). */
  locale(): string;
  /** The first screen's words. */
  t(): ReturnFormMessages;
  /** The later steps' words (with the flow). */
  flowT(): FlowMessages;
  core(): CoreMessages;
  adapter(): ReturnlessAdapter | undefined;
  /** The order's context (policy, reasons) has arrived. */
  contextReady(): boolean;
  supports(method: AdapterMethod): boolean;
  loadRemote(): Promise<Remote>;
  setLine(lineId: string, patch: Partial<LineChoice>): void;
  setDraft(draft: ReturnFormDraft): void;
  /** Applies a change the shopper made: saves the draft, clears fixed errors, refreshes the estimate. */
  patch(patch: Partial<ReturnFormDraft>): void;
  go(step: ReturnStep): Promise<void>;
  /** The backend refused the lookup proof: back to the lookup step, choices kept. */
  lookupAgain(): Promise<void>;
  showProblems(errors: StepError[], failure?: string): Promise<void>;
  /** Marks a field the backend refused (`AdapterError.field` of `request`, or of the lookup); false when it names nothing here. */
  markRefused(field: string, request?: ReturnRequest): Promise<boolean>;
  /** Emits `rl-return-error` and answers the code. */
  fail(error: unknown, method: FailedCall): AdapterErrorCode;
  /** The README's words for an error code; when even the code to word it cannot be fetched, that the form could not load. */
  errorWords(code: AdapterErrorCode): Promise<string>;
  busy: boolean;
}
