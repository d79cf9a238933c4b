// Fails when modules under src/ import each other in a cycle, or when one
// shared folder imports another that imports it back (the layers in the
// README's Layout section). ESLint's per-folder rules keep the direction;
// this catches what they cannot see: a loop through several files.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'src');
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(path);
  }
})(root);

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"](\.[^'"]+)['"]/g;
function resolveImport(from, spec) {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const graph = new Map();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const deps = new Set();
  for (const match of text.matchAll(IMPORT)) {
    const target = resolveImport(file, match[1]);
    if (target && /\.(ts|tsx)$/.test(target)) deps.add(target);
  }
  graph.set(file, deps);
}

// Module cycles (Tarjan's strongly connected components).
let index = 0;
const stack = [];
const state = new Map();
const cycles = [];
function connect(node) {
  state.set(node, { index, low: index, onStack: true });
  index += 1;
  stack.push(node);
  for (const dep of graph.get(node) ?? []) {
    if (!graph.has(dep)) continue;
    if (!state.has(dep)) {
      connect(dep);
      state.get(node).low = Math.min(state.get(node).low, state.get(dep).low);
    } else if (state.get(dep).onStack) state.get(node).low = Math.min(state.get(node).low, state.get(dep).index);
  }
  if (state.get(node).low === state.get(node).index) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      state.get(member).onStack = false;
      component.push(member);
    } while (member !== node);
    if (component.length > 1) cycles.push(component);
  }
}
for (const node of graph.keys()) if (!state.has(node)) connect(node);

// Folder cycles among the shared layers.
const layer = (file) => relative(root, file).split('/')[0];
const edges = new Set();
for (const [file, deps] of graph) for (const dep of deps) if (layer(file) !== layer(dep)) edges.add(`${layer(file)}>${layer(dep)}`);
const folderLoops = [...edges].filter((e) => {
  const [a, b] = e.split('>');
  return a < b && edges.has(`${b}>${a}`) && !(a === 'features' || b === 'features');
});

// Test-only code (src/testing/) never ships: no app module may import it.
const testingImports = [];
for (const [file, deps] of graph) {
  if (layer(file) === 'testing') continue;
  for (const dep of deps) if (layer(dep) === 'testing') testingImports.push(`${relative(root, file)} -> ${relative(root, dep)}`);
}

for (const leak of testingImports) console.error(`app code imports test-only code: ${leak}`);
for (const cycle of cycles) console.error(`cycle: ${cycle.map((f) => relative(root, f)).join(' -> ')}`);
for (const loop of folderLoops) console.error(`folders import each other: ${loop.replace('>', ' <-> ')}`);
if (cycles.length || folderLoops.length || testingImports.length) process.exit(1);
console.log(`check-cycles: ${graph.size} modules, no import cycles; layers: ${[...edges].sort().join(', ')}`);
