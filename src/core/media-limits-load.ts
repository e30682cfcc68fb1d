/**
 * The backend's media limits (`getMediaLimits`), validated, for `<rl-media-uploader>` and the
 * review form's stand-in of it. Loaded lazily, so the schema code stays out of the uploader's first paint. Any failure means "no limits from the backend":
 * the uploader then states and checks its attributes alone.
 */
import type { ReturnlessAdapter } from '../adapters/adapter.js';
import { callAdapter } from '../adapters/call.js';
import { MediaLimitsAnswer, MediaLimitsQuery } from '../domain/media.js';
import { rememberLimits } from './media-face.js';

export async function loadBackendLimits(
  adapter: ReturnlessAdapter,
  purpose: MediaLimitsQuery['purpose'],
  signal: AbortSignal,
): Promise<MediaLimitsAnswer | undefined> {
  try {
    const answer = await callAdapter(
      adapter,
      'getMediaLimits',
      { input: MediaLimitsQuery, output: MediaLimitsAnswer },
      { purpose },
      { signal },
    );
    // Kept for the uploader that replaces a stand-in, so it states the same limits from its first paint.
    rememberLimits(adapter, purpose, answer);
    return answer;
  } catch {
    return undefined;
  }
}
