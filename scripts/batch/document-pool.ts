import { Worker } from 'node:worker_threads';
import type { Dossier } from '../../src/domain/dossier/model';
import { generateDocument, type DocumentKind, type GeneratedDocument } from '../../src/features/documents/generate';
import { nodeFonts, nodeTemplates } from '../../src/features/documents/node-assets';
import type { DocumentReply, DocumentRequest } from './document-worker';

/**
 * Where the documents are generated: in this thread by default, or on several worker threads
 * (BATCH_THREADS), each keeping its fonts and templates for the whole batch; a worker that dies
 * fails the documents it held, not the batch. Measured on the 2-core development machine shared
 * with other work (load 8), 200 rows took 37 s on one thread and 49 s on two: each worker starts
 * its own TypeScript loader and copies every dossier, and busy cores give it nothing back. More
 * threads can only pay on free cores.
 */
export interface DocumentPool {
  size: number;
  generate(kind: DocumentKind, dossier: Dossier): Promise<GeneratedDocument>;
  close(): Promise<void>;
}

export function documentPool(now: Date, size = 1): DocumentPool {
  // One thread: this one, without the cost of a worker's start and of copying each dossier.
  if (size <= 1) return inThread(now);
  // The worker is TypeScript: tsx's loader, registered in this thread, is registered in each worker too.
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(new URL('./document-worker.ts', import.meta.url).href)}); })`;
  const workers = Array.from({ length: size }, () => new Worker(boot, { eval: true, workerData: { now: now.toISOString() } }));
  const pending = new Map<number, { resolve: (d: GeneratedDocument) => void; reject: (e: Error) => void; worker: Worker }>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let next = 0;

  for (const worker of workers) {
    worker.on('message', (reply: DocumentReply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      load.set(worker, (load.get(worker) ?? 1) - 1);
      if (reply.ok) job.resolve({ filename: reply.filename, mimeType: reply.mimeType, bytes: reply.bytes });
      else job.reject(new Error(reply.message));
    });
    worker.on('error', (error) => {
      for (const [id, job] of pending) {
        if (job.worker !== worker) continue;
        pending.delete(id);
        job.reject(error);
      }
      load.delete(worker);
    });
  }

  return {
    size,
    generate(kind, dossier) {
      // The least busy worker still alive.
      const worker = [...load.entries()].sort((a, b) => a[1] - b[1])[0]?.[0];
      if (!worker) return Promise.reject(new Error('no document worker left'));
      const id = next++;
      load.set(worker, (load.get(worker) ?? 0) + 1);
      return new Promise<GeneratedDocument>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker });
        worker.postMessage({ id, kind, dossier } satisfies DocumentRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

function inThread(now: Date): DocumentPool {
  const templates = nodeTemplates();
  const fonts = nodeFonts();
  return {
    size: 1,
    generate: (kind, dossier) => generateDocument(kind, dossier, templates, () => fonts, now),
    close: () => Promise.resolve(),
  };
}
