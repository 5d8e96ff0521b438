/**
 * One thread of `npm run batch`'s document pool: it loads the templates and the fonts once, then
 * generates the documents it is asked for, with the same generator as the app and `npm run
 * documents`, and hands the bytes back without copying them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Dossier } from '../../src/domain/dossier/model';
import { generateDocument, type DocumentKind } from '../../src/features/documents/generate';
import { nodeFonts, nodeTemplates } from '../../src/features/documents/node-assets';

export interface DocumentRequest {
  id: number;
  kind: DocumentKind;
  dossier: Dossier;
}

export type DocumentReply =
  { id: number; ok: true; filename: string; mimeType: string; bytes: Uint8Array<ArrayBuffer> } | { id: number; ok: false; message: string };

const port = parentPort;
if (!port) throw new Error('document-worker.ts runs as a worker thread');
const templates = nodeTemplates();
const fonts = nodeFonts();
const now = new Date((workerData as { now: string }).now);

port.on('message', (request: DocumentRequest) => {
  generateDocument(request.kind, request.dossier, templates, () => fonts, now).then(
    (document) => port.postMessage({ id: request.id, ok: true, ...document } satisfies DocumentReply, [document.bytes.buffer]),
    (error: unknown) =>
      port.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message || error.name : String(error) } satisfies DocumentReply),
  );
});
