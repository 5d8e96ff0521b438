import { describe, expect, it } from 'vitest';
import { completeCantineDossier } from '../../../../test/fixtures/dossiers';
import { readDocx, type DocxContent } from '../../../../test/documents/read-docx';
import { USE_CASES, type UseCaseId } from '../../../domain/catalogue/use-cases';
import { ACCESS_MODES } from '../../../domain/catalogue/software';
import { minimumData } from '../../../domain/minimisation';
import type { MethodId } from '../../../domain/catalogue/methods';
import type { OrganisationType } from '../../../domain/catalogue/organisations';
import type { Dossier } from '../../../domain/dossier/model';
import { generateDeliberation } from '../generate';
import { nodeTemplates } from '../node-assets';

/**
 * Every use case × local organisation type × method the use case offers × access mode: the
 * draft has the form of a real deliberation, and no sentence of it contradicts the dossier.
 */
const templates = nodeTemplates();
const ORGANISATIONS: readonly { type: OrganisationType; name: string }[] = [
  { type: 'commune', name: 'Commune de Saint-Exemple' },
  { type: 'epci', name: 'Communauté de communes Exemple' },
  { type: 'departement', name: 'Département Exemple' },
  { type: 'region', name: 'Région Exemple' },
  { type: 'ccas', name: 'Centre communal d’action sociale de Port-Fictif' },
];
const INCOME_SCOPES = ['dgfip_rfr', 'dgfip_rbg', 'dgfip_mntRevbareme', 'dgfip_inddeficit'];

/** Words that only one use case may say. */
const OWN_WORDS: Partial<Record<UseCaseId, RegExp>> = {
  cantine: /restauration scolaire|par repas/,
  periscolaire: /périscolaire/,
  creche: /jeune enfant|crèche/,
  transport: /carte de transport|code des transports/,
  stationnement: /stationnement/,
  'aides-sociales': /aides? sociales? facultatives?/,
  bourses: /\bbourses?\b/,
};

function dossierFor(
  useCase: UseCaseId,
  method: MethodId,
  type: OrganisationType,
  name: string,
  accessMode: 'spi' | 'france-connect',
  variant: number,
): Dossier {
  const base = completeCantineDossier();
  const d: Dossier = {
    ...base,
    organisation: { ...base.organisation, type, name, accessMode, hasFranceConnectHabilitation: accessMode === 'france-connect' ? 'oui' : '' },
    useCase: { ...base.useCase, id: useCase, description: 'Description de la démarche.' },
    method: {
      ...base.method,
      id: method,
      qfPeriod: variant % 2 === 0 ? 'mensuel' : 'annuel',
      effortMode: variant % 3 === 0 ? 'lineaire' : 'plancher-plafond',
      rate: '0,36',
      floor: '2,60',
      ceiling: '4,50',
      qfMin: '300',
      priceMin: '1',
      qfMax: '1800',
      priceMax: '5',
      resourcesFloor: '814,62',
      resourcesCeiling: '8 500',
      threshold: '15 000',
      thresholdBasis: variant % 2 === 0 ? 'revenu' : 'qf',
      territory: type === 'epci' ? 'Territoire de la communauté' : 'Territoire de la collectivité',
      checksResidence: method !== 'residence' && variant % 4 === 1,
    },
    gdpr: {
      ...base.gdpr,
      recipients: `Agents chargés du cas ${useCase}`,
      informationWhere: ['cantine', 'periscolaire', 'creche'].includes(useCase)
        ? 'Page d’inscription du portail famille, avant la saisie du numéro fiscal'
        : 'sur le formulaire en ligne de la demande, avant la saisie du numéro fiscal',
      informationMode: accessMode === 'france-connect' ? 'consentement-franceconnect' : 'information-prealable',
      noDataRule: (['tarif-maximum', 'examen-sur-pieces', 'tarif-maximum'] as const)[variant % 3]!,
    },
  };
  return { ...d, data: { ...d.data, scopes: minimumData(d).map((n) => n.scope) } };
}

const cases = USE_CASES.flatMap((u) =>
  u.methods.flatMap((method, m) =>
    ORGANISATIONS.flatMap((org, o) => ACCESS_MODES.map((mode, a) => ({ useCase: u.id, method, org, mode: mode.id, variant: m + o + a }))),
  ),
);

