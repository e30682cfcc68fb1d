/**
 * The return flow as a state machine without a DOM, beside the rules in `return-request.ts`.
 *
 * Steps (a withdrawal has lookup → items → review → confirmation):
 *
 *     lookup → items → reasons → resolution → method → review → (submitting) → confirmation
 *
 * - A step may be left forward only when `validateStep` finds nothing (the guard); leaving it
 *   reconciles choices that no longer fit and fills what the next step can assume (the only
 *   method, the contact email, `unspecified` reasons when the backend has no reason tree).
 * - Back never loses an answer. `reasons` is skipped when the backend has no reason tree.
 * - The lookup step's Continue looks the order up, the review step's submits.
 * - An expired or forged lookup proof (quote or submit answer `not_found`) goes back to lookup,
 *   every choice kept; finding the same order again restores them (`orderFound`).
 * - A submit without an answer (network error, timeout, broken answer) is *uncertain*: the return
 *   may exist. Its body and key stay in the draft. Sending the same answers again reuses the key;
 *   after changed answers the earlier body is sent again first, with its key, to learn whether
 *   that return exists (`planSubmit`, `settleSubmit`).
 *
 * Each step says what it needs (`stepNeeds`): the order's context (policy, reasons), a live
 * estimate, size charts. Plain functions of plain data: tested without a DOM.
 */
import type { Order } from './orders.js';
import { own } from './own.js';
import {
  commonMethods,
  reconcileDraft,
  selectedLines,
  validateStep,
  type LineOptions,
  type ReturnFormDraft,
  type ReturnStep,
  type StepContext,
  type StepError,
  type UncertainSubmit,
} from './return-request.js';
import type { ReturnConfirmation, ReturnRequest } from './returns.js';

/** What a step needs besides the draft. */
export interface StepNeeds {
  /** The order's policy and reason tree (loaded once the order is known). */
  context: boolean;
  /** A live estimate (`quoteReturn`). */
  quote: boolean;
  /** Size charts of the selected sized lines (size suggestion, exchange sizes). */
  charts: boolean;
}

const NEEDS: Record<ReturnStep, StepNeeds> = {
  lookup: { context: false, quote: false, charts: false },
  items: { context: true, quote: false, charts: false },
  reasons: { context: true, quote: false, charts: true },
  resolution: { context: true, quote: true, charts: true },
  method: { context: true, quote: true, charts: false },
  review: { context: true, quote: true, charts: true },
  // The confirmation shows what the backend answered; the draft that led to it is gone.
  confirmation: { context: false, quote: false, charts: false },
};

export const stepNeeds = (step: ReturnStep): StepNeeds => NEEDS[step];

/** Reason handle sent when the backend has no reason tree (the reasons step is skipped). */
export const UNSPECIFIED_REASON = 'unspecified';

/** The steps the shopper walks (in return-draft.ts: the step indicator needs them before the rest of the flow). */
export { flowSteps } from './return-draft.js';

/** The step `by` places from `step` in `steps`; `undefined` past either end. */
export function stepFrom(steps: readonly ReturnStep[], step: ReturnStep, by: 1 | -1): ReturnStep | undefined {
  return steps[steps.indexOf(step) + by];
}

export interface FlowContext extends StepContext {
  /** The steps of this flow (`flowSteps`). */
  steps: readonly ReturnStep[];
}

/** What Continue does on the current step. */
export type Advance =
  | { kind: 'invalid'; errors: StepError[] }
  | { kind: 'lookup' }
  | { kind: 'submit' }
  | { kind: 'go'; draft: ReturnFormDraft; to: ReturnStep };

/** Continue: the guard, then the next step with the draft it starts from. */
export function advance(draft: ReturnFormDraft, ctx: FlowContext): Advance | undefined {
  const errors = validateStep(draft.step, draft, ctx);
  if (errors.length) return { kind: 'invalid', errors };
  if (draft.step === 'lookup') return { kind: 'lookup' };
  if (draft.step === 'review') return { kind: 'submit' };
  const to = stepFrom(ctx.steps, draft.step, 1);
  if (!to) return undefined;
  let next = reconcileDraft(draft, ctx);
  if (draft.step === 'items' && !ctx.steps.includes('reasons')) next = withUnspecifiedReasons(next);
  if (to === 'method' && !next.method) {
    const methods = commonMethods(selectedOptions(next, ctx.options));
    if (methods.length === 1) next = { ...next, method: methods[0] };
  }
  if (to === 'review' && !next.email) next = { ...next, email: next.lookup.email || next.order?.email || '' };
  return { kind: 'go', draft: next, to };
}

/** Back: the step before, answers kept. */
export function retreat(draft: ReturnFormDraft, steps: readonly ReturnStep[]): ReturnStep | undefined {
  return stepFrom(steps, draft.step, -1);
}

function selectedOptions(draft: ReturnFormDraft, options: Record<string, LineOptions>): LineOptions[] {
  return selectedLines(draft).flatMap(({ line }) => own(options, line.id) ?? []);
}

function withUnspecifiedReasons(draft: ReturnFormDraft): ReturnFormDraft {
  const lines = { ...draft.lines };
  for (const { line, choice } of selectedLines(draft)) lines[line.id] = { ...choice, reasonId: choice.reasonId ?? UNSPECIFIED_REASON };
  return { ...draft, lines };
}

