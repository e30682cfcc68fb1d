/**
 * Keyboard and pointer helpers of the guide's modal `<dialog>`: Tab wraps inside it (rather than
 * leaving for the browser's toolbar), and a click on the popover's backdrop closes it.
 */

/** Tab and Shift+Tab wrap around inside `dialog`; `active` is the focused element in its root. */
export function wrapTab(event: KeyboardEvent, dialog: HTMLDialogElement, active: Element | null): void {
  if (event.key !== 'Tab') return;
  const items = [...dialog.querySelectorAll<HTMLElement>('button,input,select,textarea,a[href],[tabindex]')].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !el.closest('[hidden]') &&
      !(el as HTMLButtonElement).disabled &&
      !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) &&
      el.getClientRects().length > 0,
  );
  const n = items.length;
  if (!n || !active) return;
  const i = items.indexOf(active as HTMLElement);
  const follows = (el: HTMLElement) => Boolean(active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  // From a focusable-by-script element (the result), go on from where it sits.
  const next =
    i !== -1
      ? items[(i + (event.shiftKey ? n - 1 : 1)) % n]
      : event.shiftKey
        ? (items.filter((el) => !follows(el)).pop() ?? items[n - 1])
        : (items.find(follows) ?? items[0]);
  event.preventDefault();
  next!.focus();
}

/** True for a click on the dialog's backdrop (the dialog itself, outside its box). */
export function clickedBackdrop(event: MouseEvent, dialog: HTMLDialogElement): boolean {
  if (event.target !== dialog) return false;
  const r = dialog.getBoundingClientRect();
  return !(event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom);
}
