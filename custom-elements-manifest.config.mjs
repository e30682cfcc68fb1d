/** custom-elements.json from the elements' JSDoc (`npm run analyze`); checked fresh by `npm test`. */
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/elements/**/define.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
