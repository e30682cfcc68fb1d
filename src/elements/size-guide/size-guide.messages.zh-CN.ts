/** Simplified Chinese for size-guide.messages.ts: its own module, imported only when an element speaks Chinese (core/i18n.ts). */
import type { SizeGuideMessages } from './size-guide.messages.js';

export default {
  trigger: '尺码指南',
  unavailable: '尺码指南无法加载。',
} satisfies SizeGuideMessages;
