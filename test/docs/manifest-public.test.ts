/**
 * custom-elements.json feeds Storybook's props tables and editor hints: it lists only the public
 * API (no private or protected members such as `store` or `load`, no statics such as `styles`).
 */
import { expect, it } from 'vitest';
import manifest from '../../custom-elements.json';

interface Member {
  name: string;
  privacy?: string;
  static?: boolean;
}

it('lists only public members for every element', () => {
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => 'customElement' in d && d.customElement));
  expect(elements.length).toBe(10);
  for (const el of elements) {
    const members = ((el as { members?: Member[] }).members ?? []) as Member[];
    const internal = members.filter((m) => (m.privacy && m.privacy !== 'public') || m.static).map((m) => m.name);
    expect(internal, (el as { tagName?: string }).tagName).toEqual([]);
    expect(members.map((m) => m.name)).not.toContain('store');
    expect(members.map((m) => m.name)).not.toContain('load');
  }
});
