/**
 * A second, durable copy of every dossier, in IndexedDB, for when the browser itself crashes.
 *
 * localStorage survives a closed tab, but Chromium writes it to disk only every few seconds: a
 * browser killed outright (crash, out of memory, power cut of the process) loses what was typed
 * in the seconds before. Each write of a dossier is therefore also put into IndexedDB in a
 * transaction with strict durability (flushed to disk before it completes). Writes are
 * coalesced: at most one transaction is in flight, and the newest text of each dossier waits for
 * it, replacing any text still waiting, so fast typing never queues hundreds of transactions.
 *
 * At start-up, before anything is drawn, `restoreFromJournal` puts back into localStorage every
 * dossier whose journal copy is more recent (by the dossier's own `updatedAt`) than the
 * localStorage one, or whose localStorage copy is missing.
 *
 * The journal is a safety net: none of this ever throws, and any failure is ignored.
 */
export const JOURNAL_DATABASE = 'habilitation-impot-particulier';
export const JOURNAL_STORE = 'dossiers';

export interface JournalRecord {
  id: string;
  text: string;
  /** The dossier's own `updatedAt`, when its text has one. */
  updatedAt: string | null;
}

/** What the journal needs of a durable store; IndexedDB in the browser, a fake in tests. */
export interface JournalStore {
  /** One durable transaction: puts each text, removes each id mapped to null. */
  write(changes: ReadonlyMap<string, string | null>): Promise<void>;
  readAll(): Promise<JournalRecord[]>;
}

export function updatedAtOf(text: string): string | null {
  try {
    const value = JSON.parse(text) as { updatedAt?: unknown } | null;
    return typeof value?.updatedAt === 'string' ? value.updatedAt : null;
  } catch {
    return null;
  }
}

function timeOf(text: string): number {
  const iso = updatedAtOf(text);
  return iso === null ? Number.NaN : Date.parse(iso);
}

/**
 * The journal copies to write back into localStorage: those whose localStorage copy is missing,
 * or older (by the dossier's `updatedAt`) than the journal's. When both carry the same instant
 * but differ, the journal's is kept: it is written within milliseconds of each change, while
 * localStorage reaches the disk seconds later.
 */
export function dossiersToRestore(local: (id: string) => string | null, records: readonly JournalRecord[]): { id: string; text: string }[] {
  const restore: { id: string; text: string }[] = [];
  for (const record of records) {
    const current = local(record.id);
    if (current === record.text) continue;
    if (current === null) {
      restore.push({ id: record.id, text: record.text });
      continue;
    }
    const journalTime = timeOf(record.text);
    const localTime = timeOf(current);
    if (Number.isNaN(journalTime)) continue;
    if (Number.isNaN(localTime) || journalTime >= localTime) restore.push({ id: record.id, text: record.text });
  }
  return restore;
}

/** Coalesces writes to a store: one transaction in flight at most, the newest texts waiting. */
export class DurableJournal {
  private waiting = new Map<string, string | null>();
  private inFlight: Promise<void> | null = null;
  /** The dossiers written or removed by this page since it started. */
  readonly touched = new Set<string>();

  constructor(private readonly store: JournalStore | null) {}

  /** Keeps this text of the dossier as soon as possible. */
  record(id: string, text: string): void {
    this.enqueue(id, text);
  }

  /** Removes the dossier from the journal, after any of its texts still in flight. */
  forget(id: string): void {
    this.enqueue(id, null);
  }

  /** Resolves once everything recorded so far has been written (or has failed). */
  async idle(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  readAll(): Promise<JournalRecord[]> {
    if (!this.store) return Promise.resolve([]);
    try {
      return this.store.readAll().catch(() => []);
    } catch {
      return Promise.resolve([]);
    }
  }

  private enqueue(id: string, text: string | null): void {
    this.touched.add(id);
    if (!this.store) return;
    this.waiting.delete(id); // re-inserted last: the map keeps the order of the latest changes
    this.waiting.set(id, text);
    if (!this.inFlight) this.flush();
  }

  private flush(): void {
    const store = this.store;
    if (!store || this.waiting.size === 0) return;
    const changes = this.waiting;
    this.waiting = new Map();
    let written: Promise<void>;
    try {
      written = store.write(changes);
    } catch (error) {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- passes on whatever the store threw: it is dropped just below
      written = Promise.reject(error);
    }
    this.inFlight = written
      .catch(() => undefined)
      .then(() => {
        this.inFlight = null;
        this.flush();
      });
  }
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** The journal in this browser's IndexedDB; the connection is opened once, on first use. */
export function indexedDbStore(factory: IDBFactory): JournalStore {
  let opening: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(JOURNAL_DATABASE, 1);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(JOURNAL_STORE)) request.result.createObjectStore(JOURNAL_STORE);
      };
      request.onsuccess = () => {
        const db = request.result;
        // A later version of the app, open in another tab, wants to upgrade: let it.
        db.onversionchange = () => {
          db.close();
          opening = null;
        };
        db.onclose = () => (opening = null);
        resolve(db);
      };
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      request.onblocked = () => reject(new Error('blocked'));
    });
    opening.catch(() => (opening = null));
    return opening;
  };
  return {
    async write(changes) {
      const db = await open();
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction(JOURNAL_STORE, 'readwrite', { durability: 'strict' });
        const store = transaction.objectStore(JOURNAL_STORE);
        for (const [id, text] of changes) {
          if (text === null) store.delete(id);
          else store.put({ text, updatedAt: updatedAtOf(text) }, id);
        }
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
        transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
      });
    },
    async readAll() {
      const db = await open();
      const transaction = db.transaction(JOURNAL_STORE, 'readonly');
      const store = transaction.objectStore(JOURNAL_STORE);
      const [keys, values] = await Promise.all([requestResult(store.getAllKeys()), requestResult(store.getAll())]);
      const records: JournalRecord[] = [];
      keys.forEach((key, i) => {
        const value = values[i] as { text?: unknown; updatedAt?: unknown } | undefined;
        if (typeof key === 'string' && typeof value?.text === 'string') {
          records.push({ id: key, text: value.text, updatedAt: typeof value.updatedAt === 'string' ? value.updatedAt : null });
        }
      });
      return records;
    },
  };
}

