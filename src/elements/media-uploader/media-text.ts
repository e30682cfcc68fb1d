/** Why the uploader refused a file, as a plain function of the limits and language (the limits it states are in core/media-face.ts). */
import { formatBytes } from '../../core/format.js';
import type { MediaKind, MediaLimits } from '../../domain/media.js';
import type { UploaderErrorMessages } from './media-uploader.errors.js';
import type { Item, MediaErrorCode } from './media-item.js';
import { formatDuration, kindsKey } from '../../core/media-face.js';

type FixedText = { [K in keyof UploaderErrorMessages]: UploaderErrorMessages[K] extends string ? K : never }[keyof UploaderErrorMessages];

/** Reasons whose wording names no limit. */
const fixedTexts = new Map<MediaErrorCode | undefined, FixedText>([
  ['svg', 'refusedSvg'],
  ['html', 'refusedHtml'],
  ['executable', 'refusedExecutable'],
  ['empty', 'refusedEmpty'],
  ['unknown', 'refusedType'],
  ['unreadable', 'refusedUnreadable'],
  ['heic', 'refusedHeic'],
  ['network', 'uploadInterrupted'],
  ['timeout', 'uploadInterrupted'],
  ['rejected', 'uploadRejected'],
  ['rate_limited', 'uploadBusy'],
  ['unavailable', 'uploadUnavailable'],
]);

/** Why an item was refused or failed, naming the limit it broke. */
export function errorText(t: UploaderErrorMessages, item: Item, kinds: readonly MediaKind[], limits: MediaLimits, lang: string): string {
  const size = (bytes: number) => formatBytes(bytes, lang);
  const fixed = fixedTexts.get(item.code);
  if (fixed) return t[fixed];
  switch (item.code) {
    case 'kind':
      return t.refusedKind(kindsKey(kinds));
    case 'too-many':
      return t.refusedTooMany(limits.maxFiles);
    case 'too-large':
      return item.kind === 'video' ? t.refusedVideoSize(size(limits.maxVideoBytes)) : t.refusedImageSize(size(limits.maxImageBytes));
    case 'too-long':
      return t.refusedVideoLength(formatDuration(limits.maxVideoSeconds, lang));
    default:
      return t.uploadFailed;
  }
}
