/**
 * `styleProps({...})`: dynamic inline styles through the CSSOM only. Lit's `styleMap` writes a
 * `style` attribute on its first render, which a strict Content-Security-Policy
 * (`style-src` without `'unsafe-inline'`) blocks; `element.style.setProperty` is always allowed.
 * It is an element binding: `<span ${styleProps({ inlineSize: '40%' })}></span>`.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type StyleProps = Record<string, string | undefined | null>;

const cssName = (name: string) => (name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() is an element binding: <div ${styleProps({ … })}>');
  }

  render(_styles: StyleProps) {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [StyleProps]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (styles[name] == null) style.removeProperty(cssName(name));
    this.previous = new Set();
    for (const [name, value] of Object.entries(styles)) {
      if (value == null) continue;
      style.setProperty(cssName(name), value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
