/** The details of the return form's `rl-return-*` events (public API, re-exported by return-form.ts). */
import type { AdapterErrorCode } from '../../adapters/errors.js';
import type { ReturnStep } from '../../domain/return-request.js';
import type { ReturnRequest } from '../../domain/returns.js';
import type { FailedCall } from './form-host.js';

export interface ReturnStepDetail {
  step: ReturnStep | 'status';
}
export interface ReturnSubmitDetail {
  /** Exactly what will be sent to `createReturn`. */
  request: ReturnRequest;
}
export interface ReturnSubmittedDetail {
  returnId: string;
}
export interface ReturnErrorDetail {
  code: AdapterErrorCode;
  /** Which call failed. */
  method: FailedCall;
}
