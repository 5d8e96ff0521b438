import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The architecture the README describes is the one the code has: every folder of its code map
 * exists and every folder of the tree is in it; and no module imports itself back through
 * others (an import cycle), types aside since they vanish at build.
 */
const ROOT = resolve(import.meta.dirname, '../..');

function codeMap(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Organisation du code'));
  const block = section.slice(section.indexOf('```') + 3, section.indexOf('```', section.indexOf('```') + 3));
  const paths: string[] = [];
  const stack: string[] = [];
  for (const line of block.split('\n')) {
    const match = /^( *)([\w.-]+)\/\s/.exec(`${line} `);
    if (!match) continue;
    const depth = match[1]!.length / 2;
    stack.length = depth;
    stack.push(match[2]!);
    paths.push(stack.join('/'));
  }
  return paths;
}

const folders = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => statSync(join(ROOT, dir, name)).isDirectory())
    .map((name) => `${dir}/${name}`);

describe('the README’s code map', () => {
  const listed = codeMap();

  it('names only folders that exist', () => {
    expect(listed.length).toBeGreaterThan(20);
    for (const path of listed) expect(existsSync(join(ROOT, path)), path).toBe(true);
  });

  it('names every folder of src/, src/domain/ and src/features/', () => {
    for (const dir of ['src', 'src/domain', 'src/features']) {
      for (const folder of folders(dir).filter((f) => !f.endsWith('/styles'))) expect(listed, folder).toContain(folder);
    }
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  const base = join(dirname(join(ROOT, from)), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate);
  }
  return null;
}

/** Runtime imports only: `import type` and `export type` leave nothing at build. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\s+(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm)].map((m) => m[1]!);
  const dynamic = [...text.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
  return [...specifiers, ...dynamic].flatMap((s) => resolveImport(file, s) ?? []);
}

describe('the import graph of src/', () => {
  it('has no cycle', () => {
    const graph = new Map(sourceFiles('src').map((file) => [file, runtimeImports(file)]));
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
