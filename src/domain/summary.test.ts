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
