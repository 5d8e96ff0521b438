/**
 * Generates a dossier's documents from the command line, with the same code as the app:
 *
 *   npm run documents -- dossier.json [autre-dossier.json …] --out DOSSIER_DE_SORTIE
 *
 * For each dossier: the deliberation draft (.docx), the readiness checklist (.pdf) and the
 * DataPass entry sheet (.txt). Useful to software vendors preparing many collectivités, and to CI.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readDossierText } from '../src/domain/dossier/read-dossier';
import { DOCUMENT_KINDS, generateDocument } from '../src/features/documents/generate';
import { nodeFonts, nodeTemplates } from '../src/features/documents/node-assets';

const { values, positionals } = parseArgs({ options: { out: { type: 'string', short: 'o' } }, allowPositionals: true });

if (positionals.length === 0 || !values.out) {
  console.error('Usage : npm run documents -- dossier.json [autre.json …] --out DOSSIER_DE_SORTIE');
  process.exit(2);
}

const templates = nodeTemplates();
let failures = 0;
mkdirSync(values.out, { recursive: true });

for (const file of positionals) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    console.error(`${file} : fichier introuvable ou illisible.`);
    failures++;
    continue;
  }
  const result = readDossierText(text);
  if (!result.ok) {
    console.error(`${file} : ${result.message}`);
    failures++;
    continue;
  }
  const folder = join(values.out, basename(file, '.json'));
  mkdirSync(folder, { recursive: true });
  for (const kind of DOCUMENT_KINDS) {
    const document = await generateDocument(kind, result.dossier, templates, nodeFonts, new Date());
    writeFileSync(join(folder, document.filename), document.bytes);
    console.log(`${join(folder, document.filename)} (${Math.round(document.bytes.length / 1024)} ko)`);
  }
}

process.exit(failures === 0 ? 0 : 1);
