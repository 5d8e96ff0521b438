import { describe, expect, it } from 'vitest';
import { completeCantineDossier } from '../../test/fixtures/dossiers';
import { exampleDossiers } from '../../test/fixtures/examples';
import type { DossierContent } from './dossier/content';
import { newDossier } from './dossier/new-dossier';
import type { StepId } from './steps';
import { summariseDossier } from './summary';

const gridOf = (tranches: { upTo: string; price: string }[]) => {
  const d = completeCantineDossier();
  return summariseDossier({ ...d, method: { ...d.method, tranches } })
    .find((s) => s.step === 'methode')!
    .rows.find((r) => r.label === 'Grille de tranches')!.value;
};

describe('the summary of a tariff grid', () => {
  it('reads as a council votes it: no bound shared by two tranches, French numbers, euros everywhere', () => {
    expect(
      gridOf([
        { upTo: '500', price: '1' },
        { upTo: '1400', price: '2,4' },
        { upTo: '', price: '4,80' },
      ]),
    ).toBe("QF jusqu'à 500 € : 1 € ; QF de plus de 500 € à 1\u202f400 € : 2,40 € ; QF au-delà de 1\u202f400 € : 4,80 €");
  });

  it('keeps what cannot be read as a number as it was typed, and marks what is missing', () => {
    expect(
      gridOf([
        { upTo: 'cinq cents', price: '' },
        { upTo: '', price: '3' },
      ]),
    ).toBe("QF jusqu'à cinq cents € : ? € ; QF au-delà de cinq cents € : 3 €");
  });
});

/** The summary as a reader goes through it: each step (or those named), then each question, its field and its answer ("—" unanswered). */
function read(d: DossierContent, ...steps: StepId[]): string {
  return summariseDossier(d)
    .filter((s) => steps.length === 0 || steps.includes(s.step))
    .map((s) => [`## ${s.title} (${s.step})`, ...s.rows.map((r) => `${r.label} [${r.path.join('.')}] : ${r.value ?? '—'}`)].join('\n'))
    .join('\n\n');
}

const cantine = completeCantineDossier();
const variant = (change: Partial<{ [K in keyof DossierContent]: Partial<DossierContent[K]> }>): DossierContent => {
  const d: DossierContent = { ...cantine };
  for (const [key, value] of Object.entries(change)) Object.assign(d, { [key]: { ...cantine[key as keyof DossierContent], ...value } });
  return d;
};
const person = { familyName: '', givenName: '', jobTitle: '', email: '', phone: '' };

/** The expected summaries, in text files a reader can check against the wizard (test/fixtures/summaries/). */
const expectedFile = (name: string) => `../../test/fixtures/summaries/${name}.txt`;
/** Several summaries in one file, each after a line saying what it shows. */
const together = (parts: Record<string, string>) =>
  Object.entries(parts)
    .map(([what, text]) => `=== ${what}\n\n${text}`)
    .join('\n\n');

