/**
 * The return form's draft and its steps: what the form's first screen (the order lookup and the
 * step indicator) needs, apart from the rules of the later steps (return-request.ts,
 * return-flow.ts, which re-export these), so the element chunk can hold it without them.
 */
import type { Order } from './orders.js';
import type { RefundType, ReturnMethod } from './policy.js';
import type { ReturnRequest } from './returns.js';

/** Steps of a regular return, in order. */
export const returnSteps = ['lookup', 'items', 'reasons', 'resolution', 'method', 'review', 'confirmation'] as const;
/** Steps of an EU withdrawal (Directive 2023/2673, Art. 11a): identify, choose, confirm, confirmation. */
export const withdrawalSteps = ['lookup', 'items', 'review', 'confirmation'] as const;
export type ReturnStep = (typeof returnSteps)[number];
export type ReturnPath = 'return' | 'withdrawal';

/** The longest reason comment a return takes (the form counts it; the contract refuses more). */
export const COMMENT_MAX = 2000;

/** The shopper's choices for one line, as the form keeps them (and the session draft stores them). */
export interface LineChoice {
  selected: boolean;
  quantity: number;
  reasonId?: string;
  comment?: string;
  mediaIds?: string[];
  resolution?: RefundType;
  exchangeVariantId?: string;
}

/** Everything the form knows, kept in session storage (there is never payment data). */
export interface ReturnFormDraft {
  path: ReturnPath;
  step: ReturnStep;
  lookup: { orderNumber: string; email: string; postalCode: string };
  order?: Order;
  lines: Record<string, LineChoice>;
  method?: ReturnMethod;
  email: string;
  consent: boolean;
  /** Reused for every submit of this draft, so retries and double clicks create one return. */
  idempotencyKey: string;
  /** The last submit that got no answer (the return may exist): see `planSubmit` in return-flow.ts. */
  uncertain?: UncertainSubmit;
}

/** A submit that got no answer (network error, timeout): the backend may have created this return. */
export interface UncertainSubmit {
  request: ReturnRequest;
  idempotencyKey: string;
}

export function emptyDraft(idempotencyKey: string, path: ReturnPath = 'return'): ReturnFormDraft {
  return {
    path,
    step: 'lookup',
    lookup: { orderNumber: '', email: '', postalCode: '' },
    lines: {},
    email: '',
    consent: true,
    idempotencyKey,
  };
}

/** The steps of a path. */
export function stepsFor(path: ReturnPath): readonly ReturnStep[] {
  return path === 'withdrawal' ? withdrawalSteps : returnSteps;
}

/** The steps the shopper walks: the path's, without `reasons` when the backend has no reason tree. */
export function flowSteps(path: ReturnPath, hasReasons: boolean): readonly ReturnStep[] {
  return stepsFor(path).filter((s) => s !== 'reasons' || hasReasons);
}

/** Switching between a return and a withdrawal starts over at the lookup, answers kept. */
export function switchPath(draft: ReturnFormDraft, path: ReturnPath): ReturnFormDraft {
  return { ...draft, path, step: 'lookup' };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}
