import { describe, expect, it } from 'vitest';
import { cantineWith, stepSaysOf } from '../../../test/fixtures/step-says';
import type { ScopeKey } from '../catalogue/scopes';
import type { Dossier } from '../dossier/model';

// The cantine dossier (tranches of QF) needs an income year, the number of parts and the reference income.
const data = (answers: Partial<Dossier['data']>, others: Omit<Parameters<typeof cantineWith>[0], 'data'> = {}) => cantineWith({ data: answers, ...others });
const MINIMUM: ScopeKey[] = ['dgfip_annee_n_moins_2', 'dgfip_nbpart', 'dgfip_rfr'];
const pac: ScopeKey[] = [...MINIMUM, 'dgfip_pac'];

describe('the data step', () => {
  it('says what the method needs, what goes beyond it, and which DataPass rules the data break', async () => {
    await expect(
      stepSaysOf('data', {
        'Le minimum de la méthode': data({}),
        'Sans méthode choisie': data({}, { method: { id: '' } }),
        'Banque sans méthode, une année et l’indicateur LEP': data(
          { scopes: ['dgfip_annee_n_moins_1', 'dgfip_IndLep'] },
          { method: { id: '' }, organisation: { type: 'banque' } },
        ),
        'Sans année de revenu': data({ scopes: ['dgfip_nbpart', 'dgfip_rfr'] }),
        'Sans le nombre de parts': data({ scopes: ['dgfip_annee_n_moins_2', 'dgfip_rfr'] }),
        'Commune et indicateur LEP': data({
          scopes: [...MINIMUM, 'dgfip_IndLep'],
          justifications: { dgfip_IndLep: 'Pour une aide réservée aux titulaires d’un LEP.' },
        }),
        'Situation de famille sans justification': data({ scopes: [...MINIMUM, 'dgfip_sitfam'], justifications: { dgfip_sitfam: '  ' } }),
        'Situation de famille, justification courte': data({ scopes: [...MINIMUM, 'dgfip_sitfam'], justifications: { dgfip_sitfam: '  Le foyer.  ' } }),
        'Situation de famille justifiée': data({
          scopes: [...MINIMUM, 'dgfip_sitfam'],
          justifications: { dgfip_sitfam: 'Le tarif dépend de la situation du foyer.' },
        }),
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/rules/donnees-minimum-et-regles.txt');
  });

  it('asks which boxes of the dependants’ detail are needed, and says what an expression de besoin spécifique changes', async () => {
    const justified = { dgfip_pac: 'Majoration du quotient pour les enfants handicapés.' };
    await expect(
      stepSaysOf('data', {
        'Détail des personnes à charge, sans case': data({ scopes: pac, justifications: justified, dependantBoxes: [] }),
        'Détail des personnes à charge, cases G et I': data({ scopes: pac, justifications: justified, dependantBoxes: ['G', 'I'] }),
        'Cases choisies sans le détail des personnes à charge': data({ dependantBoxes: ['G'] }),
        'Expression de besoin spécifique, sans année': data({ scopes: ['dgfip_nbpart', 'dgfip_rfr'], hasSpecificRequirements: true }),
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/rules/donnees-personnes-a-charge.txt');
  });
});
