/**
 * The one way an element loads another Returnless element it uses inside itself (the forms'
 * media uploader, the return form's size guide). The element passes its own
 * `import.meta.glob(['../<name>/define.ts'])`: each child stays its own chunk, and a build
 * without that element simply finds nothing, which the caller treats as "not available".
 */
export type ChildChunks = Record<string, () => Promise<unknown>>;

const chunkFor = (tag: string, chunks: ChildChunks) => chunks[`../${tag.replace(/^rl-/, '')}/define.ts`];

/** Whether `tag` is defined now or can be loaded, without loading it. */
export function canLoadChild(tag: string, chunks: ChildChunks): boolean {
  return Boolean(customElements.get(tag) || chunkFor(tag, chunks));
}

/** Defines `tag` (loading its chunk when needed); false when it is not in this build or failed to load. */
export async function loadChild(tag: string, chunks: ChildChunks): Promise<boolean> {
  if (customElements.get(tag)) return true;
  const load = chunkFor(tag, chunks);
  if (!load) return false;
  try {
    await load();
    return true;
  } catch {
    return false;
  }
}
