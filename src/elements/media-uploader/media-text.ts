/** What the uploader says about limits and refusals, as plain functions of the limits and language. */
import { formatBytes, formatUnit } from '../../core/format.js';
import type { MediaKind, MediaLimits } from '../../domain/media.js';
import type { UploaderErrorMessages } from './media-uploader.errors.js';
import type { Item, MediaErrorCode } from './media-item.js';
import type { UploaderMessages } from './media-uploader.messages.js';

/** `image`, `video` or `both`, as the messages name the accepted kinds. */
export function kindsKey(kinds: readonly MediaKind[]): 'image' | 'video' | 'both' {
  return kinds.length === 2 ? 'both' : kinds[0]!;
}

/** A video length: whole minutes as minutes, else seconds. */
export function formatDuration(seconds: number, lang: string): string {
  const s = Math.round(seconds);
  return s >= 60 && s % 60 === 0 ? formatUnit(s / 60, 'minute', lang) : formatUnit(s, 'second', lang, 0);
}

/** The limits stated before picking (the same numbers the checks use). */
export function limitsText(t: UploaderMessages, kinds: readonly MediaKind[], limits: MediaLimits, lang: string): string {
  return [
    t.limitFiles(limits.maxFiles),
    kinds.includes('image') ? t.limitImages(formatBytes(limits.maxImageBytes, lang)) : '',
    kinds.includes('video') ? t.limitVideos(formatBytes(limits.maxVideoBytes, lang), formatDuration(limits.maxVideoSeconds, lang)) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

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
