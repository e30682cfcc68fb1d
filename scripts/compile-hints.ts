/**
 * A small Vite plugin for the CDN build: V8's explicit compile hint (`//# allFunctionsCalledOnLoad`,
 * Chrome 136+) at the top of the chunks an element needs for its first render. V8 then compiles
 * their functions while the file streams in, on a background thread, instead of on the main thread
 * at each function's first call: on the bench's product page that was 104–135 ms of the load at 4×
 * throttle (21–31 ms with the hints), 5–25 ms inside each of its longest tasks (issue 16). Other engines read a comment.
 *
 * Hinted: the loader (with the core every element shares) and each element's chunk with the chunks
 * it imports statically (Lit, the product core, zod). Not hinted: what loads later (a dynamic
 * import: data loaders, a shopper's action), chunks under 1 kB (nothing worth compiling early) and
 * `rl-faq.js` (a FAQ page is held to 12 kB; the hint costs about 20 B gzip a file).
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

interface HintChunk {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  moduleIds: string[];
  imports: string[];
  code: string;
  map: { mappings: string } | null;
}

/** Files whose chunk must stay without the hint (see above). */
const UNHINTED = new Set(['rl-faq.js']);
const SMALL = 1000;

/** A chunk that defines an element (its own `rl-*.js`, or a shared chunk that carries one: `<rl-store>` in zod's). */
const isElementChunk = (chunk: HintChunk) => chunk.moduleIds.some((id) => /[\\/]src[\\/]elements[\\/][\w-]+[\\/]define\.ts$/.test(id));

export function compileHints(): Plugin {
  return {
    name: 'returnless:compile-hints',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, HintChunk>();
      for (const item of Object.values(bundle)) if (item.type === 'chunk') chunks.set(item.fileName, item as unknown as HintChunk);
      const seen = new Set<string>();
      const hinted: HintChunk[] = [];
      const visit = (chunk: HintChunk | undefined): void => {
        if (!chunk || UNHINTED.has(chunk.fileName) || seen.has(chunk.fileName)) return;
        seen.add(chunk.fileName);
        if (chunk.code.length >= SMALL) hinted.push(chunk);
        for (const file of chunk.imports) visit(chunks.get(file));
      };
      for (const chunk of chunks.values()) if (chunk.isEntry || isElementChunk(chunk)) visit(chunk);
      for (const chunk of hinted) {
        chunk.code = COMPILE_HINT + chunk.code;
        // One line more at the top: the source map's lines move down by one (in the chunk's map and
        // in the .map file, which the build has already emitted as an asset).
        if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
        const file = (bundle as Record<string, { type: string; source?: unknown }>)[`${chunk.fileName}.map`];
        if (file?.type === 'asset' && typeof file.source === 'string') {
          const map = JSON.parse(file.source) as { mappings: string };
          map.mappings = `;${map.mappings}`;
          file.source = JSON.stringify(map);
        }
      }
    },
  };
}
