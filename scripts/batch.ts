/**
 * A vendor's batch from the command line, with the same code as the app's /editeur/lot page:
 *
 *   npm run batch -- --model modele.json --collectivites liste.csv --out DOSSIER_DE_SORTIE
 *
 * For each row of the table (CSV or XLSX): a folder with the dossier (.json, importable), its
 * three documents and its DataPass links; then synthese.html and synthese.csv for the batch.
 * A refused row is told on stderr with its line and the reason, in French, and the other rows
 * are still produced; the exit code is 1 when a row was refused (2 for a wrong command line).
 * Never a stack trace.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeFileError, technicalDetail } from './documents/produce';
import { progressReporter } from './batch/progress';

const USAGE = 'Usage : npm run batch -- --model modele.json --collectivites liste.csv --out DOSSIER_DE_SORTIE';
const OPTIONS = { model: 'le fichier du modèle (.json)', collectivites: 'le tableau des collectivités (.csv ou .xlsx)', out: 'le dossier de sortie' } as const;

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

process.on('uncaughtException', (error) => fail(`Erreur inattendue : ${technicalDetail(error)}.`, 1));
process.on('unhandledRejection', (error) => fail(`Erreur inattendue : ${technicalDetail(error)}.`, 1));

let values: Partial<Record<keyof typeof OPTIONS, string>>;
try {
  ({ values } = parseArgs({
    options: { model: { type: 'string', short: 'm' }, collectivites: { type: 'string', short: 'c' }, out: { type: 'string', short: 'o' } },
    allowPositionals: false,
  }));
} catch (error) {
  const option = /'([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1] ?? '';
  const code = (error as NodeJS.ErrnoException).code;
  const name = option.replace(/^-+/, '').split(' ')[0] as keyof typeof OPTIONS;
  const message =
    code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && name in OPTIONS
      ? `L'option --${name} attend ${OPTIONS[name]}`
      : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
        ? `Argument inattendu : ${option}`
        : `Option inconnue : ${option}`;
  fail(`${message}.\n${USAGE}`, 2);
}
const missing = (Object.keys(OPTIONS) as (keyof typeof OPTIONS)[]).filter((k) => !values[k]);
if (missing.length > 0) fail(`Il manque ${missing.map((k) => `--${k} (${OPTIONS[k]})`).join(', ')}.\n${USAGE}`, 2);
const { model: modelPath, collectivites: tablePath, out } = values as Record<keyof typeof OPTIONS, string>;

function readInput(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    fail(`${what} ${path} ne se lit pas : ${describeFileError(error)}.`, 1);
  }
}

// Imported here, not above, so that even a failure to load them is reported as a sentence.
const [{ readVendorModel }, { readTable }, { runBatch, SUMMARY_FILES }, { nodeFonts, nodeTemplates }, { generateDocument }, { uuidV4 }] = await Promise.all([
  import('../src/domain/vendor'),
  import('../src/features/vendor-batch/read-table'),
  import('../src/features/vendor-batch/run-batch'),
  import('../src/features/documents/node-assets'),
  import('../src/features/documents/generate'),
  import('../src/domain/sandbox/formats'),
]);

const model = readVendorModel(readInput(modelPath, 'Le modèle').toString('utf8'));
if (!model.ok) fail(`${modelPath} : ${model.message}`, 1);
const table = await readTable(new Uint8Array(readInput(tablePath, 'Le tableau')), tablePath);
if (!table.ok) fail(`${tablePath} : ${table.message}`, 1);

// Read once, before any row: missing templates are told once, not once per document, and the PDF
// writer keeps its parsed fonts for these bytes from one collectivité to the next.
let templates: ReturnType<typeof nodeTemplates>;
try {
  templates = nodeTemplates();
} catch (error) {
  fail(`Les modèles de documents de l'outil sont illisibles : ${describeFileError(error)}.`, 1);
}

try {
  mkdirSync(out, { recursive: true });
} catch (error) {
  fail(`Le dossier de sortie ${out} ne peut pas être créé : ${describeFileError(error)}.`, 1);
}

const now = new Date();
const fonts = nodeFonts();
const result = await runBatch(
  { model: model.model, table: table.table, tableName: basename(tablePath) },
  {
    generate: (kind, dossier) => generateDocument(kind, dossier, templates, () => fonts, now),
    // Two rows at once: one generating while the other's files are written.
    concurrency: 2,
    write: ({ path, bytes }) => {
      const target = join(out, path);
      try {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, bytes);
      } catch (error) {
        throw new Error(`écriture de ${target} impossible : ${describeFileError(error)}.`);
      }
    },
    progress: progressReporter((line) => console.error(line)),
    now,
    newId: uuidV4,
  },
);
if (!result.ok) fail(`${tablePath} : ${result.message}`, 1);

const [{ problemText }, { summaryHeadline }] = await Promise.all([import('../src/domain/batch'), import('../src/features/vendor-batch/summary-files')]);
for (const row of result.summary.refused) for (const problem of row.problems) console.error(problemText(problem));
const closing = `${summaryHeadline(result.summary)}\nSynthèse : ${join(out, SUMMARY_FILES.html)} (et ${SUMMARY_FILES.csv}).`;
if (result.summary.refused.length > 0) fail(closing, 1);
console.log(closing);
