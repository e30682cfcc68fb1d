#!/usr/bin/env node
/**
 * `npm run analyze`: custom-elements.json from the elements' JSDoc, with modules sorted by path
 * (the analyzer lists them in file-system order, which differs from one clone to another).
 * `--check` fails instead of writing when the committed file is not what would be written.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const check = process.argv.includes('--check');
// The analyzer resolves `outdir` against the working directory, so use a relative scratch folder.
const dir = join('node_modules', '.cache', 'rl-cem');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const config = join(dir, 'cem.config.mjs');
writeFileSync(
  config,
  `import base from ${JSON.stringify(join(process.cwd(), 'custom-elements-manifest.config.mjs'))};\nexport default { ...base, outdir: ${JSON.stringify(dir)} };\n`,
);
try {
  execFileSync('npx', ['cem', 'analyze', '--config', config, '--quiet'], { stdio: 'inherit' });
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  const fresh = `${JSON.stringify(manifest, null, 2)}\n`;
  if (!check) {
    writeFileSync('custom-elements.json', fresh);
    console.log(`custom-elements.json written (${manifest.modules.length} modules).`);
  } else if (readFileSync('custom-elements.json', 'utf8') !== fresh) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  } else {
    console.log('custom-elements.json is fresh.');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
