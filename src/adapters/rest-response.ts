/** Reading a REST answer: HTTP status to AdapterError code, `Retry-After`, JSON or a typed error. Shared by rest.ts and rest-resumable.ts. */
import { sayOnce } from './dev-messages.js';
import { AdapterError, type AdapterErrorCode } from './errors.js';

/** What a developer most likely got wrong when an answer is not a Returnless route's: the base URL. */
function wrongBase(url: URL, what: string): void {
  sayOnce(
    'warn',
    'rest:not-a-route',
    `${url.pathname} answered ${what}, which no Returnless route sends: is the base URL right (<rl-store api>, createRestAdapter's baseUrl)?`,
    'rest-routes-for-backend-developers',
  );
}

export async function readResponse(response: Response, url: URL): Promise<unknown> {
  const text = await response.text().catch(() => '');
  let json: unknown = undefined;
  let malformed = false;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      malformed = true;
    }
  }
  if (response.ok) {
    if (malformed || json === undefined) {
      wrongBase(url, `${response.status} with a body that is not JSON`);
      throw new AdapterError('invalid_response', `${url.pathname} answered ${response.status} with a body that is not JSON.`, {
        status: response.status,
        cause: text.slice(0, 200),
      });
    }
    return json;
  }
  const detail = (json as { error?: { message?: string; field?: string } } | undefined)?.error;
  const code = codeForStatus(response.status);
  // Every route's error is `{ error: { message } }`: a bare 404 is a path nothing answers.
  if (response.status === 404 && !detail) wrongBase(url, '404 without the JSON error body');
  throw new AdapterError(code, `${url.pathname} answered ${response.status}${detail?.message ? `: ${detail.message}` : ''}.`, {
    status: response.status,
    field: detail?.field,
    retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
    cause: json ?? text.slice(0, 200),
  });
}

/** HTTP status → AdapterError code. */
export function codeForStatus(status: number): AdapterErrorCode {
  if (status === 404 || status === 410) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status === 408 || status === 504) return 'timeout';
  if (status === 501 || status === 503) return 'unavailable';
  if (status >= 400 && status < 500) return 'rejected';
  return 'network';
}

/** `Retry-After` as seconds (it may be seconds or an HTTP date). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}
