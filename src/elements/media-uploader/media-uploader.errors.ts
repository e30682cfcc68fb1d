/** Why a file was refused or failed. Loaded with the processing code: only needed once a file was picked. */
import { defineMessages } from '../../core/i18n.js';

export type Kinds = 'image' | 'video' | 'both';

const en = {
  refusedType: 'This is not a photo or video we accept (JPEG, PNG, WebP, GIF, HEIC, MP4, MOV, WebM).',
  refusedSvg: 'SVG drawings cannot be uploaded. Please add a photo.',
  refusedHtml: 'This is a web page, not a photo or video.',
  refusedExecutable: 'This is a program, not a photo or video.',
  refusedEmpty: 'This file is empty.',
  refusedKind: (kinds: Kinds): string => (kinds === 'image' ? 'Only photos can be added here.' : 'Only videos can be added here.'),
  refusedTooMany: (max: number) => `Only ${max} files can be added.`,
  refusedImageSize: (size: string) => `This photo is larger than ${size}.`,
  refusedVideoSize: (size: string) => `This video is larger than ${size}.`,
  refusedVideoLength: (duration: string) => `This video is longer than ${duration}.`,
  refusedUnreadable: 'This image could not be read. It may be damaged or incomplete.',
  refusedHeic: 'This browser cannot convert HEIC photos. Please choose JPEG, or set your camera to “Most compatible”.',
  uploadFailed: 'The upload failed.',
  uploadInterrupted: 'The upload was interrupted. Check your connection and retry.',
  uploadRejected: 'The shop did not accept this file.',
  uploadBusy: 'Too many uploads right now. Please retry in a moment.',
  uploadUnavailable: 'Uploading is not available right now.',
};

export type UploaderErrorMessages = typeof en;
export const uploaderErrorMessages = defineMessages(en, () => import('./media-uploader.errors.zh-CN.js'));