/** The paragraphs and tables in document order, as text. */
function fullText(content: DocxContent): string {
  return [...content.paragraphs, ...content.tables.flat(2)].join('\n');
}

/** Each article (Heading2) is followed by some text before the next heading. */
function emptyArticles(xml: string): number {
  const chunks = xml.split('<w:pStyle w:val="Heading2"/>').slice(1);
  return chunks.filter((chunk) => {
    const afterHeading = chunk.slice(chunk.indexOf('</w:p>') + 6);
    const untilNext = afterHeading.split(/<w:pStyle w:val="Heading[12]"\/>/)[0]!;
    return !/<w:t(?:\s[^>]*)?>[^<]*\S[^<]*<\/w:t>/.test(untilNext);
  }).length;
}

const MANDATORY_IN_ORDER = [
  'Projet de délibération',
  'séance du',
  'Membres en exercice',
  'présents',
  'représentés',
  'votants',
  'Président de séance',
  'Secrétaire de séance',
  'Rapport de présentation',
  'Vu le code des relations entre le public et l’administration',
  'Considérant que',
  'Après en avoir délibéré',
  'Information et droits des usagers',
  'Exécution',
  'voix pour',
  'voix contre',
  'abstentions',
  'Fait et délibéré',
  'Le président de séance',
  'Le secrétaire de séance',
  'certifie le caractère exécutoire',
  'Voies et délais de recours',
];

