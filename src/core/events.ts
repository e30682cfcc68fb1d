/** Typed DOM events: every Returnless event bubbles and crosses shadow roots. */

export function emit<T>(host: EventTarget, name: `rl-${string}`, detail: T, init: { cancelable?: boolean } = {}): boolean {
  return host.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: init.cancelable ?? false }));
}
