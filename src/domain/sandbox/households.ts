import type { IsoDate } from '../dates';
import { must } from '../must';
import type { Address, Declarant, FictionalHousehold, Income, IncomeYear, SitFam, TaxNotice } from './household-model';

/**
 * The local sandbox's fictional population, written for this project (the DGFiP's own data
 * sets are only published inside the partner's APIM account). SPIs start with 3999999 like the
 * public FranceConnect examples; every name, date and amount is invented. Amounts are coherent
 * from year to year but are not the result of a tax computation.
 *
 * Income years 2022 to 2026 exist, so that any simulated date from mid-2023 to mid-2028 finds
 * three taxed years.
 */

const person = (spi: string, nmNai: string, nmUsa: string, prnm: string, birth: IsoDate, dptNaiss: string, lieuNaiss: string): Declarant => ({
  spi,
  nmNai,
  nmUsa,
  prnm,
  birth,
  dptNaiss,
  lieuNaiss,
});

const income = (rfr: number | null, revenuBrutGlobal: number, mntRevbareme: number | null, deficit = false): Income => ({
  rfr,
  revenuBrutGlobal,
  mntRevbareme,
  deficit,
});

const SAINT_EXEMPLE = (voie: string, complementAdresse = ''): Address => ({ voie, complementAdresse, codePostal: '99100', commune: 'SAINT-EXEMPLE' });

interface Composition {
  declarants: readonly Declarant[];
  sitFam: SitFam;
  nbPart: number;
  boxes?: TaxNotice['boxes'];
  parentIsole?: boolean;
}

const notice = (c: Composition, inc: Income, extra: Partial<Pick<TaxNotice, 'period' | 'deaths'>> = {}): TaxNotice => ({
  declarants: c.declarants,
  sitFam: c.sitFam,
  nbPart: c.nbPart,
  boxes: c.boxes ?? {},
  parentIsole: c.parentIsole ?? false,
  income: inc,
  period: extra.period ?? null,
  deaths: extra.deaths ?? { dec1: null, dec2: null },
});

/** A household whose composition does not change over the years given. */
function steady(c: Composition, incomes: Readonly<Record<number, Income>>, ifi = false): Record<number, IncomeYear> {
  const years: Record<number, IncomeYear> = {};
  for (const [year, inc] of Object.entries(incomes)) years[Number(year)] = { notices: [notice(c, inc)], ifi };
  return years;
}

const MARTIN_JULIEN = person('3999999000118', 'MARTIN', 'MARTIN', 'JULIEN PAUL', '1984-03-05', '69', 'LYON');
const MARTIN_CAMILLE = person('3999999000126', 'LEROY', 'MARTIN', 'CAMILLE', '1986-11-21', '38', 'GRENOBLE');
const BERNARD_THOMAS = person('3999999000215', 'BERNARD', 'BERNARD', 'THOMAS', '1990-06-14', '44', 'NANTES');
const PETIT_SARAH = person('3999999000223', 'PETIT', 'PETIT', 'SARAH ELISE', '1991-01-30', '35', 'RENNES');
const ROUX_LEA = person('3999999000312', 'ROUX', 'ROUX', 'LEA MARIE', '1995-09-02', '13', 'MARSEILLE');
const FAURE_NADIA = person('3999999000410', 'FAURE', 'FAURE', 'NADIA', '1988-04-17', '59', 'LILLE');
const MOREAU_PIERRE = person('3999999000517', 'MOREAU', 'MOREAU', 'PIERRE ANDRE', '1950-02-08', '21', 'DIJON');
const MOREAU_HELENE = person('3999999000525', 'BLANC', 'MOREAU', 'HELENE', '1952-07-23', '71', 'MACON');
const GIRARD_HUGO = person('3999999000614', 'GIRARD', 'GIRARD', 'HUGO', '2003-12-01', '33', 'BORDEAUX');
const LEFEBVRE_MARC = person('3999999000711', 'LEFEBVRE', 'LEFEBVRE', 'MARC', '1975-10-09', '67', 'STRASBOURG');
const LEFEBVRE_ANNE = person('3999999000729', 'DUBOIS', 'LEFEBVRE', 'ANNE SOPHIE', '1977-02-26', '57', 'METZ');
const LAMBERT_EDOUARD = person('3999999000818', 'LAMBERT', 'LAMBERT', 'EDOUARD', '1968-12-12', '78', 'VERSAILLES');
const LAMBERT_MARIE = person('3999999000826', 'DE VILLIERS', 'LAMBERT', 'MARIE CHARLOTTE', '1971-05-04', '92', 'NEUILLY-SUR-SEINE');
const MERCIER_KARIM = person('3999999000915', 'MERCIER', 'MERCIER', 'KARIM', '1982-05-19', '31', 'TOULOUSE');
const GARNIER_LUC = person('3999999001011', 'GARNIER', 'GARNIER', 'LUC', '1979-08-30', '49', 'ANGERS');
const GARNIER_SOPHIE = person('3999999001029', 'FONTAINE', 'GARNIER', 'SOPHIE', '1981-03-18', '37', 'TOURS');
const CHEVALIER_OLIVIER = person('3999999001118', 'CHEVALIER', 'CHEVALIER', 'OLIVIER', '1966-01-22', '76', 'ROUEN');
const CHEVALIER_ISABELLE = person('3999999001126', 'ROBIN', 'CHEVALIER', 'ISABELLE', '1968-09-07', '14', 'CAEN');
const NGUYEN_LINH = person('3999999001215', 'NGUYEN', 'NGUYEN', 'LINH', '2004-08-11', '75', 'PARIS');
const CLEMENT_ANTOINE = person('3999999001312', 'CLEMENT', 'CLEMENT', 'ANTOINE', '1973-04-03', '63', 'CLERMONT-FERRAND');
const CLEMENT_INES = person('3999999001320', 'HAMIDI', 'CLEMENT', 'INES', '1976-06-25', '42', 'SAINT-ETIENNE');
const DUBOIS_FRANCK = person('3999999001410', 'DUBOIS', 'DUBOIS', 'FRANCK', '1983-07-16', '29', 'BREST');
const DUBOIS_AUDREY = person('3999999001428', 'MARCHAND', 'DUBOIS', 'AUDREY', '1985-10-02', '56', 'VANNES');

