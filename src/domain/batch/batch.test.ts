import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readVendorModel, type VendorModel } from '../vendor';
import { BATCH_COLUMNS, columnLetter, duplicateProblem, matchHeaders, parseTranches, rowCells, rowToDossier, cellValue, type Table } from '.';
import { columnByKey } from './columns';
import type { Dossier } from '../dossier/model';

const modelRead = readVendorModel(readFileSync(new URL('../../../examples/editeur/modele-logiciels-famille.json', import.meta.url), 'utf8'));
if (!modelRead.ok) throw new Error(modelRead.message);
const model: VendorModel = modelRead.model;
const OPTIONS = { id: 'lot-1', now: new Date('2026-12-02T10:00:00+01:00'), today: '2026-12-02' };

const HEADERS = BATCH_COLUMNS.map((c) => c.header);
function tableOf(...rows: Record<string, string>[]): Table {
  return { headers: HEADERS, rows: rows.map((r, i) => ({ line: i + 2, cells: BATCH_COLUMNS.map((c) => r[c.key] ?? '') })) };
}
const GOOD = {
  name: 'Commune de Saint-Exemple',
  siret: '219 900 012 00010',
  type: 'Commune',
  useCase: 'Cantine scolaire',
  method: 'tranches-qf',
  tranches: '500 : 1 ; 900 : 2,40 ; au-delà : 4,80',
  'demandeur.familyName': 'Martin',
  'demandeur.email': 'claire.martin@saint-exemple.fr',
  'dpd.phone': '123456789',
};

function rowsOf(table: Table) {
  const match = matchHeaders(table.headers);
  if (!match.ok) throw new Error(match.message);
  return rowCells(table, match.columns);
}

function dossierOf(row: Record<string, string>): Dossier {
  const [cells] = rowsOf(tableOf(row));
  const result = rowToDossier(model, cells!, OPTIONS);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dossier;
}

describe('the table’s headers', () => {
  it('names every missing required column, in French, with the headers it read', () => {
    const result = matchHeaders(['Nom de la collectivité', 'Téléphone du DPD']);
    expect(result).toEqual({
      ok: false,
      message:
        'Il manque les colonnes obligatoires « SIRET », « Type d’organisation », « Cas d’usage ». La première ligne du tableau doit nommer les colonnes ; celles qui ont été lues : « Nom de la collectivité », « Téléphone du DPD ».',
    });
  });

  it('reads headers whatever their case, accents, apostrophes and dashes, and says which it ignores', () => {
    const result = matchHeaders(['NOM DE LA COLLECTIVITE', 'siret', "Type d'organisation", 'cas d usage', 'Email du demandeur', 'Remarques']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.columns.map((c) => c?.key ?? null)).toEqual(['name', 'siret', 'type', 'useCase', 'demandeur.email', null]);
    expect(result.ignored).toEqual(['Remarques']);
  });

  it('refuses a column given twice, naming its spreadsheet letters', () => {
    const result = matchHeaders(['Nom', 'SIRET', 'Type', 'Cas d’usage', 'SIRET']);
    expect(result).toEqual({ ok: false, message: 'Une même colonne figure deux fois dans le tableau : « SIRET » (colonnes B et E). Gardez-en une seule.' });
    expect(columnLetter(26)).toBe('AA');
  });
});

describe('a cell’s value', () => {
  it('reads a tariff grid into the wizard’s tranches, the last one without bound', () => {
    expect(parseTranches('500 : 1 ; 900 : 2,40 €\n au-delà : 4,80')).toEqual({
      ok: true,
      value: [
        { upTo: '500', price: '1' },
        { upTo: '900', price: '2,40' },
        { upTo: '', price: '4,80' },
      ],
    });
    const bad = parseTranches('500 = 1');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toContain('Grille illisible à la tranche 1 (« 500 = 1 »)');
  });

  it('takes a use case by its label or its code, and lists them all for one it does not know', () => {
    expect(cellValue(columnByKey('useCase'), 'places en crèche')).toEqual({ ok: true, value: 'creche' });
    expect(cellValue(columnByKey('useCase'), 'periscolaire')).toEqual({ ok: true, value: 'periscolaire' });
    const unknown = cellValue(columnByKey('useCase'), 'Cantin');
    expect(!unknown.ok && unknown.message).toMatch(/^« Cantin » n’est pas un cas d’usage connu\. Écrivez l’un de ceux-ci : Cantine scolaire \(cantine\) ;/);
  });

  it('gives back the zero a spreadsheet takes from a SIRET or a phone number, and nothing else', () => {
    expect(cellValue(columnByKey('siret'), '5520135000011')).toEqual({ ok: true, value: '05520135000011' });
    expect(cellValue(columnByKey('siret'), '21990001200010')).toEqual({ ok: true, value: '21990001200010' });
    expect(cellValue(columnByKey('dpd.phone'), '123456789')).toEqual({ ok: true, value: '0123456789' });
    expect(cellValue(columnByKey('dpd.phone'), '12345678')).toEqual({ ok: true, value: '12345678' });
  });
});

