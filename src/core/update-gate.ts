/**
 * Lets a controller hold an element's updates until something has arrived: LocaleController holds
 * a Chinese element's renders until its Chinese catalogues are loaded, so it never draws English
 * first. Both element bases (base-element.ts, lite-element.ts) run each update through `afterGate`;
 * `updateComplete` settles after the held update.
 */

/** What each element's next update waits for (`undefined`: nothing, update now). */
const gates = new WeakMap<object, () => Promise<unknown> | undefined>();

/** From now on, each update of `host` first waits for what `gate()` returns. */
export function gateUpdates(host: object, gate: () => Promise<unknown> | undefined): void {
  gates.set(host, gate);
}

/** Runs `update` now, or once the host's gate has opened (its promise settled). */
export function afterGate<T>(host: object, update: () => T): T | Promise<T> {
  const wait = gates.get(host)?.();
  return wait ? wait.then(update, update) : update();
}
