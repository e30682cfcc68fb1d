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
type Where = { step: ReturnStep; control: string; key: Key; perLine?: true };
const line = (step: ReturnStep, control: string, key: Key): Where => ({ step, control, key, perLine: true });

/** Each refusable field: the step and control that hold it (per line: control + line id), and the words. */
const FIELDS: ReadonlyMap<string, Where> = new Map([
  ['quantity', line('items', 'quantity', 'quantityRefused')],
  ['lineId', line('items', 'select', 'fieldRefused')],
  ['reasonId', line('reasons', 'reason', 'reasonRequired')],
  ['reason', line('reasons', 'reason', 'reasonRequired')],
  ['comment', line('reasons', 'comment', 'fieldRefused')],
  ['mediaIds', line('reasons', 'photos', 'photoRequired')],
  ['resolution', line('resolution', 'resolution', 'resolutionRequired')],
  ['exchangeVariantId', line('resolution', 'exchange', 'exchangeRefused')],
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
  const match = /^lines\[(\d+)\](?:\.([A-Za-z]+))?/.exec(field);
  if (match) {
    const sent = request?.lines[Number(match[1])];
    const where = FIELDS.get(match[2] ?? 'lineId');
    if (!sent || !where?.perLine) return undefined;
    // A line without a quantity stepper (one returnable unit) is marked at its checkbox.
    const control = where.control === 'quantity' && !hasStepper(sent.lineId) ? 'select' : where.control;
    return { step: where.step, error: { field: `${control}-${sent.lineId}`, key: where.key, lineId: sent.lineId } };
  }
  const top = field.split(/[.[]/)[0]!;
  if (draft.step === 'lookup' && top === 'email') return { step: 'lookup', error: { field: 'email', key: 'emailInvalid' } };
  const where = FIELDS.get(top);
  return where && !where.perLine ? { step: where.step, error: { field: where.control, key: where.key } } : undefined;
}
