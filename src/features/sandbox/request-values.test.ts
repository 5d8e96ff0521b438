import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arbitraryDossier } from '../../../test/fixtures/arbitrary-dossier';
import { completeCantineDossier, TODAY } from '../../../test/fixtures/dossiers';
import { oddDates, oddNumbers, oddTexts } from '../../domain/sandbox/odd-inputs.fixture';
import { habilitationOf } from '../../domain/sandbox/habilitation';
import { SIMULATED_RESOURCES } from '../../domain/sandbox/routes';
import { base64Utf8 } from './client';
import {
  initialValues,
  quotaOf,
  readPort,
  readQuota,
  readSimulatedDate,
  requestSchema,
  simulatedDay,
  suggestedYear,
  type RequestValues,
} from './request-values';
import { requestWarnings } from './request-warnings';

const habilitation = habilitationOf(completeCantineDossier());
const base = initialValues(completeCantineDossier(), TODAY, habilitation);

/** Numbers as typed: French decimals, exponents, words, nothing. */
const oddNumberTexts = fc.oneof(
  fc.constantFrom('', ' ', '1e308', 'NaN', 'Infinity', '-5', '0', '12,5', '1 000', '1\u202f000', '99999999999999999999', '0x10', '１２', '8787', '65536'),
  oddNumbers.map(String),
  oddTexts,
);

const arbitraryValues: fc.Arbitrary<RequestValues> = fc.record({
  target: fc.constantFrom('local' as const, 'real' as const),
  simulatedDate: oddDates,
  callsPerMinute: oddNumberTexts,
  host: fc.oneof(oddTexts, fc.constantFrom('https://passerelle.exemple.fr', 'https://passerelle.exemple.fr/impotparticulier/1.0/')),
  useRelay: fc.boolean(),
  relayPort: oddNumberTexts,
  clientId: oddTexts,
  clientSecret: oddTexts,
  resourceId: fc.constantFrom(...SIMULATED_RESOURCES.map((r) => r.id)),
  mode: fc.constantFrom('spi' as const, 'france-connect' as const),
  spi: oddTexts,
  year: fc.oneof(oddNumberTexts, oddDates),
  fcHouseholdId: oddTexts,
  franceConnectToken: oddTexts,
  localToken: oddTexts,
  token: oddTexts,
  correlationId: oddTexts,
  teleserviceId: oddTexts,
});

describe('the request builder, given any value a field can hold', () => {
  it('reads a simulated date only when it is a whole day with a four-digit year', () => {
    for (const date of ['', '0002-05-15', '0020-05-15', '0202-05-15', '20271-05-15', '2027-02-29', '2027-5-15']) {
      expect(readSimulatedDate(date)).toBeNull();
      expect(simulatedDay({ simulatedDate: date }, TODAY)).toBe(TODAY);
    }
    expect(readSimulatedDate('2028-02-29')).toBe('2028-02-29');
  });

  it('reads a quota and a port only when they are whole numbers in range, with the French comma and spaces', () => {
    for (const text of ['', '1e308', 'NaN', '-5', '0', '12,5', '1001', '99999999999999999999', 'Infinity']) {
      expect(readQuota(text)).toBeNull();
      expect(quotaOf({ callsPerMinute: text })).toBe(50);
    }
    expect(readQuota('1 000')).toBe(1000);
    expect(readQuota('750,0')).toBe(750);
    for (const text of ['', '0', '65536', '1e3', '80.5', '-1']) expect(readPort(text)).toBeNull();
    expect(readPort(' 8787 ')).toBe(8787);
  });

  it('says what is wrong in French, and never throws', () => {
    fc.assert(
      fc.property(arbitraryValues, fc.constantFrom(TODAY, '2027-07-22', '2031-01-01'), (values, today) => {
        const day = simulatedDay(values, today);
        expect(readSimulatedDate(day)).toBe(day);
        const quota = quotaOf(values);
        expect(Number.isInteger(quota) && quota >= 1 && quota <= 1000).toBe(true);
        const checked = requestSchema.safeParse(values);
        for (const issue of checked.error?.issues ?? []) expect(issue.message).toMatch(/^[A-ZÀ-Ý0-9]/);
        for (const [, messages] of requestWarnings(values, habilitation, day)) for (const message of messages) expect(message).toMatch(/\S/);
        expect(Number.isInteger(suggestedYear(habilitation, day))).toBe(true);
      }),
      { numRuns: 400 },
    );
  }, 30_000);

  it('starts from any dossier the app could hold, with values it can use', () => {
    fc.assert(
      fc.property(arbitraryDossier, oddDates, (dossier, campaignStart) => {
        const d = { ...dossier, method: { ...dossier.method, campaignStart } };
        const values = initialValues(d, TODAY, habilitationOf(d));
        expect(readSimulatedDate(values.simulatedDate)).not.toBeNull();
        expect(readQuota(values.callsPerMinute)).not.toBeNull();
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('refuses a half-typed date and an odd quota on sending, beside the field, and warns as they are typed', () => {
    const values = { ...base, simulatedDate: '0202-05-15', callsPerMinute: '1e308' };
    const issues = requestSchema.safeParse(values).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual([
      ['simulatedDate', 'Date incomplète ou impossible : saisissez le jour, le mois et l’année (4 chiffres).'],
      ['callsPerMinute', "Indiquez un nombre entier d'appels par minute, entre 1 et 1\u202f000."],
    ]);
    const warnings = requestWarnings(values, habilitation, simulatedDay(values, TODAY));
    expect(warnings.get('simulatedDate')).toEqual(["Tant que la date n'est pas complète, le bac à sable local simule la date du jour, le 26 novembre 2026."]);
    expect(warnings.get('callsPerMinute')).toEqual(["Tant que ce nombre n'est pas valable, le bac à sable local applique 50 appels par minute."]);
    expect(requestWarnings({ ...base, simulatedDate: '1027-05-15' }, habilitation, '1027-05-15').get('simulatedDate')).toEqual([
      "À cette date, la dernière année disponible serait 1025 ; les foyers fictifs n'ont de revenus que de 2022 à 2026 : le bac à sable répondra 410 (code 4101).",
    ]);
  });

  it('refuses "." and ".." as the numéro fiscal or the year, which the browser would remove from the address', () => {
    const refused = (values: RequestValues) => requestSchema.safeParse(values).error?.issues.map((i) => [i.path.join('.'), i.message]);
    const removed = "Le navigateur retire « . » et « .. » de l'adresse de l'appel, qui partirait ailleurs : saisissez";
    expect(refused({ ...base, mode: 'spi', spi: '.' })).toEqual([['spi', `${removed} le numéro fiscal (13 chiffres).`]]);
    expect(refused({ ...base, year: '..' })).toEqual([['year', `${removed} l'année des revenus (4 chiffres).`]]);
    expect((refused({ ...base, mode: 'france-connect', spi: '..' }) ?? []).map(([path]) => path)).not.toContain('spi');
    expect(refused({ ...base, spi: '...', year: '.2025' })).toBeUndefined();
  });

  it('encodes any pasted credentials for the token request, however long', () => {
    const secret = 'é'.repeat(500_000);
    expect(atob(base64Utf8(secret))).toBe(String.fromCharCode(...new TextEncoder().encode('é'.repeat(10))).repeat(50_000));
  });
});
