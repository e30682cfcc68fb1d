/**
 * What the reference server adds around @tus/server:
 *
 * - deferred lengths are refused (`Upload-Defer-Length`): every upload declares its size at
 *   creation, where the kind's limit applies; each PATCH is then capped at that size (and the
 *   server's `maxSize` hook caps it at the kind's limit as well);
 * - every error answers the documented JSON body (`{ "error": { "message" } }`), not tus's text.
 */
/// <reference types="node" />
import type { Server as TusServer } from '@tus/server';
import { ApiError } from './errors.js';

export function tusGuard(tus: TusServer): (req: Request) => Promise<Response> {
  return async (req) => {
    if (req.method === 'POST' && req.headers.has('Upload-Defer-Length'))
      return json(
        new ApiError(400, 'Deferred upload lengths are not accepted: send Upload-Length with the file size.', 'Upload-Defer-Length'),
      );
    const response = await tus.handleWeb(req);
    if (response.status < 400 || (response.headers.get('Content-Type') ?? '').includes('application/json')) return response;
    return asJsonError(response);
  };
}

function json(error: ApiError, headers?: Headers): Response {
  const out = new Headers(headers);
  out.set('Content-Type', 'application/json');
  out.delete('Content-Length');
  return new Response(JSON.stringify(error.toJSON()), { status: error.status, headers: out });
}

/** tus answers errors as text ("Maximum size exceeded\n"); hook errors are already our JSON. */
async function asJsonError(response: Response): Promise<Response> {
  const text = (await response.text().catch(() => '')).trim();
  try {
    const parsed = JSON.parse(text) as { error?: { message?: unknown } };
    if (typeof parsed?.error?.message === 'string') {
      const headers = new Headers(response.headers);
      headers.set('Content-Type', 'application/json');
      headers.delete('Content-Length');
      return new Response(text, { status: response.status, headers });
    }
  } catch {
    /* plain text from tus itself */
  }
  const message = text ? `${text.replace(/\.$/, '')}.` : `The upload failed (${response.status}).`;
  return json(new ApiError(response.status, `Upload: ${message}`), response.headers);
}
