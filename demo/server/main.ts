/**
 * `npm start`: builds the CDN bundle when it is missing or older than `src/`, then serves the
 * demo shop, `/cdn/*` and the API on one origin.
 *
 *   node --import tsx demo/server/main.ts [--build-if-missing | --no-build]
 */
/// <reference types="node" />
import { createAdaptorServer } from '@hono/node-server';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { createServer } from './app.js';
import { ROOT, readConfig, type ServerConfig } from './config.js';
import { orders } from './seed-data.js';
import { DEMO_ADMIN_PASSWORD } from './admin.js';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuild(config: ServerConfig, mode: 'fresh' | 'missing' | 'none'): void {
  const entry = join(config.cdnDir, 'returnless.js');
  const missing = !existsSync(entry);
  if (mode === 'none' || (mode === 'missing' && !missing)) {
    if (missing) console.warn(`[returnless] ${entry} is missing: run \`npx vite build\`. Pages will load no elements.`);
    return;
  }
  if (!missing && statSync(entry).mtimeMs >= newestMtime(join(ROOT, 'src'))) return;
  console.log(
    missing ? '[returnless] Building the CDN bundle (dist/cdn)…' : '[returnless] src/ changed since the last build: rebuilding dist/cdn…',
  );
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('[returnless] The CDN build failed (see above). Fix it, or start with --no-build to serve the last build.');
    process.exit(1);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  let config: ServerConfig;
  try {
    config = readConfig();
  } catch (error) {
    console.error(`[returnless] ${(error as Error).message}`);
    process.exit(1);
  }
  ensureBuild(config, args.includes('--no-build') ? 'none' : args.includes('--build-if-missing') ? 'missing' : 'fresh');
  let shop: ReturnType<typeof createServer>;
  try {
    shop = createServer(config);
  } catch (error) {
    // A bad RL_SECRET or secret file: one clear line, no stack.
    console.error(`[returnless] ${(error as Error).message}`);
    process.exit(1);
  }
  const server = createAdaptorServer({ fetch: shop.app.fetch }) as Server;

  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      console.error(`[returnless] Port ${config.port} is already in use. Stop the other server or pick another port: PORT=4174 npm start`);
    } else {
      console.error('[returnless] Could not start the server:', error.message);
    }
    shop.close();
    process.exit(1);
  });

  server.listen(config.port, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://localhost:${port}`;
    console.log(`
Returnless demo shop: ${url}/
  product page  ${url}/product.html
  returns page  ${url}/returns.html
  help page     ${url}/help.html
  admin page    ${url}/admin.html   (${process.env.RL_ADMIN_PASSWORD ? 'password from RL_ADMIN_PASSWORD' : `password: ${DEMO_ADMIN_PASSWORD}; set RL_ADMIN_PASSWORD to change it`})
${config.demoOutbox ? `  outbox        ${url}/emails.html   (review invitations of the demo orders)\n` : ''}  API           ${url}/api   (data: ${config.dataDir})${config.testFaults ? '\n  TEST FAULTS ENABLED: POST /api/__test/faults, /api/__test/reset' : ''}

Demo orders (order number / email / postcode):
${orders.map((o) => `  ${o.number}  ${o.email.padEnd(18)} ${o.postalCode.padEnd(9)} ${describe(o)}`).join('\n')}

Ctrl-C stops the server. \`npm run demo:reset\` restores the seed data.`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n[returnless] ${signal}: shutting down…`);
    server.close(() => {
      shop.close();
      process.exit(0);
    });
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

function describe(o: (typeof orders)[number]): string {
  if (o.returns?.length) return `delivered ${o.deliveredDaysAgo} days ago, partly returned`;
  if (o.deliveredDaysAgo === undefined) return 'shipped, not delivered yet';
  if (o.deliveredDaysAgo > 30) return `delivered ${o.deliveredDaysAgo} days ago (window closed)`;
  return `delivered ${o.deliveredDaysAgo} days ago${o.lines.length > 3 ? ' (final-sale and hygiene lines)' : ''}`;
}

main();
