/** Wraps any adapter so every call is validated against the contract, for direct users. */
import type { AdapterMethod, ReturnlessAdapter } from './adapter.js';
import { adapterMethods } from './adapter.js';
import type * as z from 'zod/mini';
import { callAdapter, type MethodSchemas } from './call.js';
import { contract } from './contract.js';

export function withValidation(adapter: ReturnlessAdapter): ReturnlessAdapter {
  const wrapped: Record<string, unknown> = {};
  for (const method of adapterMethods as readonly AdapterMethod[]) {
    if (typeof adapter[method] !== 'function') continue;
    const schemas = contract[method] as MethodSchemas<z.ZodMiniType, z.ZodMiniType>;
    wrapped[method] =
      method === 'uploadMedia'
        ? (blob: Blob, meta: unknown, options?: unknown) =>
            // uploadMedia's first argument is the bytes; validate the meta instead.
            callAdapter(
              { uploadMedia: (m: unknown, o: unknown) => adapter.uploadMedia!(blob, m as never, o as never) } as never,
              method,
              schemas,
              meta as never,
              options,
            )
        : (input: unknown, options?: unknown) => callAdapter(adapter, method, schemas, input as never, options);
  }
  return wrapped as ReturnlessAdapter;
}
