/**
 * The loader lists each element's chunk by hand (src/loader.ts, `byTag`): a new element folder
 * (src/elements/<name>/define.ts) that is not listed would never load from the CDN script.
 * <rl-reviews> and <rl-review-form> load together, from src/loader-reviews.ts, which defines both.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const together = ['reviews', 'review-form'];

test('every element folder with a define.ts is loaded by its tag', () => {
  const loader = readFileSync('src/loader.ts', 'utf8');
  const reviews = readFileSync('src/loader-reviews.ts', 'utf8');
  const folders = readdirSync('src/elements').filter((name) => existsSync(`src/elements/${name}/define.ts`));
  assert.ok(folders.length >= 10, 'the element folders are found');
  for (const name of folders) {
    if (together.includes(name)) {
      assert.ok(
        loader.includes(`'rl-${name}': () => import('./loader-reviews.js')`),
        `src/loader.ts loads <rl-${name}> from ./loader-reviews.js`,
      );
      assert.ok(reviews.includes(`import './elements/${name}/define.js';`), `src/loader-reviews.ts defines <rl-${name}>`);
    } else {
      assert.ok(
        loader.includes(`'rl-${name}': () => import('./elements/${name}/define.js')`),
        `src/loader.ts loads <rl-${name}> from ./elements/${name}/define.js`,
      );
    }
  }
});
