/** custom-elements.json from the elements' JSDoc (`npm run analyze`); checked fresh by `npm test`. */

/**
 * Only the public API goes into the manifest (and so into Storybook's props tables and editor
 * hints): private, protected and static members (`store`, `load`, `styles`, …) are internals.
 */
const publicOnly = {
  name: 'returnless-public-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const d of mod.declarations ?? []) {
        if (!d.members) continue;
        d.members = d.members.filter((m) => (!m.privacy || m.privacy === 'public') && !m.static && !m.name.startsWith('#'));
      }
    }
  },
};

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/elements/**/define.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicOnly],
};
