#!/usr/bin/env node
/**
 * `npm run analyze`: custom-elements.json from the elements' JSDoc, with modules sorted by path
 * (the analyzer lists them in file-system order, which differs from one clone to another) and
 * paths pointing at the shipped JavaScript, plus the files generated from it (types for events,
 * React and Vue; VS Code and JetBrains editor data: see scripts/generate-types.mjs).
 * `--check` fails instead of writing when a committed file is not what would be written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { generatedFiles, shippedManifest } from './generate-types.mjs';

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
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const files = { ...generatedFiles(manifest, pkg), 'custom-elements.json': `${JSON.stringify(shippedManifest(manifest), null, 2)}\n` };
  const stale = [];
  for (const [path, raw] of Object.entries(files)) {
    // Formatted as `npm run format` would (custom-elements.json is prettier-ignored and stays as is).
    const options = await prettier.resolveConfig(path);
    const fresh = path === 'custom-elements.json' ? raw : await prettier.format(raw, { ...options, filepath: path });
    if (!check) {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, fresh);
    } else if (!existsSync(path) || readFileSync(path, 'utf8') !== fresh) stale.push(path);
  }
  if (!check)
    console.log(`custom-elements.json written (${manifest.modules.length} modules), and ${Object.keys(files).length - 1} files from it.`);
  else if (stale.length) {
    console.error(`${stale.join(', ')} ${stale.length > 1 ? 'are' : 'is'} stale: run \`npm run analyze\` and commit the result.`);
    process.exit(1);
  } else console.log('custom-elements.json and the files generated from it are fresh.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
