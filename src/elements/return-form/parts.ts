/**
 * Other Returnless elements the form uses only when needed: the media uploader (a reason needs
 * photos) and the size guide (a size reason), loaded the one shared way (core/child-elements.ts).
 * No photos → a note; no size guide → no button.
 */
import { canLoadChild, loadChild } from '../../core/child-elements.js';

const chunks = import.meta.glob<unknown>(['../media-uploader/define.ts', '../size-guide/define.ts']);

export type Part = 'media-uploader' | 'size-guide';

/** True when `<rl-${part}>` is defined now or can be loaded; starts the load. */
export const loadPart = (part: Part): Promise<boolean> => loadChild(`rl-${part}`, chunks);

/** Whether the part exists without loading it. */
export const hasPart = (part: Part): boolean => canLoadChild(`rl-${part}`, chunks);
