import { defineElement } from '../../core/define.js';
import { RlMediaUploader } from './media-uploader.js';

defineElement('rl-media-uploader', RlMediaUploader);
export { RlMediaUploader };
