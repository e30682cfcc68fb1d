/**
 * An object a framework wrote as an attribute (`adapter="[object Object]"`) because the element
 * was not defined when it rendered: recovered where React still holds it, and explained either
 * way. Loaded by upgrade-properties.ts only when such an attribute is seen.
 */
import type { ReactiveElement } from 'lit';
import { errorOnce, warnOnce } from './dev.js';

export function rescue(host: ReactiveElement, attribute: string): void {
  const tag = host.localName;
  // The attribute name is lower case; the property is the element's own spelling of it.
  const name = [...(host.constructor as typeof ReactiveElement).elementProperties.keys()].find(
    (key): key is string => typeof key === 'string' && key.toLowerCase() === attribute,
  );
  if (!name) return;
  const fix = `Import 'returnless/define' (or 'returnless/elements/${tag}.js') at the top of the module that renders it, not in useEffect`;
  const rescued = reactProp(host, name);
  if (rescued !== undefined) {
    (host as unknown as Record<string, unknown>)[name] = rescued;
    host.removeAttribute(attribute);
    warnOnce(
      `late-define:${tag}:${name}`,
      `<${tag}> was rendered by React before it was defined, so React wrote ${attribute}="[object Object]"; its ${name} was recovered. ${fix}, so React sets the property itself.`,
      'react',
    );
    return;
  }
  errorOnce(
    `late-define-lost:${tag}:${name}`,
    `<${tag} ${attribute}="[object Object]">: an object was written as an attribute because <${tag}> was not defined yet when the page was rendered, and the ${name} is lost. ${fix}; or set the ${name} property in JavaScript after customElements.whenDefined('${tag}').`,
    'react',
  );
}

/**
 * React keeps the props it last rendered on the DOM node (`__reactProps$<random>`, React 17–19):
 * the only place the object it stringified still exists.
 */
function reactProp(host: Element, name: string): unknown {
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
