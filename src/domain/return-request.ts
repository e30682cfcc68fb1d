/**
 * The return form's rules as pure functions: what each order line may do (from the order, the
 * policy's eligibility and what the adapter supports), step validation, and building the
 * `ReturnDraft` / `ReturnRequest` the adapter receives. No DOM, no Lit, no zod at runtime
 * (types only), so the element chunk can use it without pulling the schemas in.
 */
import { checkEligibility, type IneligibleReason } from './eligibility.js';
import type { Order, OrderLine } from './orders.js';
import type { RefundType, ReturnFee, ReturnMethod, ReturnPolicy } from './policy.js';
import type { ReturnDraft, ReturnLineDraft, ReturnReason, ReturnRequest } from './returns.js';
import { own, ownRecord } from './own.js';
import { COMMENT_MAX, isEmail, stepsFor, type LineChoice, type ReturnFormDraft, type ReturnPath, type ReturnStep } from './return-draft.js';

// The draft and its steps live in return-draft.ts (what the form's first screen needs); re-exported here.
export {
  emptyDraft,
  isEmail,
  returnSteps,
  stepsFor,
  withdrawalSteps,
  type LineChoice,
  type ReturnFormDraft,
  type ReturnPath,
  type ReturnStep,
  type UncertainSubmit,
} from './return-draft.js';

/** Why a line cannot be returned: the eligibility function's reasons plus the order's own `other`. */
export type LineBlock = IneligibleReason | 'other';

/** What one order line may do now. */
export interface LineOptions {
  returnable: boolean;
  reason?: LineBlock;
  /** Most units that can be returned now (0 when not returnable). */
  maxQuantity: number;
  deadline?: string;
  daysLeft?: number;
  /** The policy exception group's shopper-facing name, when one applies ("Swimwear"). */
  exceptionLabel?: string;
  refundTypes: RefundType[];
  methods: ReturnMethod[];
  fee: ReturnFee;
}

/** What the adapter (backend) can do, for degrading gracefully. */
export interface Support {
  quote: boolean;
  photos: boolean;
  /** False hides exchange everywhere (backends that cannot exchange). */
  exchange: boolean;
}

const ALL_REFUNDS: RefundType[] = ['exchange', 'store_credit', 'refund'];
/** Order reasons that say less than the policy can (which exclusion, which group). */
const COARSE: ReadonlySet<LineBlock> = new Set(['not_permitted', 'other']);
const FREE: ReturnFee = { kind: 'free' };

/**
 * Options for one line. The order's `returnableQuantity` and `notReturnableReason` come first
 * (the backend knows about returns in progress); the policy's eligibility then adds the window,
 * exception groups, refund types, methods and fee. Without a policy every refund type and mail
 * are offered and the backend decides.
 */
export function lineOptions(
  order: Pick<Order, 'placedAt' | 'deliveredAt'>,
  line: OrderLine,
  policy: ReturnPolicy | undefined,
  now: Date,
  options: { country?: string; timeZone?: string } = {},
): LineOptions {
  const blocked = (reason: LineBlock, extra: Partial<LineOptions> = {}): LineOptions => ({
    returnable: false,
    reason,
    maxQuantity: 0,
    refundTypes: [],
    methods: [],
    fee: policy?.fee ?? FREE,
    ...extra,
  });
  const said = line.returnableQuantity <= 0 ? (line.notReturnableReason ?? 'already_returned') : line.notReturnableReason;
  if (said && (line.returnableQuantity <= 0 || said !== 'already_returned')) {
    // A backend may say `not_permitted` for a hygiene or category exclusion: the policy's own reason words it.
    const precise =
      policy && COARSE.has(said)
        ? lineOptions(order, { ...line, notReturnableReason: undefined, returnableQuantity: line.quantity }, policy, now, options)
        : undefined;
    return precise && !precise.returnable ? precise : blocked(said);
  }
  if (!policy) {
    return { returnable: true, maxQuantity: line.returnableQuantity, refundTypes: [...ALL_REFUNDS], methods: ['mail'], fee: FREE };
  }
  const e = checkEligibility(
    policy,
    {
      productId: line.productId,
      tags: line.tags,
      category: line.category,
      purchasedAt: order.placedAt,
      deliveredAt: line.deliveredAt ?? order.deliveredAt,
      quantity: line.quantity,
      returnedQuantity: line.quantity - line.returnableQuantity,
    },
    now,
    options,
  );
  const timing = {
    ...(e.exception ? { exceptionLabel: e.exception.label } : {}),
    ...(e.deadline ? { deadline: e.deadline } : {}),
    ...(e.daysLeft !== undefined ? { daysLeft: e.daysLeft } : {}),
  };
  if (!e.returnable) return { ...blocked(e.reason ?? 'other', timing), fee: e.fee };
  return {
    returnable: true,
    maxQuantity: line.returnableQuantity,
    ...timing,
    refundTypes: sortRefunds(e.refundTypes),
    methods: e.methods.length ? e.methods : ['mail'],
    fee: e.fee,
  };
}

