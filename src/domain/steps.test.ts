import { describe, expect, it } from 'vitest';
import { neighbours, stepById, stepHeading, STEPS } from './steps';

describe('the wizard’s steps', () => {
  it('are numbered from 1 in their order, each editing its part of the dossier, the synthesis none', () => {
    expect(STEPS.map((s) => `${String(s.number)} ${s.id} ${s.section ?? '—'}`)).toEqual([
      '1 organisation organisation',
      '2 cas-d-usage useCase',
      '3 methode method',
      '4 donnees data',
      '5 cadre-juridique legal',
      '6 traitement gdpr',
      '7 personnes people',
      '8 securite security',
      '9 synthese —',
    ]);
  });

  it('are found by their id, and an unknown id is a programming error', () => {
    expect(stepById('donnees').title).toBe('Les données');
    expect(() => stepById('inconnue' as never)).toThrow('Unknown step inconnue');
  });

  it('lead to the previous and the next, none before the first nor after the last', () => {
    expect(neighbours('methode')).toEqual({ previous: stepById('cas-d-usage'), next: stepById('donnees') });
    expect(neighbours('organisation')).toEqual({ previous: null, next: stepById('cas-d-usage') });
    expect(neighbours('synthese')).toEqual({ previous: stepById('securite'), next: null });
  });

  it('are headed with their number out of all of them and their title', () => {
    expect(stepHeading('methode')).toBe('Étape 3 sur 9 – Méthode de calcul et calendrier');
    expect(stepHeading('synthese')).toBe('Étape 9 sur 9 – Synthèse');
  });
});
