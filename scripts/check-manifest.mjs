#!/usr/bin/env node
/** Fails when custom-elements.json is not what `npm run analyze` would write now. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves `outdir` against the working directory, so use a relative scratch folder.
const dir = join('node_modules', '.cache', 'rl-cem-check');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const config = join(dir, 'cem.config.mjs');
writeFileSync(config, `import base from ${JSON.stringify(join(process.cwd(), 'custom-elements-manifest.config.mjs'))};\nexport default { ...base, outdir: ${JSON.stringify(dir)} };\n`);
try {
  execFileSync('npx', ['cem', 'analyze', '--config', config, '--quiet'], { stdio: 'inherit' });
  const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh.trim() !== committed.trim()) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is fresh.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
