import { useEffect, useId, useRef, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { BATCH_COLUMNS, batchZipName, problemText, type BatchSummary } from '../../domain/batch';
import { readVendorModel, type VendorModel } from '../../domain/vendor';
import { uuidV4 } from '../../domain/sandbox/formats';
import { APP_NAME } from '../../ui/app-name';
import { focusHeadingAfterNavigation } from '../../ui/focus-heading';
import { Notice } from '../../ui/notice';
import { downloadFile } from '../storage';
import { readTable } from './read-table';
import { runBatch } from './run-batch';
import { summaryHeadline } from './summary-files';
import { zipWriter } from './zip-writer';
import { FileField } from '../../ui/file-field';

/**
 * The vendor's batch in the browser: its model and its table of collectivités in, one zip out,
 * with the same folders and summary as `npm run batch`. Rows are produced one after the other,
 * yielding to the page between documents, so that the progress shows and the page answers.
 */
type Status =
  | { state: 'idle' }
  | { state: 'working'; done: number; total: number }
  | { state: 'done'; summary: BatchSummary; zip: Blob; zipName: string }
  | { state: 'failed'; message: string };

interface FieldErrors {
  model?: string;
  table?: string;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function readModel(file: File): Promise<{ ok: true; model: VendorModel } | { ok: false; message: string }> {
  if (file.size > 5 * 1024 * 1024) return { ok: false, message: 'Ce fichier est trop gros pour être un modèle d’éditeur (plus de 5 Mo).' };
  return readVendorModel(await file.text());
}

export function VendorBatchPage() {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const ids = useId();
  const [modelFile, setModelFile] = useState<File | null>(null);
  const [tableFile, setTableFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  /** What the live region says: the progress at each tenth, not at each row. */
  const [announce, setAnnounce] = useState('');

  useEffect(() => {
    document.title = `Préparer un lot de collectivités – ${APP_NAME}`;
    focusHeadingAfterNavigation(headingRef);
  }, []);

  useEffect(() => {
    if (status.state === 'done' || status.state === 'failed') resultRef.current?.focus();
  }, [status.state]);

  const run = async (event: { preventDefault(): void }) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!modelFile) found.model = 'Choisissez le fichier du modèle (.json), exporté depuis l’espace éditeur.';
    if (!tableFile) found.table = 'Choisissez le tableau des collectivités (.csv ou .xlsx).';
    const model = modelFile ? await readModel(modelFile) : null;
    if (model && !model.ok) found.model = model.message;
    const table = tableFile ? await readTable(new Uint8Array(await tableFile.arrayBuffer()), tableFile.name) : null;
    if (table && !table.ok) found.table = table.message;
    setErrors(found);
    if (!model?.ok || !table?.ok || !tableFile) return;

    setStatus({ state: 'working', done: 0, total: table.table.rows.length });
    setAnnounce('Préparation du lot commencée.');
    const [{ generateDocument }, { browserFonts, browserTemplates }] = await Promise.all([
      import('../documents/generate'),
      import('../documents/browser-assets'),
    ]);
    // Fetched once for the whole batch: the PDF writer then keeps the parsed fonts from one row to the next.
    const fonts = browserFonts();
    fonts.catch(() => undefined);
    const zip = zipWriter();
    const now = new Date();
    let lastTenth = 0;
    try {
      const result = await runBatch(
        { model: model.model, table: table.table, tableName: tableFile.name },
        {
          generate: async (kind, dossier) => {
            await nextTask();
            return generateDocument(kind, dossier, browserTemplates, () => fonts, now);
          },
          write: (file) => zip.add(file),
          progress: (done, total) => {
            setStatus({ state: 'working', done, total });
            const tenth = Math.floor((done * 10) / total);
            if (tenth > lastTenth) {
              lastTenth = tenth;
              setAnnounce(`${done} lignes sur ${total} traitées.`);
            }
          },
          now,
          newId: uuidV4,
        },
      );
      if (!result.ok) {
        setStatus({ state: 'idle' });
        setAnnounce('');
        setErrors({ table: result.message });
        return;
      }
      const blob = await zip.finish();
      const zipName = batchZipName(tableFile.name, now);
      setStatus({ state: 'done', summary: result.summary, zip: blob, zipName });
      setAnnounce(`Lot prêt : ${summaryHeadline(result.summary)}`);
    } catch (error) {
      console.error(error);
      setStatus({
        state: 'failed',
        message: 'Le lot n’a pas pu être produit. Réessayez ; si le problème persiste, utilisez la commande npm run batch et signalez le problème.',
      });
      setAnnounce('Le lot n’a pas pu être produit.');
    }
  };

  const working = status.state === 'working';
  const fileField = (key: keyof FieldErrors, label: string, hint: string, accept: string, onFile: (file: File | null) => void) => {
    const id = `${ids}-${key}`;
    const error = errors[key];
    return (
      <FileField
        id={id}
        label={label}
        hint={hint}
        error={error}
        accept={accept}
        disabled={working}
        onFile={(file) => {
          onFile(file);
          setErrors((all) => ({ ...all, [key]: undefined }));
          setStatus({ state: 'idle' });
        }}
      />
    );
  };

  return (
    <div className="page vendor-batch">
      <h1 ref={headingRef} tabIndex={-1}>
        Préparer les demandes de plusieurs collectivités
      </h1>
      <p>
        À partir de votre <Link to="/editeur">modèle d’éditeur</Link> et du tableau de vos collectivités clientes, l’outil prépare le dossier de chacune, ses
        documents (projet de délibération, liste de contrôle, fiche DataPass) et ses liens DataPass pré-remplis, puis une synthèse de ce que chacune doit encore
        compléter. Tout reste sur votre poste : rien n’est envoyé.
      </p>
      <details className="batch-columns">
        <summary>Les colonnes du tableau</summary>
        <p>
          La première ligne nomme les colonnes (majuscules et accents indifférents) ; les colonnes marquées d’un astérisque sont obligatoires, les autres
          peuvent manquer ou rester vides. Une valeur erronée (SIRET, e-mail, cas d’usage inconnu) écarte sa ligne, avec la raison ; les autres lignes sont
          produites.
        </p>
        <ul>
          {BATCH_COLUMNS.map((c) => (
            <li key={c.key}>
              <strong>
                {c.header}
                {c.required ? ' *' : ''}
              </strong>{' '}
              : {c.description}
            </li>
          ))}
        </ul>
      </details>
      <form onSubmit={(e) => void run(e)} noValidate>
        {fileField('model', 'Modèle de l’éditeur (.json)', 'Le fichier exporté depuis l’espace éditeur.', '.json,application/json', setModelFile)}
        {fileField(
          'table',
          'Tableau des collectivités (.csv ou .xlsx)',
          'Une ligne par collectivité et par cas d’usage ; CSV séparé par des points-virgules ou des virgules, ou classeur Excel (première feuille).',
          '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          setTableFile,
        )}
        <button type="submit" className="button button--primary" disabled={working}>
          Préparer le lot
        </button>
      </form>

      <p className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>

      {status.state === 'working' && (
        <div className="batch-progress">
          <label htmlFor={`${ids}-progression`}>
            Lignes traitées : {status.done} sur {status.total}
          </label>
          <progress id={`${ids}-progression`} max={status.total} value={status.done} />
        </div>
      )}

      {status.state === 'failed' && (
        <>
          <h2 ref={resultRef} tabIndex={-1}>
            Le lot n’a pas pu être produit
          </h2>
          <Notice kind="error">
            <p>{status.message}</p>
          </Notice>
        </>
      )}

      {status.state === 'done' && (
        <section aria-labelledby={`${ids}-resultat`}>
          <h2 ref={resultRef} tabIndex={-1} id={`${ids}-resultat`}>
            Votre lot est prêt
          </h2>
          <p>
            <strong>{summaryHeadline(status.summary)}</strong>
          </p>
          <button type="button" className="button button--primary" onClick={() => downloadFile(status.zipName, status.zip, 'application/zip')}>
            Télécharger le lot ({status.zipName}, {Math.max(1, Math.round(status.zip.size / 1024))} ko)
          </button>
          <p className="field-hint">
            Un dossier par collectivité (son dossier .json à importer dans l’outil, ses documents, ses liens DataPass), et la synthèse du lot : synthese.html à
            ouvrir dans le navigateur, synthese.csv pour un tableur.
          </p>
          {status.summary.refused.length > 0 && (
            <>
              <h3>Lignes refusées</h3>
              <p>Corrigez-les dans le tableau, puis préparez de nouveau le lot.</p>
              <ul className="batch-refused">
                {status.summary.refused.flatMap((row) => row.problems.map((p) => <li key={`${p.line}-${p.column ?? ''}-${p.message}`}>{problemText(p)}</li>))}
              </ul>
            </>
          )}
          {status.summary.ignoredColumns.length > 0 && (
            <p>Colonnes ignorées, que l’outil ne connaît pas : {status.summary.ignoredColumns.map((c) => `« ${c} »`).join(', ')}.</p>
          )}
        </section>
      )}
    </div>
  );
}
