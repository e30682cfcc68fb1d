/** A field the backend refused, mapped to the form's step and control (domain/return-refusals.ts). */
import { describe, expect, it } from 'vitest';
import { refusedField } from '../../src/domain/return-refusals.js';
import { emptyDraft } from '../../src/domain/return-request.js';
import type { ReturnRequest } from '../../src/domain/returns.js';

const draft = { ...emptyDraft('k'), step: 'review' as const };
const line = (lineId: string) => ({ lineId, quantity: 1, reasonId: 'mind', mediaIds: [], resolution: 'refund' as const });
// The request lists lines in its own order: lines[1] is the mug, whatever the order's order.
const request: ReturnRequest = { orderId: 'o1', lines: [line('l-shirt'), line('l-mug')], method: 'mail', email: 'ada@example.com' };

describe('refusedField', () => {
  it('maps lines[i].… to line i of the request that was sent, on the step that holds the control', () => {
    expect(refusedField('lines[0].quantity', draft, request)).toEqual({
      step: 'items',
      error: { field: 'quantity-l-shirt', key: 'quantityRefused', lineId: 'l-shirt' },
    });
    expect(refusedField('lines[1].reason', draft, request)).toEqual({
      step: 'reasons',
      error: { field: 'reason-l-mug', key: 'reasonRequired', lineId: 'l-mug' },
    });
    expect(refusedField('lines[1].reasonId', draft, request)?.error.field).toBe('reason-l-mug');
    expect(refusedField('lines[1].comment', draft, request)?.error).toMatchObject({ field: 'comment-l-mug', key: 'fieldRefused' });
    expect(refusedField('lines[0].mediaIds[0]', draft, request)?.error.field).toBe('photos-l-shirt');
    expect(refusedField('lines[0].resolution', draft, request)).toMatchObject({
      step: 'resolution',
      error: { field: 'resolution-l-shirt' },
    });
    expect(refusedField('lines[1].exchangeVariantId', draft, request)?.error).toMatchObject({
      field: 'exchange-l-mug',
      key: 'exchangeRefused',
    });
    expect(refusedField('lines[1]', draft, request)).toMatchObject({ step: 'items', error: { field: 'select-l-mug' } });
  });

  it('marks the checkbox of a line without a quantity stepper', () => {
    expect(refusedField('lines[1].quantity', draft, request, (id) => id !== 'l-mug')?.error.field).toBe('select-l-mug');
  });

  it('maps the request’s own fields and the lookup’s', () => {
    expect(refusedField('email', draft, request)).toEqual({ step: 'review', error: { field: 'contactEmail', key: 'emailRefused' } });
    expect(refusedField('method', draft, request)).toEqual({ step: 'method', error: { field: 'method', key: 'methodRequired' } });
    expect(refusedField('orderId', draft, request)).toEqual({ step: 'lookup', error: { field: 'orderNumber', key: 'fieldRefused' } });
    expect(refusedField('email', { ...draft, step: 'lookup' })).toEqual({ step: 'lookup', error: { field: 'email', key: 'emailInvalid' } });
    expect(refusedField('postalCode', { ...draft, step: 'lookup' })?.error.field).toBe('postalCode');
  });

  it('answers nothing for a field the shopper cannot change or a line that was not sent', () => {
    expect(refusedField('Idempotency-Key', draft, request)).toBeUndefined();
    expect(refusedField('lookupToken', draft, request)).toBeUndefined();
    expect(refusedField('lines[5].quantity', draft, request)).toBeUndefined();
    expect(refusedField('lines[0].unknown', draft, request)).toBeUndefined();
    expect(refusedField('constructor', draft, request)).toBeUndefined();
    expect(refusedField('lines[0].constructor', draft, request)).toBeUndefined();
  });
});
