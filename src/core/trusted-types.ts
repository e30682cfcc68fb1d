/**
 * The one Trusted Types policy Returnless creates, named `returnless`, so pages that send
 * `require-trusted-types-for 'script'; trusted-types lit-html returnless` work. It only lets
 * through what is made safe afterwards or cannot run: HTML parsed into an inert `<template>` and
 * then copied node by node through the allow-list (sanitize.ts), JSON-LD text that parses as
 * JSON, and the `blob:` URL of the image-encoding worker, built from this library's own source. The policy is created once per page and shared by every copy of the library (a second
 * `createPolicy('returnless')` would be a CSP violation without `'allow-duplicates'`).
 */

interface Policy {
  createHTML(input: string): string;
  createScript(input: string): string;
  createScriptURL(input: string): string;
}
interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createHTML?: (s: string) => string; createScript?: (s: string) => string; createScriptURL?: (s: string) => string },
  ): Policy;
}

const SHARED = Symbol.for('returnless.trustedTypesPolicy');
const identity = (s: string) => s;

function policy(): Policy | undefined {
  const g = globalThis as unknown as { trustedTypes?: TrustedTypesFactory; [SHARED]?: Policy | null };
  if (g[SHARED] !== undefined) return g[SHARED] ?? undefined;
  let created: Policy | null = null;
  try {
    created =
      g.trustedTypes?.createPolicy('returnless', {
        createHTML: identity,
        createScript: (json) => {
          JSON.parse(json); // only data, never code
          return json;
        },
        createScriptURL: (url) => {
          if (!url.startsWith(`blob:${location.origin}/`)) throw new TypeError(`returnless: refused script URL ${url}`);
          return url;
        },
      }) ?? null;
  } catch {
    // The page's CSP does not allow the name: assignments then fail as the page asked.
    created = null;
  }
  g[SHARED] = created;
  return created ?? undefined;
}

/** HTML for an inert `<template>` whose content is sanitised right after. */
export function templateHtml(html: string): string {
  return policy()?.createHTML(html) ?? html;
}

/** JSON text for a `<script type="application/ld+json">`. */
export function jsonScript(json: string): string {
  return policy()?.createScript(json) ?? json;
}

/** The same-origin `blob:` URL of a worker this library built from its own source. */
export function workerScriptUrl(url: string): string {
  return policy()?.createScriptURL(url) ?? url;
}
