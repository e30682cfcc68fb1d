/**
 * Builds:
 * - `vite build` (mode `cdn`): `dist/cdn/returnless.js`, the tiny loader, plus one chunk per
 *   element and shared chunks (Lit, zod/mini, core). Everything bundled, for a script tag.
 * - `vite build --mode npm`: `dist/index.js` (side-effect free) and `dist/define.js`, module by
 *   module, with dependencies left to the app's bundler.
 * - `vite` (dev): serves the demo and stories' sources.
 */
import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};
const define = { __RL_VERSION__: JSON.stringify(pkg.version) };

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'npm') {
    const deps = Object.keys(pkg.dependencies);
    return {
      define,
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        minify: false,
        sourcemap: true,
        lib: { entry: { index: 'src/index.ts', define: 'src/define.ts' }, formats: ['es'] },
        rollupOptions: {
          external: (id: string) => deps.some((d) => id === d || id.startsWith(`${d}/`)),
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  return {
    define,
    plugins: [minifyLiterals()],
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      // Library mode: chunks import each other by relative URL (the CDN may live at any path)
      // and Vite adds no preload helper; rolldown's minifier then squeezes every chunk.
      lib: { entry: { returnless: 'src/loader.ts' }, formats: ['es'] },
      rollupOptions: {
        output: {
          minify: true,
          entryFileNames: '[name].js',
          chunkFileNames: (chunk) => {
            const element = /elements\/([\w-]+)\/define\.ts$/.exec(chunk.facadeModuleId ?? '');
            if (element) return `rl-${element[1]}-[hash].js`;
            if (chunk.moduleIds.some((id) => id.includes('/node_modules/lit-html/'))) return 'lit-[hash].js';
            if (chunk.moduleIds.some((id) => id.includes('/node_modules/zod/'))) return 'zod-[hash].js';
            return 'shared-[hash].js';
          },
        },
      },
    },
  };
});
