import { taxationDate } from '../years';
import type { FictionalHousehold, TaxNotice } from './household-model';
import { dependantCount, PAC_BOXES } from './household-model';

/**
 * The JSON bodies of the resources, built from a household's notices with the OpenAPI file's
 * field names. They hold everything a full habilitation could receive, including fields no
 * DataPass scope opens: the habilitation filter then shows what a dossier would really get.
 */

type Json = Record<string, unknown>;

function birthDate(iso: string): Json {
  const [annee, mois, jour] = iso.split('-');
  return { jour, mois, annee };
}

function declarantFields(notice: TaxNotice): Json {
  const out: Json = {};
  notice.declarants.forEach((d, i) => {
    const n = i + 1;
    out[`nmNaiDec${n}`] = d.nmNai;
    out[`nmUsaDec${n}`] = d.nmUsa;
    out[`prnmDec${n}`] = d.prnm;
    out[`dateNaisDec${n}`] = birthDate(d.birth);
    out[`dptNaissDec${n}`] = d.dptNaiss;
    out[`lieuNaissDec${n}`] = d.lieuNaiss;
  });
  return out;
}

function pac(notice: TaxNotice): Json {
  const out: Json = { nbPac: dependantCount(notice.boxes) };
  for (const box of PAC_BOXES) out[`nbPac${box}`] = notice.boxes[box] ?? 0;
  return out;
}

function address(household: FictionalHousehold): Json {
  const a = household.address;
  return {
    aft: [a.complementAdresse, a.voie, `${a.codePostal} ${a.commune}`].filter(Boolean).join(' '),
    // The OpenAPI file prints `getcommune` and `getcodePostal`, a generator bug ⚠: the names here
    // are those of the FranceConnect data-provider example.
    aftDetail: { complementAdresse: a.complementAdresse, voie: a.voie, commune: a.commune, codePostal: a.codePostal },
  };
}

/** Dates of the notice: established on the taxation day, collectible nine days later ⚠ (format undocumented). */
function noticeDates(annrev: number): Json {
  const established = taxationDate(annrev + 1).date;
  return { datEtab: established, datRec: `${annrev + 1}-07-31` };
}

/** The body of IR assiette for one notice (every field is optional in the API). */
export function assietteBody(household: FictionalHousehold, notice: TaxNotice, annrev: number): Json {
  const { rfr, revenuBrutGlobal, mntRevbareme, deficit } = notice.income;
  const tax = mntRevbareme ?? 0;
  return {
    ...(rfr === null ? {} : { rfr }),
    sitFam: notice.sitFam,
    nbPart: notice.nbPart,
    pac: pac(notice),
    ...declarantFields(notice),
    ...address(household),
    sitParIso: notice.parentIsole ? 'O' : 'N',
    indDeficit: deficit ? 'O' : 'N',
    revenuBrutGlobal,
    ...(mntRevbareme === null ? {} : { mntRevbareme }),
    revImposable: Math.max(0, revenuBrutGlobal),
    impAvImput: tax,
    montTotIr: tax,
    ...noticeDates(annrev),
  };
}

/** "Dernière situation" adds the income year it answers for. */
export function derniereSituationBody(household: FictionalHousehold, notice: TaxNotice, annrev: number): Json {
  return { annRevenu: annrev, ...assietteBody(household, notice, annrev) };
}

/** IR multiple: every notice of the year, each with its period and the deaths. */
export function multipleBody(household: FictionalHousehold, notices: readonly TaxNotice[], annrev: number): Json {
  return {
    situationsIR: notices.map((notice, i) => ({
      ...assietteBody(household, notice, annrev),
      spiDec1: notice.declarants[0]?.spi,
      ...(notice.declarants[1] ? { spiDec2: notice.declarants[1].spi } : {}),
      dateDebutPeriode: notice.period?.from ?? `${annrev}-01-01`,
      dateFinPeriode: notice.period?.to ?? `${annrev}-12-31`,
      // ⚠ The meaning of typeAvis is undocumented: the notices are numbered here.
      typeAvis: i + 1,
      ...(notice.deaths.dec1 ? { dateDecesdec1: notice.deaths.dec1 } : {}),
      ...(notice.deaths.dec2 ? { dateDecesdec2: notice.deaths.dec2 } : {}),
    })),
  };
}

/** IR facture: the declaration plus lines of the notice (codes undocumented ⚠, so left out). */
export function factureBody(household: FictionalHousehold, notice: TaxNotice, annrev: number): Json {
  const body = assietteBody(household, notice, annrev);
  const lines: [string, unknown][] = [
    ['Nombre de parts', notice.nbPart],
    ['Revenu brut global', notice.income.revenuBrutGlobal],
    ['Revenu fiscal de référence', notice.income.rfr ?? ''],
    ['Impôt sur le revenu net avant corrections', body.impAvImput],
  ];
  return { ...body, facture: lines.map(([libelleLigne, value], i) => ({ numLigne: i + 1, libelleLigne, colonne1: String(value) })) };
}

export function ifiBody(): Json {
  return { indicateurIfiIsf: 'O' };
}