describe('the summary of a dossier, step by step, question by question', () => {
  it.each(exampleDossiers())('reads each answer of %s as the synthesis and the documents show it', async (file, dossier) => {
    await expect(read(dossier)).toMatchFileSnapshot(expectedFile(file.replace(/\.json$/, '')));
  });

  it('reads an empty dossier as questions left unanswered', async () => {
    await expect(read(newDossier('vide', 'Vide', new Date('2026-11-20T09:00:00Z')))).toMatchFileSnapshot(expectedFile('dossier-vide'));
  });

  it('asks, for an éditeur acting for another administration, on whose behalf; for a sandbox first, which request', async () => {
    const editeur = variant({
      organisation: {
        type: 'editeur',
        onBehalfOf: '  Commune de Saint-Exemple ',
        software: 'editeur-en-cours',
        softwareVendorName: '',
        stage: 'production',
        accessMode: 'france-connect',
        hasFranceConnectHabilitation: 'oui',
      },
      security: {
        acceptanceDone: true,
        mode: 'questionnaire',
        authorityName: 'Claire Martin',
        authorityFunction: ' ',
        beginDate: '',
        callsPerMinute: '200',
        volumetryJustification: ' Pics à la rentrée. ',
      },
      people: {
        contactTechnique: { ...person, side: '' },
        demandeur: { ...person, hasProConnect: '' },
        dpd: { ...person, email: 'dpd@agglo.fr' },
        employerCertificateDemandeur: false,
        employerCertificateTechnique: true,
        designationDemandeur: true,
      },
    });
    await expect(read(editeur, 'organisation', 'cadre-juridique', 'personnes', 'securite')).toMatchFileSnapshot(expectedFile('editeur-bac-a-sable'));
  });

  it('reads a taux d’effort between two points, a CNAF scale and an income threshold, with what is missing marked "?"', async () => {
    const method = (change: Partial<DossierContent['method']>) => read(variant({ method: change }), 'methode');
    await expect(
      together({
        'Taux d’effort entre deux points, deux valeurs manquantes': method({
          id: 'taux-effort',
          effortMode: 'lineaire',
          qfMin: '300',
          priceMin: '',
          qfMax: '',
          priceMax: '5',
        }),
        'Taux d’effort entre un plancher et un plafond, taux et plafond manquants': method({
          id: 'taux-effort',
          effortMode: 'plancher-plafond',
          rate: '',
          floor: '1',
          ceiling: '',
        }),
        'Taux d’effort entre deux points, sans aucun QF': method({ id: 'taux-effort', effortMode: 'lineaire', qfMin: '', qfMax: '' }),
        'Barème CNAF sans ressources': method({ id: 'bareme-cnaf', resourcesFloor: '', resourcesCeiling: '' }),
        'Barème CNAF sans plancher': method({ id: 'bareme-cnaf', resourcesFloor: '', resourcesCeiling: '6000' }),
        'Seuil sans montant, territoire vérifié mais vide': method({
          id: 'seuil-ressources',
          threshold: '',
          thresholdBasis: 'qf',
          checksResidence: true,
          territory: ' ',
        }),
        'Une seule tranche sans borne ni tarif, campagne sans fin': method({ id: 'tranches-qf', tranches: [{ upTo: '', price: ' ' }], campaignEnd: '' }),
        'QF CAF sans tranche': method({ id: 'qf-caf', tranches: [] }),
      }),
    ).toMatchFileSnapshot(expectedFile('methodes'));
  });

  it('reads a deliberation to adopt, one without date or number, and an assessment in each of its states', async () => {
    const legalAndGdpr = (change: Partial<{ [K in keyof DossierContent]: Partial<DossierContent[K]> }>) =>
      read(variant(change), 'cadre-juridique', 'traitement');
    await expect(
      together({
        'Délibération à adopter, AIPD réalisée sans date': legalAndGdpr({
          legal: { deliberationStatus: 'a-adopter', plannedSessionDate: '2027-03-01' },
          gdpr: { dpia: 'realisee', dpiaDate: '' },
        }),
        'Délibération sans date ni numéro, AIPD réalisée datée, autre règle pour les familles sans données': legalAndGdpr({
          legal: { deliberationDate: '', deliberationNumber: '' },
          gdpr: { dpia: 'realisee', dpiaDate: '2026-10-01', noDataRule: 'autre', noDataRuleOther: ' Examen en commission ' },
        }),
        'Délibération sans date, AIPD non nécessaire sans raison': legalAndGdpr({
          legal: { deliberationDate: '', deliberationNumber: '12' },
          gdpr: { dpia: 'non-necessaire', dpiaReason: '  ' },
        }),
        'AIPD en cours, conservation de 48 mois justifiée': legalAndGdpr({
          gdpr: { dpia: 'en-cours', retentionMonths: '48', retentionJustification: ' Recours possibles. ' },
        }),
        'Conservation de 36 mois, justification non demandée': legalAndGdpr({
          gdpr: { retentionMonths: '36', retentionJustification: 'Pas au-delà du seuil.' },
        }),
      }),
    ).toMatchFileSnapshot(expectedFile('deliberation-et-aipd'));
  });

  it('reads the legal text of a use outside deliberations, and the details of dependants', async () => {
    await expect(
      together({
        'Autre usage, personnes à charge avec deux cases, justification vide': read(
          variant({
            useCase: { id: 'autre' },
            legal: { otherLegalBasis: ' Arrêté du 1er janvier ', otherWithinCrpa: 'non' },
            data: { scopes: ['dgfip_pac'], dependantBoxes: ['J', 'F'], justifications: { dgfip_pac: '  ' } },
          }),
          'cadre-juridique',
          'donnees',
        ),
        'Banque, aucune donnée, expression de besoin spécifique': read(
          variant({ organisation: { type: 'banque' }, data: { scopes: [], hasSpecificRequirements: true } }),
          'cadre-juridique',
          'donnees',
        ),
        'Personnes à charge justifiées, sans case': read(
          variant({ data: { scopes: ['dgfip_pac'], dependantBoxes: [], justifications: { dgfip_pac: ' Quotient familial. ' } } }),
          'donnees',
        ),
      }),
    ).toMatchFileSnapshot(expectedFile('donnees-et-autre-usage'));
  });
});

