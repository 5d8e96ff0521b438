import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { BatchFile } from './run-batch';

/**
 * The batch's folder as one zip, written as the rows come: each file is compressed and dropped
 * at once, so that a large table never holds every document twice in memory. The .docx and
 * .pdf are already compressed: stored as they are.
 */
export interface ZipWriter {
  add(file: BatchFile): void;
  finish(): Promise<Blob>;
}

const STORED = /\.(docx|pdf|xlsx)$/i;

export function zipWriter(): ZipWriter {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let failure: Error | null = null;
  let resolveDone: (blob: Blob) => void = () => undefined;
  let rejectDone: (error: Error) => void = () => undefined;
  const done = new Promise<Blob>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      failure = error;
      rejectDone(error);
      return;
    }
    parts.push(chunk);
    if (final) resolveDone(new Blob(parts, { type: 'application/zip' }));
  });
  return {
    add({ path, bytes }) {
      if (failure) throw failure;
      const entry = STORED.test(path) ? new ZipPassThrough(path) : new ZipDeflate(path, { level: 6 });
      zip.add(entry);
      entry.push(bytes, true);
    },
    finish() {
      zip.end();
      return done;
    },
  };
}
