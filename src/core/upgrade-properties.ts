/**
 * Properties set on an element before its class was defined (a framework rendered it before
 * `returnless/define` ran, or a script set `el.value` early) are own data properties of the
 * plain HTMLElement; once upgraded, they would hide the class's accessors and be lost. Lit
 * re-applies its reactive properties itself; this re-applies the others (plain getters/setters
 * such as `value` and `media`), and rescues an object that a framework had to write as an
 * attribute (`adapter="[object Object]"`) because the element was not defined yet.
 *
 * Every element class calls it once, in a static block: `static { upgradeProperties(this); }`,
 * naming any public property that is a plain getter/setter rather than a Lit `@property`
 * (`upgradeProperties(this, ['value', 'media'])`); Lit's own properties are covered anyway.
 */
import type { ReactiveElement } from 'lit';
import { errorOnce, warnOnce } from './dev.js';

type Host = ReactiveElement;

/** `String({})`: what an object becomes when a framework sets it as an attribute. */
const STRINGIFIED_OBJECT = '[object Object]';

export function upgradeProperties<C extends typeof ReactiveElement>(
  element: C,
  accessors: readonly (keyof InstanceType<C> & string)[] = [],
): void {
  element.addInitializer((host) => {
    let done = false;
    host.addController({
      hostConnected() {
        if (done) return;
        done = true;
        const names = new Set<string>(accessors);
        for (const key of element.elementProperties.keys()) if (typeof key === 'string') names.add(key);
        for (const name of names) upgradeOne(host, name);
      },
    });
  });
}

function upgradeOne(host: Host, name: string): void {
  const el = host as unknown as Record<string, unknown>;
  if (Object.hasOwn(host, name)) {
    const value = el[name];
    delete el[name];
    el[name] = value;
    return;
  }
  const attribute = name.toLowerCase();
  if (host.getAttribute(attribute) !== STRINGIFIED_OBJECT) return;
  const tag = host.localName;
  const rescued = frameworkProp(host, name);
  if (rescued !== undefined) {
    el[name] = rescued;
    host.removeAttribute(attribute);
    warnOnce(
      `late-define:${tag}:${name}`,
      `<${tag}> was rendered by React before it was defined, so React wrote ${attribute}="[object Object]"; its ${name} was recovered. Import 'returnless/define' (or 'returnless/elements/${tag}.js') at the top of the module that renders it, not in useEffect, so React sets the property itself.`,
      'react',
    );
    return;
  }
  errorOnce(
    `late-define-lost:${tag}:${name}`,
    `<${tag} ${attribute}="[object Object]">: an object was written as an attribute because <${tag}> was not defined yet when the page was rendered, and the ${name} is lost. Import 'returnless/define' (or 'returnless/elements/${tag}.js') before rendering, or set the ${name} property in JavaScript after customElements.whenDefined('${tag}').`,
    'react',
  );
}

/**
 * React keeps the props it last rendered on the DOM node (`__reactProps$<random>`, React 17–19):
 * the only place the object it stringified still exists.
 */
function frameworkProp(host: Host, name: string): unknown {
  for (const key of Object.keys(host)) {
    if (!key.startsWith('__reactProps$')) continue;
    const props = (host as unknown as Record<string, unknown>)[key];
    if (typeof props === 'object' && props !== null && Object.hasOwn(props, name)) {
      const value = (props as Record<string, unknown>)[name];
      if (typeof value === 'object' && value !== null) return value;
    }
  }
  return undefined;
}
