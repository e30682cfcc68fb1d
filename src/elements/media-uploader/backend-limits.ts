/**
 * The backend's media limits (`getMediaLimits`), validated. Its own small chunk, so the schema
 * code stays out of the uploader's first paint. Any failure means "no limits from the backend":
 * the uploader then states and checks its attributes alone.
 */
import type { ReturnlessAdapter } from '../../adapters/adapter.js';
import { callAdapter } from '../../adapters/call.js';
import { MediaLimitsAnswer, MediaLimitsQuery } from '../../domain/media.js';

export async function loadBackendLimits(
  adapter: ReturnlessAdapter,
  purpose: MediaLimitsQuery['purpose'],
  signal: AbortSignal,
): Promise<MediaLimitsAnswer | undefined> {
  try {
    return await callAdapter(adapter, 'getMediaLimits', { input: MediaLimitsQuery, output: MediaLimitsAnswer }, { purpose }, { signal });
  } catch {
    return undefined;
  }
}