/** Exchange first, then store credit, then refund: the order a retaining merchant offers them in. */
function sortRefunds(types: RefundType[]): RefundType[] {
  return ALL_REFUNDS.filter((t) => types.includes(t));
}

/** A typed quantity as one that can be sent: a whole number from 1 to `max`. */
export function clampQuantity(typed: number, max: number): number {
  return Math.min(max, Math.max(1, Math.trunc(typed) || 1));
}

/** The step after (`+1`) or before (`-1`) `step` on `path`; `undefined` at either end. */
export function adjacentStep(path: ReturnPath, step: ReturnStep, by: 1 | -1): ReturnStep | undefined {
  const steps = stepsFor(path);
  return steps[steps.indexOf(step) + by];
}

/** Selected lines with their choices, in order-line order. */
export function selectedLines(draft: ReturnFormDraft): { line: OrderLine; choice: LineChoice }[] {
  return (draft.order?.lines ?? []).flatMap((line) => {
    const choice = own(draft.lines, line.id);
    return choice?.selected ? [{ line, choice }] : [];
  });
}

/** Every reason in the tree, depth first. */
export function flattenReasons(reasons: readonly ReturnReason[]): ReturnReason[] {
  return reasons.flatMap((r) => [r, ...flattenReasons(r.children ?? [])]);
}

export function findReason(reasons: readonly ReturnReason[], id: string | undefined): ReturnReason | undefined {
  return id ? flattenReasons(reasons).find((r) => r.id === id) : undefined;
}

/** A size reason's direction for the exchange suggestion, if it is one. */
export function sizeDirection(reason: ReturnReason | undefined): 'larger' | 'smaller' | undefined {
  if (reason?.kind === 'size_small') return 'larger';
  if (reason?.kind === 'size_large') return 'smaller';
  return undefined;
}

/** Resolutions offered for a line: the policy's, minus exchange when the backend or the line cannot do it. */
export function offeredResolutions(options: LineOptions, support: Pick<Support, 'exchange'>, canExchange = true): RefundType[] {
  return options.refundTypes.filter((t) => t !== 'exchange' || (support.exchange && canExchange));
}

/** Methods every selected line allows (a return travels together), in the policy's order. */
export function commonMethods(options: readonly LineOptions[]): ReturnMethod[] {
  if (!options.length) return [];
  const [first, ...rest] = options;
  return first!.methods.filter((m) => rest.every((o) => o.methods.includes(m)));
}

/** The store-credit bonus for `value` (same currency), when the policy gives one. */
export function storeCreditBonus(policy: Pick<ReturnPolicy, 'storeCreditBonusPercent'> | undefined, value: number): number | undefined {
  const percent = policy?.storeCreditBonusPercent;
  if (!percent) return undefined;
  return Math.round(value * percent) / 100;
}

/**
 * What the fee rule charges for this return, before the backend's quote: `free`, a flat amount,
 * or a restocking percentage. `free_for_reasons` is free when every line's reason is listed.
 */
export function feeFor(
  fee: ReturnFee,
  reasonIds: readonly (string | undefined)[],
): { kind: 'free' } | { kind: 'flat'; amount: number; currency: string } | { kind: 'percent'; percent: number } {
  switch (fee.kind) {
    case 'free':
      return { kind: 'free' };
    case 'flat':
      return { kind: 'flat', amount: fee.amount.amount, currency: fee.amount.currency };
    case 'restocking':
      return { kind: 'percent', percent: fee.percent };
    case 'free_for_reasons':
      return reasonIds.length && reasonIds.every((id) => id && fee.reasons.includes(id))
        ? { kind: 'free' }
        : { kind: 'flat', amount: fee.otherwise.amount, currency: fee.otherwise.currency };
  }
}

