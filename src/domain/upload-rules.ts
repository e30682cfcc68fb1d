/**
 * What only the uploader's upload queue needs (loaded with the first file): how a file is checked
 * against the limits, progress steps worth announcing, the size an image is scaled to. Not in
 * media.ts (schemas, loaded with a product page's first answer) nor media-rules.ts (the review
 * form's up-front uploader face), so a product page loads it only when a file is added (issue 16).
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

/** Size that fits `width × height` within a long edge of `maxEdge`, keeping the aspect ratio; never upscales. */
export function fitWithin(width: number, height: number, maxEdge: number): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Progress steps worth announcing: 25, 50, 75, 100 (the last step reached, or 0). */
export function progressStep(sent: number, total: number): 0 | 25 | 50 | 75 | 100 {
  if (total <= 0) return 0;
  return (Math.floor(Math.min(1, sent / total) * 4) * 25) as 0 | 25 | 50 | 75 | 100;
}
