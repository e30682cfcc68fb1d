/**
 * Other Returnless elements the form uses only when needed: the media uploader (a reason needs
 * photos) and the size guide (a size reason). `import.meta.glob` makes each its own chunk and
 * simply finds nothing for an element that is not in this build, which the form then treats as
 * "not available" (no photos → a note; no size guide → no button).
 */
const chunks = import.meta.glob<unknown>(['../media-uploader/define.ts', '../size-guide/define.ts']);

export type Part = 'media-uploader' | 'size-guide';

/** True when `<rl-${part}>` is defined now or can be loaded; starts the load. */
export async function loadPart(part: Part): Promise<boolean> {
  if (customElements.get(`rl-${part}`)) return true;
  const load = chunks[`../${part}/define.ts`];
  if (!load) return false;
  try {
    await load();
    return true;
  } catch {
    return false;
  }
}

/** Whether the part exists without loading it. */
export function hasPart(part: Part): boolean {
  return Boolean(customElements.get(`rl-${part}`) || chunks[`../${part}/define.ts`]);
}
