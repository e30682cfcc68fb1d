/**
 * Resumable uploads for the REST adapter: the tus 1.0.0 protocol (creation extension) at
 * `{baseUrl}/media/tus`, in chunks, resuming after a dropped connection. Loaded (with
 * tus-js-client) only when a file is large enough to need it.
 *
 * Upload-Metadata carries `meta` (the MediaMeta JSON) and `idempotencyKey`; the final PATCH
 * answers with the MediaRef JSON. The upload URL is remembered per file fingerprint
 * (localStorage, tus-js-client's default), so a retry after a lost connection continues
 * where the server stopped instead of starting again.
 */
import { Upload, type DetailedError } from 'tus-js-client';
import type { UploadOptions } from './adapter.js';
import { AdapterError } from './errors.js';
import type { RestAdapterOptions } from './rest.js';
import { codeForStatus, readResponse } from './rest-response.js';

const MB = 1024 * 1024;

export function uploadResumable(
  base: string,
  options: RestAdapterOptions,
  blob: Blob,
  meta: object,
  call: UploadOptions,
): Promise<unknown> {
  const endpoint = new URL(`${base}/media/tus`, globalThis.location?.href ?? 'http://localhost/').href;
  const metaJson = JSON.stringify(meta);
  return new Promise((resolve, reject) => {
    if (call.signal?.aborted) return reject(call.signal.reason);
    const upload = new Upload(blob, {
      endpoint,
      chunkSize: options.chunkBytes ?? 5 * MB,
      retryDelays: options.resumeDelaysMs ?? [0, 1000, 3000, 5000, 10_000],
      headers: { ...options.headers, ...(call.idempotencyKey ? { 'Idempotency-Key': call.idempotencyKey } : {}) },
      metadata: { meta: metaJson, ...(call.idempotencyKey ? { idempotencyKey: call.idempotencyKey } : {}) },
      // Same file + same meta + same key ⇒ same fingerprint ⇒ the stored upload URL is reused.
      fingerprint: async () => `returnless:${call.idempotencyKey ?? ''}:${blob.size}:${hash(metaJson)}:${endpoint}`,
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onProgress: (sent, total) => call.onProgress?.(sent, total),
      onSuccess: ({ lastResponse }) => {
        const body = lastResponse.getBody() || null;
        readResponse(new Response(body, { status: lastResponse.getStatus() || 200 }), new URL(endpoint)).then(resolve, reject);
      },
      onError: (error) => reject(toAdapterError(error as DetailedError)),
    });
    call.signal?.addEventListener(
      'abort',
      () => {
        // Keep the server's partial upload and the stored URL: a retry resumes from it.
        void upload.abort(false);
        reject(call.signal!.reason ?? new DOMException('Aborted', 'AbortError'));
      },
      { once: true },
    );
    upload
      .findPreviousUploads()
      .then((previous) => {
        if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
        if (!call.signal?.aborted) upload.start();
      })
      .catch(() => upload.start());
  });
}

function toAdapterError(error: DetailedError): AdapterError {
  const status = error.originalResponse?.getStatus();
  if (!status) return new AdapterError('network', 'The resumable upload lost its connection.', { cause: error });
  let detail: { error?: { message?: string; field?: string } } | undefined;
  try {
    detail = JSON.parse(error.originalResponse!.getBody());
  } catch {
    /* not JSON */
  }
  return new AdapterError(
    codeForStatus(status),
    `The resumable upload failed with ${status}${detail?.error?.message ? `: ${detail.error.message}` : ''}.`,
    {
      status,
      field: detail?.error?.field,
      cause: error,
    },
  );
}

/** A short, stable hash (FNV-1a) so fingerprints do not hold the whole meta. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
