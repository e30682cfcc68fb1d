/**
 * Body limits that hold while the body streams: a declared `Content-Length` over the limit is
 * refused before anything is read, and a chunked body is counted as it arrives and dropped the
 * moment it passes the limit, so a hostile client can make the server hold at most `limit` bytes
 * (not the whole body, as `req.text()` / `req.arrayBuffer()` would).
 */
/// <reference types="node" />
import { ApiError } from './errors.js';

export const MAX_JSON_BYTES = 1024 * 1024;

/** `413` with the documented JSON error body. */
export function tooLarge(what: string, limit: number, hint = ''): ApiError {
  const size = limit >= 1048576 ? `${Math.round(limit / 1048576)} MB` : `${Math.round(limit / 1024)} KB`;
  return new ApiError(413, `The ${what} is larger than ${size}.${hint ? ` ${hint}` : ''}`, what === 'JSON body' ? undefined : 'file');
}

/** Reads a request body into one buffer, refusing it as soon as it passes `limit` bytes. */
export async function readLimited(req: Request, limit: number, onTooLarge: () => ApiError): Promise<Buffer> {
  const declared = req.headers.get('Content-Length');
  if (declared !== null && Number(declared) > limit) throw onTooLarge();
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      // Stop reading: what was buffered is released, and the rest is never pulled in.
      await reader.cancel().catch(() => undefined);
      throw onTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/**
 * A copy of `req` whose body ends with an error once more than `limit` bytes arrived (for tus
 * PATCH, which streams to disk). `exceeded()` tells afterwards whether that happened.
 */
export function limitStream(req: Request, limit: number): { request: Request; exceeded: () => boolean } {
  if (!req.body) return { request: req, exceeded: () => false };
  let total = 0;
  let over = false;
  const source = req.body.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await source.read();
      if (done) return controller.close();
      total += value.byteLength;
      if (total > limit) {
        over = true;
        await source.cancel().catch(() => undefined);
        controller.error(new Error('body limit exceeded'));
        return;
      }
      controller.enqueue(value);
    },
    cancel(reason) {
      return source.cancel(reason);
    },
  });
  const request = new Request(req.url, { method: req.method, headers: req.headers, body, duplex: 'half' } as RequestInit);
  return { request, exceeded: () => over };
}
