/**
 * A field the backend refused (`AdapterError.field`, e.g. `lines[1].quantity`, `email`,
 * `orderId`), as the form's own problem: which step shows it, which control, which words.
 * `lines[i]` counts in the request that was sent, so it is mapped to that line's id.
 */
import type { ReturnFormDraft, ReturnStep, StepError } from './return-request.js';
import type { ReturnRequest } from './returns.js';

export interface RefusedField {
  step: ReturnStep;
  error: StepError;
}

type Key = StepError['key'];

/** Per line field of the request: the step and control (prefix + line id) that hold it, and the words. */
const LINE_FIELDS: ReadonlyMap<string, { step: ReturnStep; control: string; key: Key }> = new Map([
  ['quantity', { step: 'items', control: 'quantity', key: 'quantityRefused' }],
  ['lineId', { step: 'items', control: 'select', key: 'fieldRefused' }],
  ['reasonId', { step: 'reasons', control: 'reason', key: 'reasonRequired' }],
  ['reason', { step: 'reasons', control: 'reason', key: 'reasonRequired' }],
  ['comment', { step: 'reasons', control: 'comment', key: 'fieldRefused' }],
  ['mediaIds', { step: 'reasons', control: 'photos', key: 'photoRequired' }],
  ['resolution', { step: 'resolution', control: 'resolution', key: 'resolutionRequired' }],
  ['exchangeVariantId', { step: 'resolution', control: 'exchange', key: 'exchangeRefused' }],
]);

/** Fields of the whole request or of the lookup. */
const FIELDS: ReadonlyMap<string, { step: ReturnStep; control: string; key: Key }> = new Map([
  ['email', { step: 'review', control: 'contactEmail', key: 'emailRefused' }],
  ['emailConsent', { step: 'review', control: 'consent', key: 'fieldRefused' }],
  ['method', { step: 'method', control: 'method', key: 'methodRequired' }],
  ['orderId', { step: 'lookup', control: 'orderNumber', key: 'fieldRefused' }],
  ['orderNumber', { step: 'lookup', control: 'orderNumber', key: 'fieldRefused' }],
  ['postalCode', { step: 'lookup', control: 'postalCode', key: 'fieldRefused' }],
]);

/**
 * The problem to show for a refused `field` of `request` (or of the lookup when `request` is
 * absent), or `undefined` when the field names nothing the shopper can change. A refused `email`
 * on the lookup step is the lookup's email field.
 */
export function refusedField(
  field: string,
  draft: ReturnFormDraft,
  request?: ReturnRequest,
  hasStepper: (lineId: string) => boolean = () => true,
): RefusedField | undefined {
  const line = /^lines\[(\d+)\](?:\.([A-Za-z]+))?/.exec(field);
  if (line) {
    const sent = request?.lines[Number(line[1])];
    const where = LINE_FIELDS.get(line[2] ?? 'lineId');
    if (!sent || !where) return undefined;
    // A line without a quantity stepper (one returnable unit) is marked at its checkbox.
    const control = where.control === 'quantity' && !hasStepper(sent.lineId) ? 'select' : where.control;
    return { step: where.step, error: { field: `${control}-${sent.lineId}`, key: where.key, lineId: sent.lineId } };
  }
  const top = field.split(/[.[]/)[0]!;
  if (draft.step === 'lookup' && top === 'email') return { step: 'lookup', error: { field: 'email', key: 'emailInvalid' } };
  const where = FIELDS.get(top);
  return where && { step: where.step, error: { field: where.control, key: where.key } };
}
