import { describe, expect, it } from 'vitest';
import { DurableJournal, dossiersToRestore, restoreFromJournal, updatedAtOf, type JournalRecord, type JournalStore } from './durable-journal';

const dossier = (updatedAt: string, name = '') => JSON.stringify({ id: 'a', updatedAt, organisation: { name } });
const record = (id: string, text: string): JournalRecord => ({ id, text, updatedAt: updatedAtOf(text) });

describe('dossiersToRestore', () => {
  const local = (texts: Record<string, string>) => (id: string) => texts[id] ?? null;

  it('puts back a journal copy more recent than localStorage, or missing from it', () => {
    const newer = dossier('2026-03-01T10:00:05.000Z', 'Commune de Saint-Exemple');
    const older = dossier('2026-03-01T10:00:01.000Z', 'Commune de Saint');
    const created = dossier('2026-03-01T09:00:00.000Z');
    expect(dossiersToRestore(local({ a: older }), [record('a', newer), record('b', created)])).toEqual([
      { id: 'a', text: newer },
      { id: 'b', text: created },
    ]);
  });

  it('leaves localStorage alone when its copy is the same, or more recent', () => {
    const newer = dossier('2026-03-01T10:00:05.000Z', 'Commune');
    const older = dossier('2026-03-01T10:00:01.000Z', 'Com');
    expect(dossiersToRestore(local({ a: newer }), [record('a', newer)])).toEqual([]);
    expect(dossiersToRestore(local({ a: newer }), [record('a', older)])).toEqual([]);
  });

  it('compares instants, not strings, and prefers the journal at the same instant', () => {
    const journal = JSON.stringify({ updatedAt: '2026-03-01T10:00:05.1Z', organisation: { name: 'B' } });
    const stored = dossier('2026-03-01T10:00:05.000Z', 'A');
    expect(dossiersToRestore(local({ a: stored }), [record('a', journal)])).toEqual([{ id: 'a', text: journal }]);
    const sameInstant = dossier('2026-03-01T10:00:05.000Z', 'AB');
    expect(dossiersToRestore(local({ a: stored }), [record('a', sameInstant)])).toEqual([{ id: 'a', text: sameInstant }]);
  });

  it('restores over an unreadable copy, never with a copy it cannot date', () => {
    const good = dossier('2026-03-01T10:00:05.000Z');
    expect(dossiersToRestore(local({ a: '{broken' }), [record('a', good)])).toEqual([{ id: 'a', text: good }]);
    expect(dossiersToRestore(local({ a: good }), [record('a', '{broken')])).toEqual([]);
    expect(dossiersToRestore(local({ a: good }), [record('a', JSON.stringify({ updatedAt: 'hier' }))])).toEqual([]);
    // A missing dossier is restored whole, even unreadable: the list offers its repair.
    expect(dossiersToRestore(local({}), [record('a', '{broken')])).toEqual([{ id: 'a', text: '{broken' }]);
  });
});

