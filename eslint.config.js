// The lint gate (`npm run lint`, part of `npm test`, zero warnings allowed).
// typescript-eslint for the TypeScript, eslint-plugin-lit for templates, eslint-plugin-wc for custom elements.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'storybook-static/**',
      'node_modules/**',
      'custom-elements.json',
      'test-results/**',
      'playwright-report/**',
      'integrations/shopify/assets/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wcConfigs['flat/recommended'],
    // So the custom-element rules know our classes are elements.
    settings: { wc: { elementBaseClasses: ['LitElement', 'RlElement', 'ReactiveElement', 'HTMLElement'] } },
  },
  {
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Typed code talks to zod-parsed and DOM values; the few casts say why in a comment.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // No `any` in the library (tests may use it to poke at internals).
      '@typescript-eslint/no-explicit-any': 'error',
      // Reactive properties are declared in `static properties` (with JSDoc on the field): Lit's decorator
      // helpers cost every product page about 0.5 kB gzip (issue 16).
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/decorators.js', message: 'Declare reactive properties in `static properties`.' }] },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Node scripts; the benchmarks also run functions inside the page.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Stripping control characters is the point of that expression.
    files: ['src/core/sanitize.ts'],
    rules: { 'no-control-regex': 'off' },
  },
);
