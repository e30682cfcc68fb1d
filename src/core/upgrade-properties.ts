/**
 * Properties set on an element before its class was defined (a framework rendered it before
 * `returnless/define` ran, or a script set `el.value` early) are own data properties of the
 * plain HTMLElement; once upgraded, they would hide the class's accessors and be lost. Lit
 * re-applies its reactive properties itself; this re-applies every other own property that
 * shadows an accessor of the class (plain getters/setters such as the uploader's `value` and
 * `media`), and rescues an object that a framework had to write as an attribute
 * (`adapter="[object Object]"`) because the element was not defined yet (late-define.ts).
 *
 * Every element class calls it once, in a static block: `static { upgradeProperties(this); }`.
 * A new element needs nothing else, whatever kind of public properties it has.
 */
import type { ReactiveElement } from 'lit';

export function upgradeProperties(element: typeof ReactiveElement): void {
  element.addInitializer((host) =>
    host.addController({
      // Each connect: cheap, and a no-op once the own properties are gone.
      hostConnected() {
        const el = host as unknown as Record<string, unknown>;
        for (const name of Object.keys(host)) {
          if (!(name in element.prototype)) continue;
          const value = el[name];
          delete el[name];
          el[name] = value;
        }
        for (const { name, value } of host.attributes) {
          // Rare, and only on a page that needs it: the rescue and its message load on demand.
          if (value === '[object Object]') void import('./late-define.js').then((m) => m.rescue(host, name));
        }
      },
    }),
  );
}