/** A store whose transactions complete only when the test says so. */
function manualStore() {
  const transactions: { changes: Map<string, string | null>; complete: () => void; fail: () => void }[] = [];
  const saved = new Map<string, string>();
  const inFlight = { now: 0, most: 0 };
  const store: JournalStore = {
    write(changes) {
      inFlight.most = Math.max(inFlight.most, ++inFlight.now);
      return new Promise<void>((resolve, reject) => {
        transactions.push({
          changes: new Map(changes),
          complete: () => {
            inFlight.now--;
            for (const [id, text] of changes) {
              if (text === null) saved.delete(id);
              else saved.set(id, text);
            }
            resolve();
          },
          fail: () => {
            inFlight.now--;
            reject(new Error('disk full'));
          },
        });
      });
    },
    readAll: () => Promise.resolve([...saved].map(([id, text]) => record(id, text))),
  };
  return { store, transactions, saved, inFlight };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('DurableJournal', () => {
  it('starts a transaction at once, then coalesces what is typed meanwhile into one more', async () => {
    const { store, transactions, saved } = manualStore();
    const journal = new DurableJournal(store);
    journal.record('a', 'C');
    expect(transactions).toHaveLength(1);
    for (const text of ['Co', 'Com', 'Comm', 'Commune']) journal.record('a', text);
    journal.record('b', 'autre');
    expect(transactions).toHaveLength(1);

    transactions[0]!.complete();
    await settle();
    expect(transactions).toHaveLength(2);
    expect(transactions[1]!.changes).toEqual(
      new Map([
        ['a', 'Commune'],
        ['b', 'autre'],
      ]),
    );
    transactions[1]!.complete();
    await journal.idle();
    expect(saved).toEqual(
      new Map([
        ['a', 'Commune'],
        ['b', 'autre'],
      ]),
    );
    expect(transactions).toHaveLength(2);
  });

  it('never holds more than one transaction in flight, however many keystrokes', async () => {
    const { store, transactions, saved, inFlight } = manualStore();
    const journal = new DurableJournal(store);
    let typed = '';
    for (let i = 0; i < 500; i++) {
      typed += 'x';
      journal.record('a', typed);
      // The disk answers every 100 keystrokes.
      if (i % 100 === 99) {
        transactions.at(-1)!.complete();
        await settle();
      }
    }
    for (let i = 0; i < 3 && saved.get('a') !== typed; i++) {
      transactions.at(-1)!.complete();
      await settle();
    }
    await journal.idle();
    expect(saved.get('a')).toBe(typed);
    expect(inFlight.most).toBe(1);
    expect(transactions).toHaveLength(6);
  });

  it('removes after any write still in flight, and a removal replaces a waiting write', async () => {
    const { store, transactions, saved } = manualStore();
    const journal = new DurableJournal(store);
    journal.record('a', 'un');
    journal.record('a', 'deux');
    journal.forget('a');
    transactions[0]!.complete();
    await settle();
    expect(transactions[1]!.changes).toEqual(new Map([['a', null]]));
    transactions[1]!.complete();
    await journal.idle();
    expect(saved.has('a')).toBe(false);
  });

  it('goes on after a failed transaction, and never throws', async () => {
    const { store, transactions, saved } = manualStore();
    const journal = new DurableJournal(store);
    journal.record('a', 'un');
    journal.record('a', 'deux');
    transactions[0]!.fail();
    await settle();
    transactions[1]!.complete();
    await journal.idle();
    expect(saved.get('a')).toBe('deux');

    const throwing = new DurableJournal({
      write: () => {
        throw new Error('no IndexedDB');
      },
      readAll: () => {
        throw new Error('no IndexedDB');
      },
    });
    expect(() => throwing.record('a', 'x')).not.toThrow();
    await throwing.idle();
    await expect(throwing.readAll()).resolves.toEqual([]);
  });

  it('does nothing without a store (no IndexedDB, as in jsdom)', async () => {
    const journal = new DurableJournal(null);
    journal.record('a', 'x');
    journal.forget('a');
    await journal.idle();
    await expect(journal.readAll()).resolves.toEqual([]);
  });
});

describe('restoreFromJournal', () => {
  it('writes back the more recent copies', async () => {
    const { store, saved } = manualStore();
    const newer = dossier('2026-03-01T10:00:05.000Z', 'Commune');
    saved.set('a', newer);
    const local = new Map([['a', dossier('2026-03-01T10:00:00.000Z', 'Com')]]);
    const outcome = await restoreFromJournal(
      (id) => local.get(id) ?? null,
      (id, text) => local.set(id, text),
      { from: new DurableJournal(store) },
    );
    expect(local.get('a')).toBe(newer);
    expect(outcome).toMatchObject({ status: 'read', restored: ['a'] });
  });

  it('gives up waiting after its timeout; a late answer restores only what the page has not written since', async () => {
    let answer: (records: JournalRecord[]) => void = () => undefined;
    const slow = new DurableJournal({ write: () => new Promise(() => undefined), readAll: () => new Promise((resolve) => (answer = resolve)) });
    const local = new Map<string, string>([['b', dossier('2026-03-01T10:00:00.000Z', 'B ancien')]]);
    const late: [string[], boolean][] = [];
    const outcome = await restoreFromJournal(
      (id) => local.get(id) ?? null,
      (id, text) => local.set(id, text),
      {
        timeoutMs: 50,
        from: slow,
        onLate: (restored, pageHasWritten) => late.push([restored, pageHasWritten]),
      },
    );
    // Its status says it gave up; how long that took is the clock's business, not a test's.
    expect(outcome).toMatchObject({ status: 'timed-out', restored: [] });

    // Meanwhile the page is drawn and the user types in dossier a.
    const typed = dossier('2026-03-02T08:00:00.000Z', 'A saisi maintenant');
    local.set('a', typed);
    slow.record('a', typed);
    answer([record('a', dossier('2026-03-01T10:00:05.000Z', 'A du journal')), record('b', dossier('2026-03-01T10:00:05.000Z', 'B du journal'))]);
    await settle();
    expect(local.get('a')).toBe(typed);
    expect(local.get('b')).toBe(dossier('2026-03-01T10:00:05.000Z', 'B du journal'));
    expect(late).toEqual([[['b'], true]]);
  });

  it('after a late answer, tells that the page has written nothing (so may reload), and stays silent when nothing is restored', async () => {
    let answer: (records: JournalRecord[]) => void = () => undefined;
    const slow = new DurableJournal({ write: () => Promise.resolve(), readAll: () => new Promise((resolve) => (answer = resolve)) });
    const local = new Map<string, string>();
    const late: [string[], boolean][] = [];
    await restoreFromJournal(
      (id) => local.get(id) ?? null,
      (id, text) => local.set(id, text),
      {
        timeoutMs: 10,
        from: slow,
        onLate: (restored, pageHasWritten) => late.push([restored, pageHasWritten]),
      },
    );
    answer([record('a', dossier('2026-03-01T10:00:05.000Z'))]);
    await settle();
    expect(late).toEqual([[['a'], false]]);

    let again: (records: JournalRecord[]) => void = () => undefined;
    const slowAgain = new DurableJournal({ write: () => Promise.resolve(), readAll: () => new Promise((resolve) => (again = resolve)) });
    await restoreFromJournal(
      (id) => local.get(id) ?? null,
      (id, text) => local.set(id, text),
      {
        timeoutMs: 10,
        from: slowAgain,
        onLate: (restored, pageHasWritten) => late.push([restored, pageHasWritten]),
      },
    );
    again([record('a', local.get('a')!)]);
    await settle();
    expect(late).toHaveLength(1);
  });

  it('never rejects, even when writing back throws', async () => {
    const { store, saved } = manualStore();
    saved.set('a', dossier('2026-03-01T10:00:05.000Z'));
    const write = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    await expect(restoreFromJournal(() => null, write, { from: new DurableJournal(store) })).resolves.toMatchObject({ status: 'read', restored: [] });
  });
});
