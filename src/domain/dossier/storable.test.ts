import { describe, expect, it } from 'vitest';
import { problemsUnder } from './storable';

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