function browserStore(): JournalStore | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- indexedDB is null where a browser has it turned off (Firefox's dom.indexedDB.enabled)
    return typeof indexedDB === 'undefined' || !indexedDB ? null : indexedDbStore(indexedDB);
  } catch {
    return null;
  }
}

const journal = new DurableJournal(browserStore());

/** Called on every write of a dossier to localStorage. */
export function journalWrite(id: string, text: string): void {
  try {
    journal.record(id, text);
  } catch {
    // a safety net only
  }
}

/** Called when a dossier is removed. */
export function journalRemove(id: string): void {
  try {
    journal.forget(id);
  } catch {
    // a safety net only
  }
}

export interface RestoreOutcome {
  /**
   * 'read': the journal answered in time. 'timed-out': it did not, the app was drawn without
   * waiting more; should it answer later, `onLate` is called (see `restoreFromJournal`).
   */
  status: 'read' | 'timed-out';
  restored: string[];
  ms: number;
}

/**
 * At start-up: writes back into localStorage (through `write`) the journal copies that are more
 * recent than what `read` finds there. Gives up waiting after `timeoutMs`, so that a broken
 * IndexedDB never keeps the app from starting; never rejects. The outcome is also left as a
 * performance mark, 'journal-restore', for the crash drill and for anyone looking at a slow start.
 *
 * A journal that answers after the timeout (a slow start on a busy computer) is not thrown away:
 * the dossiers this page has not written meanwhile are written back, then `onLate` is told which
 * ones and whether this page has written any dossier since it started (if not, reloading it
 * shows the restored texts and loses nothing).
 */
export function restoreFromJournal(
  read: (id: string) => string | null,
  write: (id: string, text: string) => unknown,
  {
    timeoutMs = 1000,
    from = journal,
    onLate,
  }: { timeoutMs?: number; from?: DurableJournal; onLate?: (restored: string[], pageHasWritten: boolean) => void } = {},
): Promise<RestoreOutcome> {
  const started = Date.now();
  const writeBack = (records: JournalRecord[], skip: ReadonlySet<string>): string[] => {
    const restored: string[] = [];
    for (const { id, text } of dossiersToRestore(read, records)) {
      if (skip.has(id)) continue;
      try {
        write(id, text);
        restored.push(id);
      } catch {
        // ignored
      }
    }
    return restored;
  };
  const mark = (name: string, detail: unknown) => {
    try {
      performance.mark(name, { detail });
    } catch {
      // no User Timing here
    }
  };
  return new Promise<RestoreOutcome>((resolve) => {
    let done = false;
    const finish = (status: RestoreOutcome['status'], restored: string[]) => {
      done = true;
      const outcome: RestoreOutcome = { status, restored, ms: Date.now() - started };
      mark('journal-restore', outcome);
      resolve(outcome);
    };
    const timer = setTimeout(() => finish('timed-out', []), timeoutMs);
    void from.readAll().then((records) => {
      if (!done) {
        clearTimeout(timer);
        let restored: string[] = [];
        try {
          restored = writeBack(records, new Set());
        } catch {
          // ignored
        }
        finish('read', restored);
        return;
      }
      try {
        const pageHasWritten = from.touched.size > 0;
        const restored = writeBack(records, new Set(from.touched));
        mark('journal-restore-late', { restored, ms: Date.now() - started });
        if (restored.length > 0) onLate?.(restored, pageHasWritten);
      } catch {
        // ignored
      }
    });
  });
}
