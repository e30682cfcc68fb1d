/**
 * Uploads for the REST adapter below `resumableFromBytes`: one request with progress. Loaded with
 * the first upload (rest.ts), so pages that never upload never download it.
 */
import type { UploadOptions } from './adapter.js';
import { AdapterError } from './errors.js';
import { readResponse } from './rest-response.js';
import { storefrontRoutes } from './storefront-routes.js';

/**
 * Single-request upload with progress (XMLHttpRequest is the only browser API that reports
 * upload progress). Meta travels as JSON in the `X-Returnless-Meta` header; the body is the bytes.
 * Files from `resumableFromBytes` up go through `rest-resumable.ts` (tus) instead.
 */
export function uploadBlob(
  base: string,
  headers: Record<string, string>,
  blob: Blob,
  meta: object,
  call: UploadOptions,
  timeoutMs: number,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const url = new URL(base + storefrontRoutes.uploadMedia.path, globalThis.location?.href ?? 'http://localhost/');
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.timeout = Math.max(timeoutMs, 60_000);
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('X-Returnless-Meta', encodeURIComponent(JSON.stringify(meta)));
    if (call.idempotencyKey) xhr.setRequestHeader('Idempotency-Key', call.idempotencyKey);
    xhr.upload.onprogress = (e) => call.onProgress?.(e.loaded, e.total || blob.size);
    xhr.onload = () => {
      const response = new Response(xhr.responseText, {
        status: xhr.status,
        headers: { 'Retry-After': xhr.getResponseHeader('Retry-After') ?? '' },
      });
      readResponse(response, url).then(resolve, reject);
    };
    xhr.onerror = () => reject(new AdapterError('network', 'The upload lost its connection.'));
    xhr.ontimeout = () => reject(new AdapterError('timeout', 'The upload timed out.'));
    xhr.onabort = () => reject(call.signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    call.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(blob);
  });
}
