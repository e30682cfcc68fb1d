/** Why a file was refused or failed. Loaded with the processing code: only needed once a file was picked. */
import { defineMessages } from '../../core/i18n.js';

type Kinds = 'image' | 'video' | 'both';

export const uploaderErrorMessages = defineMessages(
  {
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
  },
  {
    refusedType: '不支持此文件类型（支持 JPEG、PNG、WebP、GIF、HEIC、MP4、MOV、WebM）。',
    refusedSvg: '不能上传 SVG 图形，请添加照片。',
    refusedHtml: '这是网页文件，不是照片或视频。',
    refusedExecutable: '这是程序文件，不是照片或视频。',
    refusedEmpty: '此文件为空。',
    refusedKind: (kinds: Kinds): string => (kinds === 'image' ? '这里只能添加照片。' : '这里只能添加视频。'),
    refusedTooMany: (max: number) => `最多只能添加 ${max} 个文件。`,
    refusedImageSize: (size: string) => `此照片超过 ${size}。`,
    refusedVideoSize: (size: string) => `此视频超过 ${size}。`,
    refusedVideoLength: (duration: string) => `此视频超过 ${duration}。`,
    refusedUnreadable: '无法读取此图片，文件可能已损坏或不完整。',
    refusedHeic: '此浏览器无法转换 HEIC 照片。请选择 JPEG，或将相机设置为“兼容性最佳”。',
    uploadFailed: '上传失败。',
    uploadInterrupted: '上传中断。请检查网络后重试。',
    uploadRejected: '商家未接受此文件。',
    uploadBusy: '当前上传过多，请稍后重试。',
    uploadUnavailable: '暂时无法上传。',
  },
);
export type UploaderErrorMessages = typeof uploaderErrorMessages.en;
