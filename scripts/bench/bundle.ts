import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Sizes of the production build, from Vite's manifest: what the first page loads, and the lazy chunks. */
interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface BundleReport {
  initialFiles: string[];
  initialGzip: number;
  /** The first page's files one by one, largest first. */
  initialChunks: { file: string; gzip: number }[];
  lazy: { name: string; files: string[]; gzip: number }[];
  /** Every file loaded only on demand, one by one. */
  lazyChunks: { file: string; gzip: number }[];
}

const gzipSize = (dist: string, file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** A chunk and everything it imports statically (what loading it really costs). */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

function filesOf(manifest: Manifest, keys: Iterable<string>): string[] {
  return [...new Set([...keys].flatMap((k) => [manifest[k]!.file, ...(manifest[k]!.css ?? [])]))];
}

/** `lazyGroups`: a name and the source paths (prefixes) whose chunks form that lazy feature. */
export function bundleReport(dist: string, lazyGroups: Record<string, string[]>): BundleReport {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const initialKeys = closure(manifest, entry);
  const initialFiles = filesOf(manifest, initialKeys);
  const lazy = Object.entries(lazyGroups).map(([name, prefixes]) => {
    const keys = new Set<string>();
    for (const key of Object.keys(manifest)) {
      if (prefixes.some((p) => key.startsWith(p))) for (const k of closure(manifest, key)) if (!initialKeys.has(k)) keys.add(k);
    }
    const files = filesOf(manifest, keys);
    return { name, files, gzip: files.reduce((sum, f) => sum + gzipSize(dist, f), 0) };
  });
  const lazyChunks = [...new Set(Object.values(manifest).flatMap((c) => [c.file, ...(c.css ?? [])]))]
    .filter((f) => !initialFiles.includes(f) && /\.(js|css|ttf)$/.test(f))
    .map((file) => ({ file, gzip: gzipSize(dist, file) }))
    .sort((a, b) => b.gzip - a.gzip);
  const initialChunks = initialFiles.map((file) => ({ file, gzip: gzipSize(dist, file) })).sort((a, b) => b.gzip - a.gzip);
  return { initialFiles, initialGzip: initialChunks.reduce((sum, c) => sum + c.gzip, 0), initialChunks, lazy, lazyChunks };
}
