/**
 * Generates a dossier's documents from the command line, with the same code as the app:
 *
 *   npm run documents -- dossier.json [autre-dossier.json …] --out DOSSIER_DE_SORTIE
 *
 * For each dossier: the deliberation draft (.docx), the readiness checklist (.pdf) and the
 * DataPass entry sheet (.txt). Useful to software vendors preparing many collectivités, and to CI.
 *
 * A bad file is named on stderr with the reason, in French, and the next files are still
 * produced; the exit code is 1 when one failed (2 for a wrong command line). Never a stack trace.
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeFileError, produceDocuments, summaryLine, technicalDetail } from './documents/produce';

const USAGE = 'Usage : npm run documents -- dossier.json [autre.json …] --out DOSSIER_DE_SORTIE';

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

// Whatever escapes below is still told as a sentence.
process.on('uncaughtException', (error) => fail(`Erreur inattendue : ${technicalDetail(error)}.`, 1));
process.on('unhandledRejection', (error) => fail(`Erreur inattendue : ${technicalDetail(error)}.`, 1));

let values: { out?: string | undefined };
let positionals: string[];
try {
  ({ values, positionals } = parseArgs({ options: { out: { type: 'string', short: 'o' } }, allowPositionals: true }));
} catch (error) {
  // parseArgs explains in English; the option it names is enough.
  const option = /'([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1] ?? '';
  const missingValue = (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE';
  fail(`${missingValue ? "L'option --out attend le dossier de sortie" : `Option inconnue : ${option}`}.\n${USAGE}`, 2);
}
if (positionals.length === 0 || !values.out) fail(USAGE, 2);
const out = values.out;

try {
  mkdirSync(out, { recursive: true });
} catch (error) {
  fail(`Le dossier de sortie ${out} ne peut pas être créé : ${describeFileError(error)}.`, 1);
}

// Imported here, not above, so that even a failure to load them is reported as a sentence.
const [{ generateDocument }, { nodeFonts, nodeTemplates }] = await Promise.all([
  import('../src/features/documents/generate'),
  import('../src/features/documents/node-assets'),
]);
let templates: ReturnType<typeof nodeTemplates>;
try {
  templates = nodeTemplates();
} catch (error) {
  fail(`Les modèles de documents de l'outil sont illisibles : ${describeFileError(error)}.`, 1);
}

const now = new Date();
const summary = await produceDocuments(positionals, {
  out,
  generate: (kind, dossier) => generateDocument(kind, dossier, templates, nodeFonts, now),
  info: (line) => console.log(line),
  error: (line) => console.error(line),
});

if (summary.failed.length > 0) fail(summaryLine(summary), 1);
console.log(summaryLine(summary));