describe('the answers the summary reads, one by one', () => {
  const valueOf = (d: DossierContent, step: StepId, label: string) =>
    summariseDossier(d)
      .find((s) => s.step === step)!
      .rows.find((r) => r.label === label)?.value;
  const method = (change: Partial<DossierContent['method']>, label: string) => valueOf(variant({ method: change }), 'methode', label);

  it('marks with "?" a tranche bound left blank, and reads a last bound of blanks as none', () => {
    expect(
      gridOf([
        { upTo: ' ', price: '1' },
        { upTo: '', price: '2' },
      ]),
    ).toBe('Tout QF : 1 € ; QF au-delà de ? € : 2 €');
    expect(
      gridOf([
        { upTo: '', price: '1' },
        { upTo: '', price: '2' },
      ]),
    ).toBe('Tout QF : 1 € ; QF au-delà de ? € : 2 €');
  });

  it('reads a taux d’effort, marking each missing figure "?", and nothing when none is given', () => {
    const floorCeiling = (rate: string, floor: string, ceiling: string) =>
      method({ id: 'taux-effort', effortMode: 'plancher-plafond', rate, floor, ceiling }, 'Taux, plancher, plafond');
    expect(floorCeiling('', '', '')).toBeNull();
    expect(floorCeiling('2', '1', '')).toBe('2 % du QF, entre 1 € et ? €');
    const twoPoints = method({ id: 'taux-effort', effortMode: 'lineaire', qfMin: '', priceMin: '1', qfMax: '2000', priceMax: '' }, 'Deux points');
    expect(twoPoints).toBe('QF ? → 1 € ; QF 2000 → ? €');
  });

  it('marks with "?" the missing ceiling of the CNAF scale’s resources', () => {
    expect(method({ id: 'bareme-cnaf', resourcesFloor: '800', resourcesCeiling: '' }, 'Ressources mensuelles retenues')).toBe('entre 800 € et ? €');
  });

  it('marks with "?" the missing number of a dated deliberation', () => {
    const d = variant({ legal: { deliberationStatus: 'existante', deliberationDate: '2026-03-12', deliberationNumber: '' } });
    expect(valueOf(d, 'cadre-juridique', 'Date et numéro')).toBe('12 mars 2026, n° ?');
  });

  it('reads a person given as blanks only as nobody, and names a person without the blanks', () => {
    const blanks = { familyName: ' ', givenName: ' ', jobTitle: ' ', email: ' ', phone: ' ' };
    const dpd = (change: typeof blanks) =>
      valueOf(variant({ people: { dpd: { ...cantine.people.dpd, ...change } } }), 'personnes', 'Délégué à la protection des données (DPD)');
    expect(dpd(blanks)).toBeNull();
    expect(dpd({ ...person, givenName: ' ', familyName: 'Martin', email: 'a.martin@ville.example' })).toBe('Martin – a.martin@ville.example');
  });

  it('reads a justification of blanks as none, for the retention and for the volumetry', () => {
    const d = variant({ gdpr: { retentionMonths: '60', retentionJustification: ' ' }, security: { callsPerMinute: '200', volumetryJustification: ' ' } });
    expect(valueOf(d, 'traitement', 'Justification de la durée')).toBeUndefined();
    expect(valueOf(d, 'securite', 'Justification de la volumétrie')).toBeUndefined();
  });

  it('shows the justification of the volumetry only above the calls per minute that need none', () => {
    const volumetry = (callsPerMinute: DossierContent['security']['callsPerMinute'], volumetryJustification: string) =>
      valueOf(variant({ security: { callsPerMinute, volumetryJustification } }), 'securite', 'Justification de la volumétrie');
    expect(volumetry('200', ' Un pic à la rentrée ')).toBe('Un pic à la rentrée');
    expect(volumetry('50', 'Un pic à la rentrée')).toBeUndefined();
    expect(volumetry('200', '')).toBeUndefined();
  });

  it('names the security authority and its function without blanks, and nobody when the name is blank', () => {
    const authority = (authorityName: string, authorityFunction: string) =>
      valueOf(variant({ security: { mode: 'homologation', authorityName, authorityFunction } }), 'securite', "Nom de l'autorité d'homologation");
    expect(authority(' Jeanne Roux ', ' ')).toBe('Jeanne Roux');
    expect(authority(' ', 'Maire')).toBeNull();
  });

  it('says the functional acceptance is not attested when production needs it', () => {
    const d = variant({ organisation: { software: 'interne', stage: 'production' }, security: { acceptanceDone: false } });
    expect(valueOf(d, 'securite', 'Recette fonctionnelle attestée')).toBe('Non');
  });
});