/** The draft once the order is found: the choices stay when it is the same order (found again after an expired proof). */
export function orderFound(draft: ReturnFormDraft, order: Order): ReturnFormDraft {
  return { ...draft, order, lines: draft.order?.id === order.id ? draft.lines : {} };
}

/** A withdrawal covers the whole contract unless the shopper narrows it: every returnable line, all units. */
export function wholeContract(draft: ReturnFormDraft, options: Record<string, LineOptions>): ReturnFormDraft {
  const lines = { ...draft.lines };
  for (const line of draft.order?.lines ?? []) {
    const o = own(options, line.id);
    if (o?.returnable) lines[line.id] = { selected: true, quantity: o.maxQuantity };
  }
  return { ...draft, lines };
}

/** The draft back on the lookup step: the refused proof is dropped, the order id and every choice kept. */
export function backToLookup(draft: ReturnFormDraft): ReturnFormDraft {
  if (!draft.order) return { ...draft, step: 'lookup' };
  const { lookupToken: _refused, ...order } = draft.order;
  return { ...draft, step: 'lookup', order };
}

/** Switching between a return and a withdrawal (in return-draft.ts: the lookup step offers it). */
export { switchPath } from './return-draft.js';

// ── submitting ───────────────────────────────────────────────────────────────

/** What to send on submit. */
export type SubmitPlan =
  /** The answers (first time, or again after an uncertain submit of the same answers: same key). */
  | { kind: 'send'; request: ReturnRequest; idempotencyKey: string }
  /** The answers changed after an uncertain submit: send that earlier body again with its key first. */
  | { kind: 'check-earlier'; request: ReturnRequest; idempotencyKey: string; then: ReturnRequest };

/** Codes after which the return may exist: the request may have arrived, the answer did not. */
const UNCERTAIN = new Set(['network', 'timeout', 'invalid_response']);

export const isUncertain = (code: string): boolean => UNCERTAIN.has(code);

/** The request minus the lookup proof (a new lookup renews it; the answers are what counts). */
function answers(r: ReturnRequest): string {
  const { lookupToken: _proof, locale: _locale, ...rest } = r;
  return JSON.stringify(rest);
}

/** The plan for submitting `request` from `draft`. */
export function planSubmit(draft: ReturnFormDraft, request: ReturnRequest): SubmitPlan {
  const earlier = draft.uncertain;
  if (!earlier) return { kind: 'send', request, idempotencyKey: draft.idempotencyKey };
  // The earlier answers with today's proof: an expired token would never let the check through.
  const again: ReturnRequest = { ...earlier.request, ...(request.lookupToken ? { lookupToken: request.lookupToken } : {}) };
  return answers(earlier.request) === answers(request)
    ? { kind: 'send', request: again, idempotencyKey: earlier.idempotencyKey }
    : { kind: 'check-earlier', request: again, idempotencyKey: earlier.idempotencyKey, then: request };
}

/** How a `createReturn` call ended. */
export type SubmitOutcome = { kind: 'created'; confirmation: ReturnConfirmation } | { kind: 'failed'; code: string; field?: string };

/** What the form does next. */
export type SubmitResult =
  /** Show the confirmation; `earlier`: it is the return of the earlier answers, the changes were not sent. */
  | { kind: 'confirmed'; confirmation: ReturnConfirmation; earlier: boolean }
  /** No answer: the return may exist. Nothing else is sent until the shopper submits again. */
  | { kind: 'uncertain'; draft: ReturnFormDraft; code: string }
  /** The earlier return does not exist: send the new answers with a new key now. */
  | { kind: 'send-new'; draft: ReturnFormDraft; plan: SubmitPlan }
  /** The lookup proof was refused: back to the lookup step. */
  | { kind: 'lookup-again' }
  /** The backend already holds a return under this key with other answers (its confirmation went by email). */
  | { kind: 'already-created' }
  /** Refused for good (or for now: rate limit, switched off): say why, mark `field` if named. */
  | { kind: 'refused'; draft: ReturnFormDraft; code: string; field?: string };

/**
 * The next state after a `createReturn` call made from `plan`. `newKey` is a fresh idempotency
 * key, used only when the earlier return turns out not to exist.
 */
export function settleSubmit(draft: ReturnFormDraft, plan: SubmitPlan, outcome: SubmitOutcome, newKey: string): SubmitResult {
  if (outcome.kind === 'created') return { kind: 'confirmed', confirmation: outcome.confirmation, earlier: plan.kind === 'check-earlier' };
  const { code, field } = outcome;
  if (code === 'not_found') return { kind: 'lookup-again' };
  if (isUncertain(code)) {
    const uncertain: UncertainSubmit = { request: plan.request, idempotencyKey: plan.idempotencyKey };
    return { kind: 'uncertain', draft: { ...draft, idempotencyKey: plan.idempotencyKey, uncertain }, code };
  }
  if (code === 'rejected' && field === 'Idempotency-Key') return { kind: 'already-created' };
  // A refused body was never stored under its key (a stored one would have been answered again).
  const { uncertain: _gone, ...settled } = draft;
  const clear = code === 'rejected' ? settled : draft;
  if (plan.kind === 'check-earlier' && code === 'rejected') {
    const fresh = { ...settled, idempotencyKey: newKey };
    return { kind: 'send-new', draft: fresh, plan: { kind: 'send', request: plan.then, idempotencyKey: newKey } };
  }
  return { kind: 'refused', draft: clear, code, ...(field ? { field } : {}) };
}
