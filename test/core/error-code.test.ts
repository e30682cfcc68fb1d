/** Reading an adapter error's code without its class (core/error-code.ts): every code, and nothing else. */
import { describe, expect, it } from 'vitest';
import { adapterErrorCodes } from '../../src/adapters/error-codes.js';
import { AdapterError } from '../../src/adapters/errors.js';
import { canRetry, errorCode, errorField } from '../../src/core/error-code.js';

describe('errorCode', () => {
  it('reads every adapter error code, from the class or a look-alike', () => {
    for (const code of adapterErrorCodes) {
      expect(errorCode(new AdapterError(code, 'x'))).toBe(code);
      expect(errorCode({ code })).toBe(code);
    }
  });

  it('counts anything else as a network error, inherited object keys included', () => {
    for (const code of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'NETWORK', '', 42]) {
      expect(errorCode({ code })).toBe('network');
    }
    expect(errorCode(new TypeError('Failed to fetch'))).toBe('network');
    expect(errorCode(null)).toBe('network');
    expect(errorCode(undefined)).toBe('network');
  });

  it('tells whether trying again can help, and which field was refused', () => {
    expect(canRetry({ code: 'timeout' })).toBe(true);
    expect(canRetry({ code: 'not_found' })).toBe(false);
    expect(canRetry({ code: 'unavailable' })).toBe(false);
    expect(errorField({ code: 'rejected', field: 'email' })).toBe('email');
    expect(errorField({ code: 'rejected', field: '' })).toBeUndefined();
  });
});
