/** The codes of the one error type that crosses the adapter boundary (errors.ts). */
export const adapterErrorCodes = [
  'network',
  'timeout',
  'not_found',
  'invalid_response',
  'rejected',
  'rate_limited',
  'unavailable',
] as const;
export type AdapterErrorCode = (typeof adapterErrorCodes)[number];
