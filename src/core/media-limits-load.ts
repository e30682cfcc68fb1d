/**
 * The backend's media limits (`getMediaLimits`), validated, for `<rl-media-uploader>` and the
 * review form's stand-in of it. Loaded lazily, so the schema code stays out of the uploader's first paint. Any failure means "no limits from the backend":
 * the uploader then states and checks its attributes alone. A page asks once per adapter and purpose.
 */
import type { ReturnlessAdapter } from '../adapters/adapter.js';
import { callAdapter } from '../adapters/call.js';
import { MediaLimitsAnswer, MediaLimitsQuery } from '../domain/media.js';
import { rememberedLimits, rememberLimits } from './media-face.js';

export async function loadBackendLimits(
  adapter: ReturnlessAdapter,
  purpose: MediaLimitsQuery['purpose'],
  signal: AbortSignal,
): Promise<MediaLimitsAnswer | undefined> {
  // Asked once per adapter and purpose: the uploader that replaces the review form's stand-in (or a
  // second uploader) uses the answer already here. A failure is not kept, so the next one asks again.
  const known = rememberedLimits(adapter, purpose);
  if (known) return known;
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
