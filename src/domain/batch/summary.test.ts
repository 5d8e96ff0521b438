import { describe, expect, it } from 'vitest';
import { newDossier } from '../dossier/new-dossier';
import type { Dossier } from '../dossier/model';
import { buildVerdict, type JudgedFinding, type Verdict, type VerdictState } from '../verdict';
import type { RowProblem } from './row';
import { problemText, refusedRows, summaryCounts, summaryEntry, type BatchEntry, type BatchSummary } from './summary';

const TODAY = '2026-12-02';

function dossierOf(useCase: Dossier['useCase']['id']): Dossier {
  const d = newDossier('d-1', 'Cantine', new Date('2026-12-02T10:00:00+01:00'));
  return {
    ...d,
    organisation: { ...d.organisation, name: 'Commune de Saint-Exemple', siret: '219 900 012 00010' },
    useCase: { ...d.useCase, id: useCase },
  };
}

function finding(over: Partial<JudgedFinding>): JudgedFinding {
  return {
    key: 'k',
    kind: 'missing',
    place: { section: 'people', path: ['dpd', 'email'] },
    message: '',
    related: [],
    level: 'todo',
    step: 'personnes',
    keptReason: null,
    ...over,
  };
}

describe('a row’s entry in the summary', () => {
  const dossier = dossierOf('cantine');
  const verdict: Verdict = {
    ...buildVerdict(dossier, TODAY),
    state: 'review',
    counts: { todo: 1, review: 1, kept: 1 },
    findings: [
      finding({ message: 'Indiquez l’e-mail du DPD.' }),
      finding({ kind: 'review', level: 'review', step: 'methode', place: { section: 'method', path: ['tranches'] }, message: 'Grille de deux tranches.' }),
      finding({
        kind: 'review',
        level: 'review',
        step: 'securite',
        place: { section: 'security', path: [] },
        message: 'Volume élevé.',
        keptReason: 'Commune de 80 000 habitants.',
      }),
    ],
  };
  const files = [{ path: 'deliberation.docx', label: 'Projet de délibération (.docx)' }];

  it('names the collectivité, its use case by its label, its verdict, its folder and files', () => {
    expect(summaryEntry(4, dossier, verdict, '04-saint-exemple', files)).toMatchObject({
      line: 4,
      name: 'Commune de Saint-Exemple',
      siret: '219 900 012 00010',
      useCase: 'Cantine scolaire',
      state: 'review',
      counts: { todo: 1, review: 1, kept: 1 },
      folder: '04-saint-exemple',
      files,
    });
  });

  it('lists what is still missing, step by step title: every point to do and every point to review not kept with a reason', () => {
    expect(summaryEntry(4, dossier, verdict, '04-saint-exemple', files).missing).toEqual([
      { step: 'Personnes impliquées', level: 'todo', message: 'Indiquez l’e-mail du DPD.' },
      { step: 'Méthode de calcul et calendrier', level: 'review', message: 'Grille de deux tranches.' },
    ]);
  });

  it('misses as many points as the verdict counts to do and to review', () => {
    const real = buildVerdict(dossier, TODAY);
    const entry = summaryEntry(2, dossier, real, 'x', []);
    expect(entry.missing.length).toBe(real.counts.todo + real.counts.review);
    expect(entry.missing.length).toBeGreaterThan(0);
  });

  it('gives no use case for a dossier without one', () => {
    expect(summaryEntry(3, dossierOf(''), verdict, 'x', []).useCase).toBe('');
  });
});

describe('the summary’s counts', () => {
  const entry = (state: VerdictState): BatchEntry => ({
    line: 2,
    name: '',
    siret: '',
    useCase: '',
    state,
    counts: { todo: 0, review: 0, kept: 0 },
    missing: [],
    folder: '',
    files: [],
  });

  it('counts the dossiers ready, to do and to review, and the rows refused', () => {
    const summary: BatchSummary = {
      entries: [entry('todo'), entry('review'), entry('ready'), entry('review'), entry('todo'), entry('review')],
      refused: [{ line: 9, problems: [] }],
      ignoredColumns: [],
    };
    expect(summaryCounts(summary)).toEqual({ ready: 1, todo: 2, review: 3, refused: 1 });
  });
});

describe('the refused rows', () => {
  const problem = (line: number, message: string): RowProblem => ({ line, column: 'SIRET', message });

  it('lists each refused row once, in line order, with all its reasons in the order found', () => {
    const problems = [problem(7, 'a'), problem(3, 'b'), problem(12, 'c'), problem(3, 'd'), problem(5, 'e'), problem(7, 'f')];
    expect(refusedRows(problems)).toEqual([
      { line: 3, problems: [problem(3, 'b'), problem(3, 'd')] },
      { line: 5, problems: [problem(5, 'e')] },
      { line: 7, problems: [problem(7, 'a'), problem(7, 'f')] },
      { line: 12, problems: [problem(12, 'c')] },
    ]);
    expect(refusedRows([])).toEqual([]);
  });

  it('writes a problem with its line, and its column when it has one', () => {
    expect(problemText({ line: 5, column: 'SIRET', message: 'ce SIRET n’existe pas.' })).toBe('Ligne 5, colonne « SIRET » : ce SIRET n’existe pas.');
    expect(problemText({ line: 8, column: null, message: 'même SIRET qu’à la ligne 2.' })).toBe('Ligne 8 : même SIRET qu’à la ligne 2.');
  });
});