describe.each(cases)('the deliberation for $useCase, $method, $org.type, $mode', ({ useCase, method, org, mode, variant }) => {
  it('has every part of a deliberation, in order, and coheres with the dossier', async () => {
    const d = dossierFor(useCase, method, org.type, org.name, mode, variant);
    const content = readDocx((await generateDeliberation(d, templates)).bytes);
    const text = fullText(content);
    const flat = text.replace(/[\u00A0\u202F]/g, ' ').replace(/\u2011/g, '-');
    const incomeAsked = d.data.scopes.some((s) => INCOME_SCOPES.includes(s));

    // The form: every part, in the order of French practice, titled as a draft.
    let at = -1;
    for (const part of MANDATORY_IN_ORDER) {
      const next = flat.indexOf(part, at + 1);
      expect(next, `"${part}" after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
    expect(flat).not.toContain('Extrait du registre');
    expect(flat).toMatch(/transmise au représentant de l’État/);
    expect(flat).toMatch(/tribunal administratif/);
    expect(content.xml.match(/<w:pStyle w:val="Heading2"\/><w:numPr>/g)?.length).toBeGreaterThanOrEqual(11);
    expect(emptyArticles(content.xml)).toBe(0);

    // Nothing left open that the dossier decides.
    const found = (pattern: RegExp) => new RegExp(`.{0,40}(?:${pattern.source}).{0,20}`, pattern.flags).exec(flat)?.[0] ?? null;
    expect(found(/\p{L} ?\/ ?\p{L}/u)).toBeNull();
    expect(found(/undefined|null|NaN|\{\{|\}\}|\[\[|\]\]/)).toBeNull();
    expect(found(/(?<!\p{L})(de|à) (le|les) /u)).toBeNull();
    const executive = {
      commune: 'Le maire est chargé',
      epci: 'Le président est chargé',
      departement: 'Le président du conseil départemental est chargé',
      region: 'Le président du conseil régional est chargé',
      ccas: 'le directeur du CCAS sont chargés',
    }[org.type as 'commune'];
    expect(flat).toContain(executive);
    expect(flat).not.toContain('directeur général des services est chargé');

    // The legal officer's review: wording that is wrong in law, or not a sentence.
    expect(flat).not.toMatch(/prolonge le délai/);
    expect(flat).toContain('Le recours gracieux interrompt le délai du recours contentieux');
    expect(flat).not.toMatch(/Seuls ont accès aux données :/);
    expect(flat).not.toMatch(/la personne désignée pour ce traitement/);
    expect(flat).toMatch(/Le responsable du traitement est .*, représenté/);
    expect(flat).not.toMatch(/ne les communique, sur le fondement des articles/);
    expect(flat).not.toMatch(/Année de revenus demandée à la DGFiP|Année demandée à la DGFiP/);
    expect(flat).not.toMatch(/même campagne sur la même année de revenus/);
    expect(flat).not.toMatch(/L’an /);
    expect(flat).not.toMatch(/ce taux est le suivant|le \S+ régime de transmission/);
    expect(flat).not.toMatch(/1er Janvier|Détail à préciser/);
    if (useCase !== 'aides-sociales' && useCase !== 'bourses') expect(flat).not.toMatch(/le montant le plus élevé s’applique/);
    if (useCase !== 'cantine' && useCase !== 'periscolaire' && useCase !== 'creche') expect(flat).not.toMatch(/portail famille/);
    if (org.type === 'epci') expect(flat.replace(/code général des collectivités territoriales/g, '')).not.toMatch(/collectivité/i);
    if (incomeAsked) expect(flat).toContain('ne restitue les données que d’un seul foyer fiscal');
    if (method === 'bareme-cnaf') expect(flat).toMatch(/par mois – montant à vérifier/);
    if (method === 'taux-effort' && variant % 3 !== 0) expect(flat).toMatch(/% du quotient familial/);
    if (mode === 'france-connect') expect(flat).toContain('refuse de donner son accord sur l’écran de FranceConnect');

    // No sentence of another use case.
    // (An "autre" use case may borrow the crèche barème, whose name says so.)
    for (const [other, words] of Object.entries(OWN_WORDS))
      if (other !== useCase && !(useCase === 'autre' && other === 'creche')) expect(flat, other).not.toMatch(words);
    if (!['cantine', 'periscolaire', 'bourses'].includes(useCase)) expect(flat).not.toMatch(/année scolaire/);

    // Legal references never split; French spaces before high signs.
    expect(text).not.toMatch(/L\. 114-8|L\.\u00A0114-8/);
    expect(text).toMatch(/L\.\u00A0114\u20118/);
    expect(text).not.toMatch(/ [:;!?»]/);
    expect(text).not.toMatch(/\p{L}'\p{L}/u);

    // Income is spoken of only when an income datum is asked for.
    if (!incomeAsked) {
      expect(flat).not.toMatch(/ressources du foyer|quotient familial|revenus utilisés|revenus disponibles|montant le plus élevé|tarif le plus élevé/);
      expect(flat).toContain('Déclaration prise en compte');
    } else expect(flat).toContain('Année de revenus prise en compte');

    // Rights and information, for the access mode chosen.
    for (const right of [
      'article 6, paragraphe 1, point e',
      'Le responsable du traitement est',
      'droit d’accès',
      'rectification',
      'limitation du traitement',
      'droit d’opposition',
      'délégué à la protection des données',
      'CNIL',
      'conformément à l’article L. 114-8',
    ]) {
      expect(flat).toContain(right);
    }
    if (mode === 'france-connect') {
      expect(flat).toContain('consentement');
      expect(flat).not.toMatch(/numéro fiscal \(SPI\)|\bSPI\b/);
      expect(flat).toContain('aucun numéro fiscal n’est saisi');
    } else {
      expect(flat).toContain('numéro fiscal (SPI)');
      expect(flat).not.toContain('FranceConnect');
    }

    // Sources in the method's order.
    const dgfip = flat.indexOf('les données de la DGFiP obtenues par l’API Impôt particulier');
    const own = flat.indexOf('les justificatifs qu’il fournit lui-même');
    expect(dgfip).toBeGreaterThan(-1);
    expect(own).toBeGreaterThan(dgfip);
    if (method === 'qf-caf') expect(flat.indexOf('calculé par la caisse d’allocations familiales, obtenu par l’API Particulier')).toBeLessThan(dgfip);
    if (useCase === 'creche' && method !== 'qf-caf') expect(flat.indexOf('les ressources transmises par la CNAF')).toBeLessThan(dgfip);
    if (method === 'bareme-cnaf') expect(flat).toContain('0,0619 %');

    // Tranches: each lower bound is the previous upper bound, excluded.
    const grid = content.tables.find((t) => t[0]?.[0]?.startsWith('Quotient familial'));
    if (grid) {
      const rows = grid.slice(1).map((r) => r[0]!.replace(/[\u00A0\u202F]/g, ' '));
      rows.forEach((row, i) => {
        if (i === 0) expect(row).toMatch(/^Jusqu’à /);
        else expect(row.startsWith(`Au-delà de ${/jusqu’à (.*)$/i.exec(rows[i - 1]!)?.[1]}`), row).toBe(true);
      });
      for (const row of grid.slice(1)) expect(row[1]).toMatch(/\d[\u00A0]€ \S/);
    }
  });
});