describe('a row to a dossier', () => {
  it('starts from the vendor’s model and writes each value where the wizard writes it', () => {
    const d = dossierOf(GOOD);
    expect(d.title).toBe('Cantine scolaire – Commune de Saint-Exemple');
    expect(d.organisation).toMatchObject({ name: 'Commune de Saint-Exemple', siret: '219 900 012 00010', type: 'commune', software: 'editeur-valide' });
    // The use case step's prefill, as when the use case is chosen in the wizard.
    expect(d.useCase.projectName).toBe('Dites-le-nous une fois – Cantine scolaire');
    expect(d.gdpr.recipients).toBe('Agents instructeurs des demandes de restauration scolaire');
    expect(d.method.tranches).toEqual([
      { upTo: '500', price: '1' },
      { upTo: '900', price: '2,40' },
      { upTo: '', price: '4,80' },
    ]);
    expect(d.people.demandeur).toMatchObject({ familyName: 'Martin', email: 'claire.martin@saint-exemple.fr', givenName: '' });
    expect(d.people.dpd.phone).toBe('0123456789');
    expect(d.people.contactTechnique.familyName).toBe('Leroy');
    expect(d.data).toMatchObject({ initialised: true, scopes: ['dgfip_annee_n_moins_2_si_indispo_n_moins_1', 'dgfip_nbpart', 'dgfip_rfr'] });
    expect(d.visitedSteps).toEqual(['organisation', 'cas-d-usage', 'methode', 'personnes']);
    expect(d.vendor?.vendorName).toBe('Logiciels Famille SA');
  });

  it('leaves the data step unopened while no method is given', () => {
    const { method: _m, tranches: _t, ...withoutMethod } = GOOD;
    expect(dossierOf(withoutMethod).data.initialised).toBe(false);
  });

  it('refuses a false SIRET, a wrong e-mail and an unknown use case, each with its line, column and the step’s own reason', () => {
    const [first, second] = rowsOf(
      tableOf({ ...GOOD, siret: '21990001200011', 'demandeur.email': 'claire.martin@' }, { ...GOOD, useCase: 'Piscine', type: '' }),
    );
    expect(rowToDossier(model, first!, OPTIONS)).toEqual({
      ok: false,
      problems: [
        {
          line: 2,
          column: 'SIRET',
          message:
            "Ce SIRET n'existe pas : sa clé de contrôle ne correspond pas. Vérifiez chaque chiffre sur l'annuaire des entreprises (annuaire-entreprises.data.gouv.fr).",
        },
        {
          line: 2,
          column: 'E-mail du demandeur',
          message: 'E-mail du demandeur : saisissez une adresse e-mail complète, par exemple prenom.nom@mairie-exemple.fr.',
        },
      ],
    });
    const refused = rowToDossier(model, second!, OPTIONS);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problems.map((p) => [p.line, p.column])).toEqual([
      [3, 'Type d’organisation'],
      [3, 'Cas d’usage'],
    ]);
    expect(!refused.ok && refused.problems[0]?.message).toBe('cette colonne obligatoire est vide.');
  });

  it('refuses an organisation DataPass does not accept, with the catalogue’s reason', () => {
    const [row] = rowsOf(tableOf({ ...GOOD, type: 'Autre entreprise ou association' }));
    const result = rowToDossier(model, row!, OPTIONS);
    expect(!result.ok && result.problems.map((p) => p.column)).toEqual(['Type d’organisation']);
  });

  it('refuses a second row for the same SIRET and use case, naming the first', () => {
    const seen = new Map<string, number>();
    const d = dossierOf(GOOD);
    expect(duplicateProblem(seen, d, 2)).toBeNull();
    expect(duplicateProblem(seen, { ...d, useCase: { ...d.useCase, id: 'creche' } }, 3)).toBeNull();
    expect(duplicateProblem(seen, { ...d, organisation: { ...d.organisation, siret: '21990001200010' } }, 7)?.message).toBe(
      'même SIRET et même cas d’usage qu’à la ligne 2 : une seule demande par collectivité et par cas d’usage.',
    );
  });

  it('skips rows with no cell at all, keeping the spreadsheet’s line numbers', () => {
    const table = tableOf(GOOD, {}, { ...GOOD, siret: '21990005100018' });
    expect(rowsOf(table).map((r) => r.line)).toEqual([2, 4]);
  });
});
