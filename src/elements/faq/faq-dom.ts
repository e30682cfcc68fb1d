/**
 * The few DOM writes `<rl-faq>` draws with (it renders without lit-html: see core/lite-element.ts).
 * Each write happens only when the value changed, so a live region is not announced again and
 * nothing is laid out for nothing.
 */

/** An element with attributes and children. */
export function h(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): Element {
  const el = document.createElement(tag);
  for (const name in attributes) el.setAttribute(name, attributes[name]!);
  el.append(...children);
  return el;
}

/** Sets (or with `null`, removes) an attribute when it differs. */
export function attr(el: Element, name: string, value: string | null): void {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/** Sets the text of `el` when it differs. */
export function text(el: Node, value: string): void {
  if (el.textContent !== value) el.textContent = value;
}

/**
 * Makes `nodes` the children of `parent`, in order, removing the others. What is already in
 * place is never moved (the list of entries stays where it is, and so does focus).
 */
export function place(parent: ParentNode, nodes: readonly Node[]): void {
  let at = parent.firstChild;
  const removeStale = (until?: Node) => {
    while (at && at !== until && !nodes.includes(at)) {
      const stale = at;
      at = at.nextSibling;
      stale.remove();
    }
  };
  for (const node of nodes) {
    removeStale(node);
    if (at === node) at = at.nextSibling;
    else parent.insertBefore(node, at);
  }
  removeStale();
}

/** Adds an event listener and hands the element back. */
export function on<E extends Element>(el: E, type: string, listener: (event: Event) => void): E {
  el.addEventListener(type, listener);
  return el;
}
