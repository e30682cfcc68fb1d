/**
 * How a file is checked against the limits: only the uploader's upload queue needs it (loaded with the
 * first file), so the review form's up-front face (media-rules.ts) does not carry it (issue 16).
 */
import type { MediaKind, MediaLimits } from './media-rules.js';

/** Why a file cannot be added (the UI states the matching limit). */
export type MediaLimitProblem = 'kind' | 'too-large' | 'too-long' | 'too-many';

/**
 * Checks one file against the limits. `count` is how many files are already in the list.
 * Returns the first problem, or undefined when the file may be added.
 */
export function checkMediaLimits(
  file: { kind: MediaKind; size: number; durationSeconds?: number },
  limits: MediaLimits,
  accept: readonly MediaKind[],
  count = 0,
): MediaLimitProblem | undefined {
  if (count >= limits.maxFiles) return 'too-many';
  if (!accept.includes(file.kind)) return 'kind';
  if (file.size > (file.kind === 'image' ? limits.maxImageBytes : limits.maxVideoBytes)) return 'too-large';
  // Strictly more than the limit; a few hundredths over still count as the limit (containers round).
  if (file.kind === 'video' && file.durationSeconds !== undefined && file.durationSeconds > limits.maxVideoSeconds + 0.5) return 'too-long';
  return undefined;
}
