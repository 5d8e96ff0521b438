import { describe, expect, it } from 'vitest';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { problemsUnder, storageProblems } from './storable';

describe('the storage problems of one part of the dossier', () => {
  it('are keyed by their path within that part, and only theirs', () => {
    const problems = [
      { path: ['people', 'dpd', 'email'], message: 'trop long', expectsText: true },
      { path: ['datapassRequests', 'impot-editeur', 'filedOn'], message: 'date incomplète', expectsText: false },
      { path: ['people'], message: 'section entière', expectsText: false },
    ];
    expect([...problemsUnder(problems, 'people')]).toEqual([['dpd.email', 'trop long']]);
    expect([...problemsUnder(problems, 'datapassRequests')]).toEqual([['impot-editeur.filedOn', 'date incomplète']]);
  });
});

describe('why a dossier could not be stored', () => {
  const cantine = completeCantineDossier();
  const problemsOf = (change: (d: Record<string, Record<string, unknown>>) => void) => {
    const d = structuredClone(cantine) as unknown as Record<string, Record<string, unknown>>;
    change(d);
    return storageProblems(d);
  };

  it('is nothing for a dossier that loads', () => {
    expect(storageProblems(cantine)).toEqual([]);
  });

  it('is one line per value, at its place (list indexes as numbers), with the message shown beside the field', () => {
    expect(problemsOf((d) => (d.method!.tranches = [{ upTo: 500, price: '1' }]))).toEqual([
      { path: ['method', 'tranches', 0, 'upTo'], message: 'Un texte est attendu ici.', expectsText: true },
    ]);
  });

  it('says the value must be a text where a text is expected or a text is too long, and only there', () => {
    const expectsText = (change: (d: Record<string, Record<string, unknown>>) => void) => problemsOf(change).map((p) => p.expectsText);
    expect(expectsText((d) => (d.organisation!.name = 12))).toEqual([true]);
    expect(expectsText((d) => (d.organisation!.name = 'N'.repeat(301)))).toEqual([true]);
    expect(expectsText((d) => (d.gdpr!.inRegister = 'oui'))).toEqual([false]);
    expect(expectsText((d) => (d.organisation!.type = 'mairie'))).toEqual([false]);
    expect(expectsText((d) => (d.method!.tranches = Array.from({ length: 51 }, () => ({ upTo: '', price: '' }))))).toEqual([false]);
    expect(expectsText((d) => (d.data!.scopes = 'dgfip_rfr'))).toEqual([false]);
  });
});
