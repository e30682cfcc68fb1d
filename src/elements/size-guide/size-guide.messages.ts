/** What a closed guide says: its button. The rest loads with the guide's code (size-guide-view.messages.ts). */
import { defineMessages } from '../../core/i18n.js';

const en = {
  trigger: 'Size guide',
  /** When the guide's code could not be fetched (offline, a blocked CDN): said beside the button, with a retry. */
  unavailable: 'The size guide could not load.',
};

export type SizeGuideMessages = typeof en;
export const sizeGuideMessages = defineMessages(en, () => import('./size-guide.messages.zh-CN.js'));