/** A problem on a step: which field (its form control's name) and a message key the element words. */
export interface StepError {
  field: string;
  key:
    | 'orderNumberRequired'
    | 'emailInvalid'
    | 'postalCodeRequired'
    | 'noItems'
    | 'quantityRange'
    | 'reasonRequired'
    | 'commentRequired'
    | 'commentTooLong'
    | 'photoRequired'
    | 'resolutionRequired'
    | 'exchangeVariantRequired'
    | 'methodRequired'
    | 'returnIdRequired'
    // Refused by the backend (an AdapterError's `field`), see return-refusals.ts:
    | 'quantityRefused'
    | 'exchangeRefused'
    | 'emailRefused'
    | 'fieldRefused';
  /** The order line the problem belongs to, if any. */
  lineId?: string;
}

export interface StepContext {
  lookupBy: 'email' | 'postcode';
  /** A signed-in theme passed an order token: no email/postcode needed. */
  hasToken?: boolean;
  reasons: readonly ReturnReason[];
  options: Record<string, LineOptions>;
  support: Support;
  /** Lines for which an exchange variant exists. */
  exchangeable?: (lineId: string) => boolean;
}

/** The problems that keep the shopper on `step`, in the order the fields appear. */
export function validateStep(step: ReturnStep, draft: ReturnFormDraft, ctx: StepContext): StepError[] {
  const errors: StepError[] = [];
  const lines = selectedLines(draft);
  switch (step) {
    case 'lookup': {
      if (!draft.lookup.orderNumber.trim()) errors.push({ field: 'orderNumber', key: 'orderNumberRequired' });
      if (ctx.hasToken) break;
      if (ctx.lookupBy === 'email' && !isEmail(draft.lookup.email)) errors.push({ field: 'email', key: 'emailInvalid' });
      if (ctx.lookupBy === 'postcode' && draft.lookup.postalCode.trim().length < 2)
        errors.push({ field: 'postalCode', key: 'postalCodeRequired' });
      break;
    }
    case 'items': {
      if (!lines.length) errors.push({ field: 'items', key: 'noItems' });
      for (const { line, choice } of lines) {
        const max = own(ctx.options, line.id)?.maxQuantity ?? 0;
        if (!Number.isInteger(choice.quantity) || choice.quantity < 1 || choice.quantity > max)
          errors.push({ field: `quantity-${line.id}`, key: 'quantityRange', lineId: line.id });
      }
      break;
    }
    case 'reasons': {
      for (const { line, choice } of lines) {
        const reason = findReason(ctx.reasons, choice.reasonId);
        if (!reason || reason.children?.length) {
          errors.push({ field: `reason-${line.id}`, key: 'reasonRequired', lineId: line.id });
          continue;
        }
        if (reason.requiresComment && !choice.comment?.trim())
          errors.push({ field: `comment-${line.id}`, key: 'commentRequired', lineId: line.id });
        // Counted, not cut by a maxlength: pasted text stays whole, and the shopper shortens it.
        else if ((choice.comment?.trim().length ?? 0) > COMMENT_MAX)
          errors.push({ field: `comment-${line.id}`, key: 'commentTooLong', lineId: line.id });
        if (reason.requiresPhoto && ctx.support.photos && !choice.mediaIds?.length)
          errors.push({ field: `photos-${line.id}`, key: 'photoRequired', lineId: line.id });
      }
      break;
    }
    case 'resolution': {
      for (const { line, choice } of lines) {
        const offered = offeredResolutions(own(ctx.options, line.id) ?? emptyOptions, ctx.support, ctx.exchangeable?.(line.id) ?? true);
        if (!choice.resolution || !offered.includes(choice.resolution))
          errors.push({ field: `resolution-${line.id}`, key: 'resolutionRequired', lineId: line.id });
        else if (choice.resolution === 'exchange' && !choice.exchangeVariantId)
          errors.push({ field: `exchange-${line.id}`, key: 'exchangeVariantRequired', lineId: line.id });
      }
      break;
    }
    case 'method': {
      const methods = commonMethods(lines.map(({ line }) => own(ctx.options, line.id) ?? emptyOptions));
      if (!draft.method || !methods.includes(draft.method)) errors.push({ field: 'method', key: 'methodRequired' });
      break;
    }
    case 'review': {
      if (!isEmail(draft.email)) errors.push({ field: 'contactEmail', key: 'emailInvalid' });
      break;
    }
    case 'confirmation':
      break;
  }
  return errors;
}