const MOREAU_COUPLE: Composition = { declarants: [MOREAU_PIERRE, MOREAU_HELENE], sitFam: 'M', nbPart: 2 };
const PIERRE_DEATH: IsoDate = '2024-03-14';

export const HOUSEHOLDS: readonly [FictionalHousehold, ...FictionalHousehold[]] = [
  {
    id: 'martin',
    situation: 'Couple marié, deux enfants mineurs',
    covers: ['couple marié avec enfants', 'appel avec le SPI de l’un ou l’autre déclarant'],
    address: SAINT_EXEMPLE('12 RUE DES TILLEULS'),
    franceConnectToken: 'fc-fictif-7f3a91c2-martin',
    years: steady(
      { declarants: [MARTIN_JULIEN, MARTIN_CAMILLE], sitFam: 'M', nbPart: 3, boxes: { F: 2 } },
      {
        2022: income(47120, 52355, 3180),
        2023: income(49310, 54790, 3420),
        2024: income(50980, 56645, 3610),
        2025: income(52340, 58155, 3770),
        2026: income(53900, 59890, 3950),
      },
    ),
  },
  {
    id: 'bernard-petit',
    situation: 'Couple pacsé, un enfant',
    covers: ['PACS (situation de famille O)'],
    address: SAINT_EXEMPLE('4 ALLEE DES CERISIERS', 'BATIMENT B APPARTEMENT 12'),
    franceConnectToken: 'fc-fictif-21bd04e8-bernard',
    years: steady(
      { declarants: [BERNARD_THOMAS, PETIT_SARAH], sitFam: 'O', nbPart: 2.5, boxes: { F: 1 } },
      {
        2022: income(36200, 40220, 1650),
        2023: income(37450, 41610, 1790),
        2024: income(38900, 43220, 1940),
        2025: income(40120, 44580, 2070),
        2026: income(41300, 45890, 2190),
      },
    ),
  },
  {
    id: 'roux',
    situation: 'Personne seule, sans enfant',
    covers: ['célibataire'],
    address: SAINT_EXEMPLE('27 AVENUE JEAN JAURES'),
    franceConnectToken: 'fc-fictif-90ce5d17-roux',
    years: steady(
      { declarants: [ROUX_LEA], sitFam: 'C', nbPart: 1 },
      {
        2022: income(19850, 22050, 640),
        2023: income(20430, 22700, 700),
        2024: income(20980, 23310, 760),
        2025: income(21480, 23870, 810),
        2026: income(22010, 24450, 860),
      },
    ),
  },
  {
    id: 'faure',
    situation: 'Parent isolé (case T), deux enfants',
    covers: ['parent isolé, case T', 'impôt nul sous le barème (ligne 14 à 0)'],
    address: SAINT_EXEMPLE('3 IMPASSE DES LAVANDIERES'),
    franceConnectToken: 'fc-fictif-5a6e33b0-faure',
    years: steady(
      { declarants: [FAURE_NADIA], sitFam: 'D', nbPart: 2.5, boxes: { F: 2 }, parentIsole: true },
      {
        2022: income(17900, 19890, 0),
        2023: income(18640, 20710, 0),
        2024: income(19120, 21240, 0),
        2025: income(19760, 21950, 0),
        2026: income(20300, 22560, 0),
      },
    ),
  },
  {
    id: 'moreau',
    situation: 'Couple marié, décès du conjoint le 14 mars 2024, puis veuve',
    covers: ['décès dans l’année : deux avis en 2024 (IR multiple, dernière situation)', 'veuve (situation de famille V)'],
    address: SAINT_EXEMPLE('8 RUE DU MOULIN'),
    franceConnectToken: 'fc-fictif-c47f18aa-moreau',
    years: {
      2022: { notices: [notice(MOREAU_COUPLE, income(34600, 38450, 1920))], ifi: false },
      2023: { notices: [notice(MOREAU_COUPLE, income(35200, 39100, 1990))], ifi: false },
      2024: {
        ifi: false,
        notices: [
          notice(MOREAU_COUPLE, income(8150, 9060, 0), { period: { from: '2024-01-01', to: PIERRE_DEATH }, deaths: { dec1: PIERRE_DEATH, dec2: null } }),
          // The survivor keeps two parts for the year of the death.
          notice({ declarants: [MOREAU_HELENE], sitFam: 'V', nbPart: 2 }, income(19480, 21640, 450), {
            period: { from: '2024-03-15', to: '2024-12-31' },
            deaths: { dec1: null, dec2: PIERRE_DEATH },
          }),
        ],
      },
      ...steady({ declarants: [MOREAU_HELENE], sitFam: 'V', nbPart: 1 }, { 2025: income(24100, 26780, 1180), 2026: income(24700, 27440, 1250) }),
    },
  },
  {
    id: 'girard',
    situation: 'Étudiant seul sans revenu : revenu fiscal de référence à 0',
    covers: ['RFR à 0', 'ligne 14 absente (aucun revenu)'],
    address: SAINT_EXEMPLE('15 RUE DES ECOLES', 'CHAMBRE 214'),
    franceConnectToken: 'fc-fictif-e2219b6d-girard',
    years: steady(
      { declarants: [GIRARD_HUGO], sitFam: 'C', nbPart: 1 },
      { 2022: income(0, 0, null), 2023: income(0, 0, null), 2024: income(0, 0, null), 2025: income(0, 0, null), 2026: income(0, 0, null) },
    ),
  },
  {
    id: 'lefebvre',
    situation: 'Couple marié sans revenu fiscal de référence sur l’avis',
    covers: ['RFR absent de la réponse'],
    address: { voie: '41 ROUTE DE COLMAR', complementAdresse: '', codePostal: '99200', commune: 'VILLE-FICTIVE' },
    franceConnectToken: 'fc-fictif-0b8d7e45-lefebvre',
    years: steady(
      { declarants: [LEFEBVRE_MARC, LEFEBVRE_ANNE], sitFam: 'M', nbPart: 2 },
      {
        2022: income(null, 30150, null),
        2023: income(null, 30800, null),
        2024: income(null, 31400, null),
        2025: income(null, 32050, null),
        2026: income(null, 32700, null),
      },
    ),
  },
  {
    id: 'lambert',
    situation: 'Couple marié, un enfant, imposé à l’IFI',
    covers: ['imposé à l’IFI (ressource ISF/IFI)', 'revenus élevés'],
    address: SAINT_EXEMPLE('2 BOULEVARD DE LA REPUBLIQUE'),
    franceConnectToken: 'fc-fictif-3f0a6c19-lambert',
    years: steady(
      { declarants: [LAMBERT_EDOUARD, LAMBERT_MARIE], sitFam: 'M', nbPart: 2.5, boxes: { F: 1 } },
      {
        2022: income(231000, 236400, 52800),
        2023: income(238500, 244100, 54900),
        2024: income(243900, 249700, 56300),
        2025: income(248000, 253900, 57400),
        2026: income(252600, 258700, 58600),
      },
      true,
    ),
  },
  {
    id: 'mercier',
    situation: 'Parent divorcé, deux enfants en résidence alternée dont un invalide',
    covers: ['résidence alternée (case H)', 'enfant invalide en résidence alternée (case I)'],
    address: SAINT_EXEMPLE('19 RUE PASTEUR'),
    franceConnectToken: 'fc-fictif-8e4b2f70-mercier',
    years: steady(
      { declarants: [MERCIER_KARIM], sitFam: 'D', nbPart: 1.75, boxes: { H: 2, I: 1 } },
      {
        2022: income(28400, 31550, 1210),
        2023: income(29100, 32330, 1280),
        2024: income(29900, 33220, 1350),
        2025: income(30650, 34050, 1420),
        2026: income(31300, 34780, 1490),
      },
    ),
  },
  {
    id: 'garnier',
    situation: 'Couple marié, deux enfants dont un invalide, et un proche invalide sous leur toit',
    covers: ['enfant titulaire de la carte d’invalidité (case G)', 'personne invalide vivant sous le toit (case R)'],
    address: SAINT_EXEMPLE('6 CHEMIN DES VIGNES'),
    franceConnectToken: 'fc-fictif-d93c5a02-garnier',
    years: steady(
      { declarants: [GARNIER_LUC, GARNIER_SOPHIE], sitFam: 'M', nbPart: 5, boxes: { F: 2, G: 1, R: 1 } },
      {
        2022: income(41800, 46440, 620),
        2023: income(42900, 47660, 700),
        2024: income(44100, 49000, 780),
        2025: income(45300, 50330, 860),
        2026: income(46500, 51670, 940),
      },
    ),
  },
  {
    id: 'chevalier',
    situation: 'Couple marié, un enfant mineur, un enfant majeur et une fille mariée rattachés',
    covers: ['enfant majeur célibataire rattaché (case J)', 'enfant marié rattaché avec son conjoint (case N)'],
    address: SAINT_EXEMPLE('33 RUE VICTOR HUGO'),
    franceConnectToken: 'fc-fictif-46f1e8d3-chevalier',
    years: steady(
      { declarants: [CHEVALIER_OLIVIER, CHEVALIER_ISABELLE], sitFam: 'M', nbPart: 3, boxes: { F: 1, J: 1, N: 2 } },
      {
        2022: income(58300, 64780, 4960),
        2023: income(60100, 66780, 5180),
        2024: income(61700, 68550, 5390),
        2025: income(63200, 70220, 5580),
        2026: income(64800, 72000, 5770),
      },
    ),
  },
  {
    id: 'nguyen',
    situation: 'Jeune déclarante, première déclaration pour les revenus 2024',
    covers: ['aucune déclaration avant 2024 : 410 / 4101 pour 2022 et 2023'],
    address: SAINT_EXEMPLE('58 RUE DE LA GARE'),
    franceConnectToken: 'fc-fictif-a1c9e6b4-nguyen',
    years: steady(
      { declarants: [NGUYEN_LINH], sitFam: 'C', nbPart: 1 },
      { 2024: income(14300, 15890, 0), 2025: income(16200, 18000, 90), 2026: income(17100, 19000, 160) },
    ),
  },
  {
    id: 'clement',
    situation: 'Couple marié avec un déficit foncier reportable',
    covers: ['indicateur de déficit à O', 'revenu brut global inférieur au RFR'],
    address: SAINT_EXEMPLE('11 QUAI DES TANNEURS'),
    franceConnectToken: 'fc-fictif-7d20b3fe-clement',
    years: steady(
      { declarants: [CLEMENT_ANTOINE, CLEMENT_INES], sitFam: 'M', nbPart: 2 },
      {
        2022: income(13900, 10400, 0, true),
        2023: income(12700, 9150, 0, true),
        2024: income(12450, 9870, 0, true),
        2025: income(12980, 10210, 0, true),
        2026: income(14200, 11600, 0),
      },
    ),
  },
  {
    id: 'dubois',
    situation: 'Famille nombreuse : couple marié, quatre enfants',
    covers: ['quatre enfants (taux d’effort CNAF pour 4 enfants et plus)'],
    address: SAINT_EXEMPLE('24 RUE DES PEUPLIERS'),
    franceConnectToken: 'fc-fictif-f5e87c31-dubois',
    years: steady(
      { declarants: [DUBOIS_FRANCK, DUBOIS_AUDREY], sitFam: 'M', nbPart: 5, boxes: { F: 4 } },
      {
        2022: income(44900, 49890, 640),
        2023: income(46200, 51330, 720),
        2024: income(47600, 52890, 810),
        2025: income(48900, 54330, 900),
        2026: income(50300, 55890, 990),
      },
    ),
  },
];

/** The household a numéro fiscal belongs to (either declarant's SPI works), or null. */
export function householdBySpi(spi: string): FictionalHousehold | null {
  // Stryker disable next-line MethodExpression: equivalent for notices.some → every, each declarant of the fictional households has a year of a single notice, which then holds him.
  return HOUSEHOLDS.find((h) => Object.values(h.years).some((y) => y.notices.some((n) => n.declarants.some((d) => d.spi === spi)))) ?? null;
}

export function householdByFranceConnectToken(token: string): FictionalHousehold | null {
  return HOUSEHOLDS.find((h) => h.franceConnectToken === token) ?? null;
}

/** The SPI a household is usually called with: its first declarant's, in its latest year. */
export function mainSpi(household: FictionalHousehold): string {
  const years = Object.keys(household.years).map(Number);
  const latest = must(household.years[Math.max(...years)], 'the latest year of a household');
  const lastNotice = must(latest.notices.at(-1), 'a notice of the latest year');
  return must(lastNotice.declarants[0], 'a first declarant').spi;
}
