#!/usr/bin/env node
/**
 * `npm run check:layers` (part of `npm test`): imports in src/ only point down the layers
 *
 *   domain ← adapters ← core ← elements ← entries (src/index.ts, src/define.ts, src/loader.ts)
 *
 * and there is no import cycle. Also, elements talk to each other through public API only:
 * an element folder may import another element's class file for its type, nothing else
 * (children load through core/child-elements.ts with their define.ts).
 * Type-only imports count for the layers (a type from a higher layer is still reach upwards)
 * but not for cycles (they vanish at runtime). `--self-test` shows the check fails on bad input.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

const RANK = { domain: 0, adapters: 1, core: 2, elements: 3, entries: 4 };

/** The layer of a path relative to src/ (`core/x.ts`). */
export function layerOf(path) {
  const top = path.split('/')[0];
  if (top in RANK && top !== 'entries') return top;
  return path.includes('/') ? undefined : 'entries';
}

/** Imports of one file: `{ spec, typeOnly, dynamic }`. */
export function importsOf(path, source) {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out = [];
  const visit = (node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      let typeOnly = false;
      if (ts.isImportDeclaration(node)) {
        const clause = node.importClause;
        const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
        typeOnly = Boolean(clause?.isTypeOnly || (clause && !clause.name && named?.length && named.every((e) => e.isTypeOnly)));
      } else {
        const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
        typeOnly = Boolean(node.isTypeOnly || (named?.length && named.every((e) => e.isTypeOnly)));
      }
      out.push({ spec: node.moduleSpecifier.text, typeOnly, dynamic: false });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      out.push({ spec: node.arguments[0].text, typeOnly: false, dynamic: true });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      out.push({ spec: node.argument.literal.text, typeOnly: true, dynamic: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** Resolves a relative specifier from `from` (paths relative to src/, `.js` written for `.ts`). */
function resolve(from, spec, files) {
  if (!spec.startsWith('.')) return undefined;
  const base = posix.normalize(posix.join(posix.dirname(from), spec));
  for (const candidate of [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, `${base}/index.ts`])
    if (files.has(candidate)) return candidate;
  return undefined;
}

/** All problems in a set of sources (Map of path relative to src/ → text). */
export function checkLayers(files) {
  const problems = [];
  const graph = new Map();
  for (const [path, source] of files) {
    const from = layerOf(path);
    const edges = [];
    graph.set(path, edges);
    for (const imp of importsOf(path, source)) {
      const target = resolve(path, imp.spec, files);
      if (!target) continue;
      const to = layerOf(target);
      if (from && to && RANK[to] > RANK[from])
        problems.push(`${path} imports ${target}: ${from} may not import ${to} (imports point down)`);
      const [, fromEl] = path.split('/');
      const [, toEl, toFile] = target.split('/');
      if (from === 'elements' && to === 'elements' && fromEl !== toEl && !(imp.typeOnly && toFile === `${toEl}.ts`)) {
        problems.push(`${path} imports ${target}: elements use each other's public API only (a type from its class file)`);
      }
      if (!imp.typeOnly) edges.push(target);
    }
  }
  for (const cycle of cycles(graph)) problems.push(`import cycle: ${[...cycle, cycle[0]].join(' → ')}`);
  return problems;
}

/** Strongly connected components with more than one file (or a file importing itself), Tarjan. */
function cycles(graph) {
  let index = 0;
  const stack = [];
  const info = new Map();
  const found = [];
  const connect = (v) => {
    info.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!info.has(w)) {
        connect(w);
        info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
      } else if (info.get(w).onStack) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
    }
    if (info.get(v).low === info.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        info.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.reverse());
    }
  };
  for (const v of graph.keys()) if (!info.has(v)) connect(v);
  return found;
}

function readTree(root) {
  const files = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts'))
        files.set(relative(root, full).split(sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(root);
  return files;
}

function selfTest() {
  const ok = new Map([
    ['domain/a.ts', 'export const a = 1;'],
    ['core/b.ts', "import { a } from '../domain/a.js'; export const b = a;"],
    ['elements/x/x.ts', "import { b } from '../../core/b.js'; export class X { b = b; }"],
    ['elements/y/y.ts', "import type { X } from '../x/x.js'; export let y: X | undefined;"],
    ['index.ts', "export * from './elements/x/x.js';"],
  ]);
  const cases = [
    ['a good tree', ok, 0],
    ['domain importing core', new Map([...ok, ['domain/c.ts', "import { b } from '../core/b.js'; export const c = b;"]]), 1],
    ['a type from a higher layer', new Map([...ok, ['adapters/d.ts', "import type { X } from '../elements/x/x.js'; export let d: X;"]]), 1],
    [
      'one element reaching into another',
      new Map([...ok, ['elements/y/z.ts', "import { b } from '../x/x.messages.js';"], ['elements/x/x.messages.ts', 'export const m = 1;']]),
      1,
    ],
    [
      'a cycle',
      new Map([
        ...ok,
        ['core/p.ts', "import { q } from './q.js'; export const p = 1;"],
        ['core/q.ts', "export const q = () => import('./p.js');"],
      ]),
      1,
    ],
  ];
  let failed = 0;
  for (const [name, files, expected] of cases) {
    const problems = checkLayers(files);
    const pass = problems.length === expected;
    if (!pass) failed++;
    console.log(`${pass ? 'ok  ' : 'FAIL'} ${name}: ${problems.length} problem(s)${problems.length ? ` — ${problems.join('; ')}` : ''}`);
  }
  return failed;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  if (process.argv.includes('--self-test')) {
    process.exit(selfTest() ? 1 : 0);
  }
  const rootFlag = process.argv.indexOf('--root');
  const root = rootFlag > 0 ? process.argv[rootFlag + 1] : join(dirname(new URL(import.meta.url).pathname), '..', 'src');
  const problems = checkLayers(readTree(root));
  for (const p of problems) console.error(`layers: ${p}`);
  if (problems.length) {
    console.error(`\nlayers: ${problems.length} problem(s). Layers: domain ← adapters ← core ← elements ← entries.`);
    process.exit(1);
  }
  console.log('layers: imports point down, no cycles.');
}
