/**
 * Setup for the `storybook` Vitest project: every story file must run on one production copy of
 * Lit, as the package ships. Lit's dev build keeps `litIssuedWarnings` ("Lit is in dev mode"), and
 * each copy adds its version to `litHtmlVersions` ("Multiple versions of Lit loaded").
 */
import { afterAll, expect } from 'vitest';

type LitGlobals = { litIssuedWarnings?: Set<string>; litHtmlVersions?: string[]; reactiveElementVersions?: string[] };

afterAll(() => {
  const lit = globalThis as LitGlobals;
  expect([...(lit.litIssuedWarnings ?? [])], 'Lit dev build loaded (resolve conditions include "development")').toEqual([]);
  expect(lit.litHtmlVersions ?? [], 'more than one lit-html loaded').toHaveLength(1);
  expect(lit.reactiveElementVersions ?? [], 'more than one @lit/reactive-element loaded').toHaveLength(1);
});
