import { describe, expect, it } from 'vitest';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import type { ScopeKey } from '../../domain/catalogue/scopes';
import { filterResponse } from '../../domain/sandbox/filter';
import { habilitationOf } from '../../domain/sandbox/habilitation';
import { HOUSEHOLDS } from '../../domain/sandbox/households';
import { assietteBody, multipleBody } from '../../domain/sandbox/response-bodies';
import { plainPeriods, withheldSummary } from './plain-facts';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const household = (id: string) => HOUSEHOLDS.find((h) => h.id === id)!;

function filtered(scopes: ScopeKey[], body: unknown, year: number, dependantBoxes: string[] = []) {
  const d = completeCantineDossier();
  const habilitation = habilitationOf({
    ...d,
    data: {
      ...d.data,
      scopes,
      dependantBoxes,
    },
  });
  return filterResponse(body, habilitation, {
    requestedYear: year,
    coveredYears: [year],
  });
}

describe('a response in words and figures', () => {
  it('says amounts in euros and parts with a decimal comma', () => {
    const faure = household('faure');
    const result = filtered(['dgfip_annee_n_moins_2', 'dgfip_rfr', 'dgfip_nbpart'], assietteBody(faure, faure.years[2025]!.notices[0]!, 2025), 2025);
    const [period] = plainPeriods(result.returnedFields);
    expect(period!.title).toBeNull();
    expect(period!.facts.map((f) => `${f.label} : ${nbsp(f.value)}`)).toEqual(['Revenu fiscal de référence : 19 760 €', 'Nombre de parts : 2,5']);
  });

  it('turns codes into words: family situation, yes or no, boxes, dates', () => {
    const faure = household('faure');
    const scopes: ScopeKey[] = ['dgfip_annee_n_moins_2', 'dgfip_sitfam', 'dgfip_pariso', 'dgfip_inddeficit', 'dgfip_pac', 'dgfip_dateNaisDec1'];
    const result = filtered(scopes, assietteBody(faure, faure.years[2025]!.notices[0]!, 2025), 2025, ['F', 'H']);
    const facts = Object.fromEntries(plainPeriods(result.returnedFields)[0]!.facts.map((f) => [f.label, f.value]));
    expect(facts['Situation de famille']).toMatch(/^(célibataire|divorcé\(e\)|veuf ou veuve)$/);
    expect(facts['Parent isolé (case T)']).toBe('oui');
    expect(facts['Déficit déclaré']).toBe('non');
    expect(facts['Détail des personnes à charge et rattachées']).toBe('case F : 2, case H : 0');
    expect(facts['Date de naissance (déclarant 1)']).toBe('17/04/1988');
  });

  it('names what the DGFiP withholds by the data that would open it, and counts the rest', () => {
    const faure = household('faure');
    const result = filtered(['dgfip_annee_n_moins_2', 'dgfip_rfr'], assietteBody(faure, faure.years[2025]!.notices[0]!, 2025), 2025);
    const summary = withheldSummary(result.withheld);
    expect(summary.notTicked).toContain('Nombre de parts');
    expect(summary.notTicked).toContain('Parent isolé (case T)');
    expect(summary.notTicked).not.toContain('Revenu fiscal de référence');
    // revImposable, impAvImput, montTotIr, datEtab, datRec: no DataPass scope opens them.
    expect(summary.unopenable).toBeGreaterThan(0);
  });

  it('gives each period of a year with a death its own list', () => {
    const widowed = HOUSEHOLDS.find((h) => Object.values(h.years).some((y) => y.notices.length > 1))!;
    const [year, income] = Object.entries(widowed.years).find(([, y]) => y.notices.length > 1)!;
    const result = filtered(
      ['dgfip_annee_n_moins_2', 'dgfip_rfr', 'dgfip_annee_df_au_3112_si_deces_ctb_mp'],
      multipleBody(widowed, income.notices, Number(year)),
      Number(year),
    );
    const periods = plainPeriods(result.returnedFields);
    expect(periods.map((p) => p.title)).toEqual(['Période 1 sur 2', 'Période 2 sur 2']);
    expect(periods[0]!.facts.find((f) => f.label === "Période de l'avis, en cas de décès")?.value).toMatch(/^du 1er janvier \d{4} au \d+ \S+ \d{4}, décès le /);
  });
});
