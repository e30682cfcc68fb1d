/**
 * Deep links to FAQ entries: the entry named in the URL hash, and "Copy link" (to the
 * clipboard, or into the address bar where the clipboard is refused).
 */

/** The entry id in the URL hash, decoded (as written when it is not valid percent-encoding). */
export function hashId(): string | undefined {
  const raw = location.hash.slice(1);
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Copies the page URL with `#id`; true when it reached the clipboard, false when it is in the address bar instead. */
export async function copyEntryLink(id: string): Promise<boolean> {
  const url = new URL(location.href);
  url.hash = id;
  try {
    await navigator.clipboard.writeText(url.href);
    return true;
  } catch {
    // No clipboard permission (older browsers, insecure pages): put the link where it can be copied.
    history.replaceState(history.state, '', url.href);
    return false;
  }
}

/**
 * The APG accordion's keys among the question buttons shown: ArrowDown/ArrowUp (wrapping),
 * Home, End. Entries a search hid are skipped.
 */
export function moveAmongQuestions(event: KeyboardEvent, root: ParentNode): void {
  const buttons = Array.from(root.querySelectorAll<HTMLButtonElement>('.item:not([hidden]) .header'));
  const current = buttons.indexOf(event.composedPath()[0] as HTMLButtonElement);
  if (current === -1) return;
  const target = {
    ArrowDown: (current + 1) % buttons.length,
    ArrowUp: (current - 1 + buttons.length) % buttons.length,
    Home: 0,
    End: buttons.length - 1,
  }[event.key];
  if (target === undefined) return;
  event.preventDefault();
  buttons[target]!.focus();
}
