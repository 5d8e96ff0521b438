import { describe, expect, it } from 'vitest';
import { completeCantineDossier, TODAY } from '../../test/fixtures/dossiers';
import { buildChecklist } from './checklist';
import { newDossier } from './dossier/new-dossier';

describe('the readiness checklist', () => {
  it('lists the DGFiP sheet’s items word for word', () => {
    const labels = buildChecklist(newDossier('x', 'x'), TODAY).map((i) => i.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Le besoin métier est identifié et décrit',
        'Les données nécessaires au besoin sont strictement définies',
        'Mon logiciel métier va pouvoir être raccordé',
        'Demandeur',
        'Responsable de traitement',
        'Délégué à la protection des données (DPD)',
        'Responsable technique (interne collectivité ou éditeur de logiciels)',
        "L'attestation employeur pour le demandeur est remplie",
        "L'attestation employeur pour le responsable technique est remplie",
        "Le document de désignation du demandeur pour souscrire au nom de l'organisation est rempli",
        "Le demandeur dispose d'un compte ProConnect",
      ]),
    );
  });

  it('is all ready or not applicable for a complete dossier', () => {
    const items = buildChecklist(completeCantineDossier(), TODAY);
    expect(items.filter((i) => i.status === 'missing')).toEqual([]);
    expect(items.find((i) => i.id === 'recette')?.status).toBe('not-applicable');
    expect(items.find((i) => i.id === 'logiciel')?.detail).toContain('Mon éditeur est en capacité');
  });

  it('points each missing item to the step and field to fix', () => {
    const d = completeCantineDossier();
    const items = buildChecklist({ ...d, people: { ...d.people, dpd: { ...d.people.dpd, email: '' } } }, TODAY);
    const dpd = items.find((i) => i.id === 'dpd')!;
    expect(dpd).toMatchObject({ status: 'missing', step: 'personnes', path: ['dpd', 'email'] });
    expect(dpd.todo).toContain('adresse e-mail');
    expect(items.find((i) => i.id === 'demandeur')?.status).toBe('ready');
  });

  it('keeps a deliberation still to adopt among the missing items', () => {
    const d = completeCantineDossier();
    const item = buildChecklist({ ...d, legal: { ...d.legal, deliberationStatus: 'a-adopter', plannedSessionDate: '2027-01-20' } }, TODAY).find(
      (i) => i.id === 'deliberation-donnees',
    );
    expect(item?.status).toBe('missing');
    expect(item?.todo).toContain('Faites adopter');
  });
});
