/**
 * The theme tokens a designer tries first, as controls for each element's Playground story:
 * change one and the story redraws with it, as a theme's `:root` or `<rl-store>` rule would set it.
 * Empty means unset (the element's default: the page's font and colours).
 */
import type { ArgTypes } from '@storybook/web-components-vite';

export interface ThemeArgs {
  accent: string;
  text: string;
  surface: string;
  font: string;
  radius: string;
  targetSize: string;
}

const tokens: Record<keyof ThemeArgs, string> = {
  accent: '--rl-color-accent',
  text: '--rl-color-text',
  surface: '--rl-color-surface',
  font: '--rl-font-family',
  radius: '--rl-radius-m',
  targetSize: '--rl-target-size',
};

export const themeArgs: ThemeArgs = { accent: '', text: '', surface: '', font: '', radius: '', targetSize: '' };

const token = (name: keyof ThemeArgs, control: 'color' | 'text', description: string) => ({
  name: tokens[name],
  control,
  description,
  table: { category: 'Theme tokens (on a wrapper, as a theme sets them)' },
});

export const themeArgTypes: ArgTypes = {
  accent: token('accent', 'color', 'Buttons, links, focus ring and selected states.'),
  text: token('text', 'color', 'Text colour (default: inherited from the page).'),
  surface: token('surface', 'color', 'Background of cards and panels (default: transparent).'),
  font: token('font', 'text', 'Font family (default: inherited from the page), e.g. `Georgia, serif`.'),
  radius: token('radius', 'text', 'Corner radius of cards and controls, e.g. `0` or `12px`.'),
  targetSize: token('targetSize', 'text', 'Minimum size of buttons and other targets (default 2.75rem; never below 24px).'),
};

/** The wrapper's `style` for the tokens that are set. */
export function themeStyle(args: Partial<ThemeArgs>): string {
  return (Object.keys(tokens) as (keyof ThemeArgs)[])
    .filter((key) => args[key])
    .map((key) => `${tokens[key]}: ${args[key]!.replace(/[;{}]/g, '')}`)
    .join('; ');
}

/** `el` in a wrapper that carries the tokens (for stories that build their elements with the DOM). */
export function themed(args: Partial<ThemeArgs>, el: HTMLElement): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.setAttribute('style', themeStyle(args));
  wrapper.append(el);
  return wrapper;
}
