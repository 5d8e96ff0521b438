import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The reference point: an empty Vite + React page, built with the same tools in the same run,
 * so that the app's first-page weight can be read as a ratio.
 */
export async function buildBlankPage(projectRoot: string): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'page-vide-'));
  mkdirSync(join(root, 'src'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html lang="fr"><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>',
  );
  writeFileSync(
    join(root, 'src/main.tsx'),
    "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')!).render(<h1>Page vide</h1>);\n",
  );
  const outDir = join(root, 'dist');
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    resolve: { alias: { react: join(projectRoot, 'node_modules/react'), 'react-dom': join(projectRoot, 'node_modules/react-dom') } },
    build: { outDir, manifest: true, target: 'es2022' },
  });
  return outDir;
}
