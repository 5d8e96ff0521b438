import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Dossier } from '../../src/domain/dossier/model';
import { readDossierText } from '../../src/domain/dossier/read-dossier';
import { DOCUMENT_KINDS, type DocumentKind, type GeneratedDocument } from '../../src/features/documents/generate';

/**
 * The work of `npm run documents`, one dossier file after the other. A bad file (unreadable,
 * not JSON, not a dossier, or a dossier whose documents cannot be generated) is reported with
 * its name and a French reason, and the next files are still produced. Nothing here throws:
 * every error becomes a sentence, never a stack trace.
 */
export interface ProduceOptions {
  out: string;
  generate: (kind: DocumentKind, dossier: Dossier) => Promise<GeneratedDocument>;
  /** A line for the user (one written file). */
  info: (line: string) => void;
  /** A line about a failure. */
  error: (line: string) => void;
}

export interface ProduceSummary {
  produced: string[];
  failed: string[];
}

const DOCUMENT_NAMES: Record<DocumentKind, string> = {
  deliberation: 'projet de délibération',
  checklist: 'liste de contrôle',
  sheet: 'fiche de saisie DataPass',
};

/** A Node file-system error, in French. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'chemin introuvable';
    case 'EACCES':
    case 'EPERM':
      return 'accès refusé (droits insuffisants)';
    case 'EISDIR':
      return "c'est un répertoire, pas un fichier";
    case 'ENOTDIR':
      return "un élément du chemin n'est pas un répertoire";
    case 'EEXIST':
      return 'un fichier de ce nom existe déjà';
    case 'ENOSPC':
      return 'plus de place sur le disque';
    case 'EROFS':
      return 'le disque est en lecture seule';
    default:
      return `erreur du système de fichiers (${technicalDetail(error)})`;
  }
}

/** The error's own message, for the curious: never its stack. */
export function technicalDetail(error: unknown): string {
  if (error instanceof Error) return (error as NodeJS.ErrnoException).code ?? (error.message || error.name);
  return String(error);
}

async function produceOne(file: string, options: ProduceOptions): Promise<string | null> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'fichier introuvable.' : `lecture impossible : ${describeFileError(error)}.`;
  }
  const read = readDossierText(text);
  if (!read.ok) return read.message;

  // Every document is generated before any is written: a dossier that fails leaves no partial folder.
  const documents: GeneratedDocument[] = [];
  for (const kind of DOCUMENT_KINDS) {
    try {
      documents.push(await options.generate(kind, read.dossier));
    } catch (error) {
      return `la génération du document « ${DOCUMENT_NAMES[kind]} » a échoué sur une valeur de ce dossier (détail technique : ${error instanceof Error ? error.message || error.name : String(error)}).`;
    }
  }

  const folder = join(options.out, basename(file, '.json'));
  for (const document of documents) {
    const path = join(folder, document.filename);
    try {
      mkdirSync(folder, { recursive: true });
      writeFileSync(path, document.bytes);
    } catch (error) {
      return `écriture de ${path} impossible : ${describeFileError(error)}.`;
    }
    options.info(`${path} (${Math.round(document.bytes.length / 1024)} ko)`);
  }
  return null;
}

export async function produceDocuments(files: readonly string[], options: ProduceOptions): Promise<ProduceSummary> {
  const summary: ProduceSummary = { produced: [], failed: [] };
  for (const file of files) {
    let reason: string | null;
    try {
      reason = await produceOne(file, options);
    } catch (error) {
      // Not expected: produceOne catches what it knows of. Still a sentence, not a stack.
      reason = `erreur inattendue (détail technique : ${technicalDetail(error)}).`;
    }
    if (reason === null) {
      summary.produced.push(file);
    } else {
      summary.failed.push(file);
      options.error(`${file} : ${reason}`);
    }
  }
  return summary;
}

/** "2 dossiers sur 3 produits ; 1 en échec : b.json". */
export function summaryLine({ produced, failed }: ProduceSummary): string {
  const total = produced.length + failed.length;
  const plural = produced.length > 1 ? 's' : '';
  const done = `${produced.length} dossier${plural} sur ${total} produit${plural}`;
  return failed.length === 0 ? `${done}.` : `${done} ; ${failed.length} en échec : ${failed.join(', ')}`;
}