const emptyOptions: LineOptions = { returnable: false, maxQuantity: 0, refundTypes: [], methods: [], fee: FREE };

/** Reason handle used for withdrawal lines (no reason is needed to withdraw). */
export const WITHDRAWAL_REASON = 'withdrawal';

/** The adapter's `ReturnDraft` (for `quoteReturn`); `undefined` until a line is complete enough. */
export function buildReturnDraft(draft: ReturnFormDraft): ReturnDraft | undefined {
  if (!draft.order) return undefined;
  const withdrawal = draft.path === 'withdrawal';
  const lines: ReturnLineDraft[] = [];
  for (const { line, choice } of selectedLines(draft)) {
    const reasonId = withdrawal ? WITHDRAWAL_REASON : choice.reasonId;
    const resolution = withdrawal ? 'refund' : choice.resolution;
    if (!reasonId || !resolution) continue;
    lines.push({
      lineId: line.id,
      quantity: choice.quantity,
      reasonId,
      ...(!withdrawal && choice.comment?.trim() ? { comment: choice.comment.trim() } : {}),
      mediaIds: withdrawal ? [] : [...(choice.mediaIds ?? [])],
      resolution,
      ...(resolution === 'exchange' && choice.exchangeVariantId ? { exchangeVariantId: choice.exchangeVariantId } : {}),
    });
  }
  if (!lines.length) return undefined;
  return {
    orderId: draft.order.id,
    lines,
    ...(draft.method ? { method: draft.method } : {}),
    // The backend's proof of lookup travels with every quote and submit (it lives in the stored draft's order).
    ...(draft.order.lookupToken ? { lookupToken: draft.order.lookupToken } : {}),
  };
}

/**
 * The `ReturnRequest` to submit, or `undefined` when something is missing. A withdrawal
 * refunds to the original payment and travels by `fallbackMethod` (the policy's first method).
 */
export function buildReturnRequest(draft: ReturnFormDraft, fallbackMethod: ReturnMethod = 'mail'): ReturnRequest | undefined {
  const base = buildReturnDraft(draft);
  const withdrawal = draft.path === 'withdrawal';
  const method = withdrawal ? (draft.method ?? fallbackMethod) : draft.method;
  if (!base || !method || !isEmail(draft.email)) return undefined;
  if (base.lines.length !== selectedLines(draft).length) return undefined;
  return {
    ...base,
    method,
    email: draft.email.trim(),
    emailConsent: draft.consent,
    ...(withdrawal ? { withdrawal: true } : {}),
  };
}

/** Choices that no longer fit after an earlier step changed are dropped, everything else is kept. */
export function reconcileDraft(draft: ReturnFormDraft, ctx: Pick<StepContext, 'options' | 'support' | 'exchangeable'>): ReturnFormDraft {
  const lines = ownRecord<LineChoice>();
  for (const [id, choice] of Object.entries(draft.lines)) {
    const options = own(ctx.options, id);
    if (!options?.returnable) continue;
    const next = { ...choice, quantity: Math.min(Math.max(1, choice.quantity), options.maxQuantity) };
    const offered = offeredResolutions(options, ctx.support, ctx.exchangeable?.(id) ?? true);
    if (next.resolution && !offered.includes(next.resolution)) delete next.resolution;
    lines[id] = next;
  }
  const selectedOptions = Object.entries(lines)
    .filter(([, c]) => c.selected)
    .map(([id]) => own(ctx.options, id)!);
  const method = draft.method && commonMethods(selectedOptions).includes(draft.method) ? draft.method : undefined;
  const out = { ...draft, lines };
  if (method) out.method = method;
  else delete out.method;
  return out;
}
