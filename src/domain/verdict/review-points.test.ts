import { describe, expect, it } from 'vitest';
import { completeCantineDossier, TODAY } from '../../../test/fixtures/dossiers';
import { useCaseById } from '../catalogue/use-cases';
import type { Dossier } from '../dossier/model';
import { MIN_JUSTIFICATION_WORDS, periodServed, reviewPoints } from './review-points';

const cantine = completeCantineDossier();
const edit = <K extends keyof Dossier>(d: Dossier, key: K, change: Partial<Dossier[K]>): Dossier => ({ ...d, [key]: { ...(d[key] as object), ...change } });
const keys = (d: Dossier, today = TODAY) => reviewPoints(d, today).map((f) => f.key);
const point = (d: Dossier, key: string, today = TODAY) => reviewPoints(d, today).find((f) => f.key === key);
const people = (change: Partial<Dossier['people']>) => edit(cantine, 'people', change);
const { dpd, demandeur, responsableTraitement } = cantine.people;

describe('the points an instructor or a DPO would object to', () => {
  it('are none for the complete cantine dossier, and each is "à revoir" with the place to change it', () => {
    expect(reviewPoints(cantine, TODAY)).toEqual([]);
    expect(point(edit(cantine, 'gdpr', { dpia: 'en-cours' }), 'aipd-en-cours')).toEqual({
      key: 'aipd-en-cours',
      kind: 'review',
      place: { section: 'gdpr', path: ['dpia'] },
      message:
        "L'analyse d'impact est en cours : terminez-la et indiquez sa date. Le DPD et l'instructeur attendent ses conclusions avant la mise en production.",
      related: [],
    });
  });
});

describe('a DPD who is someone else already named', () => {
  it('is the responsable de traitement with the same e-mail, whatever its case and spaces', () => {
    expect(point(people({ dpd: { ...dpd, email: ` ${responsableTraitement.email.toUpperCase()} ` } }), 'dpd-responsable-traitement')).toMatchObject({
      place: { section: 'people', path: ['dpd', 'familyName'] },
      message:
        'Le délégué à la protection des données semble être aussi le responsable de traitement : il doit pouvoir le conseiller et le contrôler en toute indépendance. Désignez deux personnes différentes.',
    });
  });

  it('is the demandeur with the same names, whatever their case', () => {
    expect(point(people({ dpd: { ...dpd, email: '', familyName: ' MARTIN', givenName: 'claire ' } }), 'dpd-demandeur')).toMatchObject({
      place: { section: 'people', path: ['dpd', 'familyName'] },
      message:
        'Le délégué à la protection des données semble être aussi le demandeur : il devra rendre un avis sur la demande qu’il dépose. Confiez la demande à un autre agent.',
    });
  });

  it('is not someone with the same family name and another given name, nor two people without e-mail or name', () => {
    expect(keys(people({ dpd: { ...dpd, familyName: demandeur.familyName } }))).toEqual([]);
    const nobody = { ...dpd, email: ' ', familyName: '', givenName: '' };
    expect(keys(people({ dpd: nobody, demandeur: { ...demandeur, ...nobody } }))).toEqual([]);
  });

  it('is the mayor, by the word « maire » in the job title only', () => {
    for (const jobTitle of ['Maire', 'Premier adjoint au maire', 'maire-adjoint']) {
      expect(point(people({ dpd: { ...dpd, jobTitle } }), 'dpd-maire'), jobTitle).toMatchObject({
        place: { section: 'people', path: ['dpd', 'jobTitle'] },
        message: 'Le maire ne peut pas être le délégué à la protection des données de sa commune.',
      });
    }
    for (const jobTitle of ['Mairesse', 'Secrétaire de mairie']) expect(keys(people({ dpd: { ...dpd, jobTitle } })), jobTitle).toEqual([]);
  });
});

describe('a retention shorter than the period the data serve', () => {
  const retention = (months: string, campaignStart = '2027-05-15', campaignEnd = '2027-06-30') =>
    edit(edit(cantine, 'gdpr', { retentionMonths: months }), 'method', { campaignStart, campaignEnd });
  const flagged = (d: Dossier) => keys(d).includes('conservation-courte');

  it('is at least a year from the campaign’s start, or the campaign when longer', () => {
    expect(periodServed(cantine)).toEqual({ months: 12, why: 'un tarif ou un droit fixé à l’inscription vaut en général jusqu’à la campagne suivante' });
    expect(periodServed(retention('24', '2027-01-15', '2028-01-15'))).toEqual({ months: 12, why: 'la durée de la campagne' });
    expect(periodServed(retention('24', '2027-01-15', '2028-04-14'))).toEqual({ months: 15, why: 'la durée de la campagne' });
    expect(periodServed(retention('24', '2027-01-15', ''))).toBeNull();
  });

  it('is flagged below that period, in whole months from 1, with the campaign to see', () => {
    expect(point(retention('11'), 'conservation-courte')).toEqual({
      key: 'conservation-courte',
      kind: 'review',
      place: { section: 'gdpr', path: ['retentionMonths'] },
      message:
        'Une conservation de 11 mois est plus courte que la période où les données servent (12 mois à partir du 15 mai 2027 : un tarif ou un droit fixé à l’inscription vaut en général jusqu’à la campagne suivante). Allongez-la, ou expliquez comment le tarif reste justifiable après.',
      related: [{ section: 'method', path: ['campaignStart'] }],
    });
    expect(flagged(retention('12'))).toBe(false);
    expect(flagged(retention('1'))).toBe(true);
    expect(flagged(retention('14', '2027-01-15', '2028-04-14'))).toBe(true);
    expect(flagged(retention('15', '2027-01-15', '2028-04-14'))).toBe(false);
  });

  it('is not judged without a retention in whole months or without campaign dates', () => {
    for (const months of ['0', '', '6,5', 'six']) expect(flagged(retention(months)), months).toBe(false);
    expect(flagged(retention('6', '2027-05-15', ''))).toBe(false);
  });
});

describe('recipients copied from another use case', () => {
  it('are flagged with both use cases named', () => {
    const d = edit(cantine, 'gdpr', { recipients: ` ${useCaseById('periscolaire').defaultRecipients} ` });
    expect(point(d, 'destinataires-autre-usage')).toEqual({
      key: 'destinataires-autre-usage',
      kind: 'review',
      place: { section: 'gdpr', path: ['recipients'] },
      message:
        "Les destinataires indiqués sont ceux de « Activités périscolaires et extrascolaires », pas de « Cantine scolaire » : l'instructeur vérifie qu'ils correspondent au cas d'usage.",
      related: [{ section: 'useCase', path: ['id'] }],
    });
  });

  it('are not judged without a use case, nor when they are the use case’s own or written by hand', () => {
    const copied = edit(cantine, 'gdpr', { recipients: useCaseById('periscolaire').defaultRecipients });
    expect(keys(edit(copied, 'useCase', { id: '' }))).not.toContain('destinataires-autre-usage');
    expect(keys(edit(cantine, 'gdpr', { recipients: useCaseById('cantine').defaultRecipients }))).toEqual([]);
    expect(keys(edit(cantine, 'gdpr', { recipients: '' }))).toEqual([]);
  });
});

describe('a datum beyond the minimum', () => {
  const justified = (text: string) => edit(cantine, 'data', { scopes: [...cantine.data.scopes, 'dgfip_sitfam'], justifications: { dgfip_sitfam: text } });

  it('justified in a few words is flagged, naming the datum', () => {
    const d = justified('Pour vérifier la situation du foyer.');
    expect(point(d, 'justification-breve:dgfip_sitfam')).toMatchObject({
      place: { section: 'data', path: ['justifications', 'dgfip_sitfam'] },
      message: expect.stringMatching(/^La justification de « .+ » tient en quelques mots : dites à quoi sert cette donnée/) as unknown,
    });
  });

  it('is not flagged from eight words on, nor below 20 characters (the step’s own rule speaks then)', () => {
    expect(MIN_JUSTIFICATION_WORDS).toBe(8);
    expect(keys(justified('Un deux trois quatre cinq six sept'))).toEqual(['justification-breve:dgfip_sitfam']);
    expect(keys(justified('Un deux trois quatre cinq six sept huit'))).toEqual([]);
    expect(keys(justified('  Pour  la   situation   familiale  '))).toEqual(['justification-breve:dgfip_sitfam']);
    expect(keys(justified('Un motif court.'))).toEqual([]);
  });
});

describe('the advised income year not ticked', () => {
  it('is flagged once the data step has been opened, with the calendar to see', () => {
    const d = edit(cantine, 'data', { scopes: ['dgfip_annee_n_moins_1', 'dgfip_nbpart', 'dgfip_rfr'] });
    expect(point(d, 'annee-conseillee')).toMatchObject({
      place: { section: 'data', path: ['scopes', 'dgfip_annee_n_moins_2'] },
      message: expect.stringMatching(
        /^L'année conseillée pour votre campagne est l'.+, qui n'est pas cochée à l'étape 4 : cochez-la, ou vérifiez les dates de la campagne à l'étape 3\.$/,
      ) as unknown,
      related: [{ section: 'method', path: ['campaignStart'] }],
    });
    expect(keys(edit(d, 'data', { initialised: false }))).toEqual([]);
  });

  it('is not raised while a campaign date is missing or impossible: there is no advice yet, the method step asks for the dates', () => {
    const d = edit(cantine, 'data', { scopes: ['dgfip_annee_n_moins_1', 'dgfip_nbpart', 'dgfip_rfr'] });
    expect(keys(edit(d, 'method', { campaignStart: '' }))).not.toContain('annee-conseillee');
    expect(keys(edit(d, 'method', { campaignEnd: '' }))).not.toContain('annee-conseillee');
  });
});

describe('a method unusual for the use case', () => {
  it('is flagged, naming both, except for « autre »', () => {
    const d = edit(cantine, 'method', { id: 'residence' });
    expect(point(d, 'methode-inhabituelle')).toMatchObject({
      place: { section: 'method', path: ['id'] },
      message: expect.stringContaining('est inhabituelle pour « Cantine scolaire »') as unknown,
      related: [{ section: 'useCase', path: ['id'] }],
    });
    expect(keys(edit(d, 'useCase', { id: 'autre' }))).not.toContain('methode-inhabituelle');
    expect(keys(edit(d, 'useCase', { id: '' }))).not.toContain('methode-inhabituelle');
    expect(keys(edit(cantine, 'method', { id: '' }))).not.toContain('methode-inhabituelle');
  });
});

describe('dates already past', () => {
  const session = (plannedSessionDate: string) => edit(cantine, 'legal', { deliberationStatus: 'a-adopter', plannedSessionDate });

  it('flag a council session before today, not today’s', () => {
    expect(point(session('2026-11-25'), 'seance-passee')).toMatchObject({
      place: { section: 'legal', path: ['plannedSessionDate'] },
      message: expect.stringMatching(/^Cette séance est passée : si la délibération a été adoptée, choisissez « existante »/) as unknown,
    });
    expect(keys(session(TODAY))).not.toContain('seance-passee');
    expect(keys(edit(session('2026-11-25'), 'legal', { deliberationStatus: 'existante' }))).not.toContain('seance-passee');
  });

  it('flag a go-live before today, for a production request only', () => {
    const past = edit(cantine, 'security', { plannedProductionDate: '2026-11-25' });
    expect(point(past, 'mise-en-production-passee')).toMatchObject({
      place: { section: 'security', path: ['plannedProductionDate'] },
      message: 'Cette date de mise en production est passée : indiquez une date à venir.',
    });
    expect(keys(edit(cantine, 'security', { plannedProductionDate: TODAY }))).toEqual([]);
    expect(keys(edit(past, 'organisation', { software: 'interne', stage: 'bac-a-sable' }))).not.toContain('mise-en-production-passee');
  });

  it('flag a security attestation ending within three months from today, not one already over', () => {
    const ending = (endDate: string) => edit(cantine, 'security', { endDate });
    expect(point(ending('2027-02-25'), 'attestation-echeance')).toMatchObject({
      place: { section: 'security', path: ['endDate'] },
      message:
        "L'attestation de sécurité expire le 25 février 2027, dans moins de 3 mois : la DGFiP en demande une nouvelle 3 mois avant l'échéance, sinon le flux est suspendu.",
    });
    expect(keys(ending(TODAY))).toContain('attestation-echeance');
    expect(keys(ending('2027-02-26'))).not.toContain('attestation-echeance');
    expect(keys(ending('2026-11-25'))).not.toContain('attestation-echeance');
    expect(keys(edit(ending('2027-02-25'), 'organisation', { software: 'interne', stage: 'bac-a-sable' }))).not.toContain('attestation-echeance');
  });

  it('takes two people for one only when both their names match, letter for letter whatever the case', () => {
    const namesake = (familyName: string, givenName: string) => people({ dpd: { ...dpd, familyName, givenName, email: 'dpd@agglo-exemple.fr' } });
    expect(keys(namesake('DURAND', 'paul'))).toContain('dpd-responsable-traitement');
    expect(keys(namesake('Petit', 'Paul'))).not.toContain('dpd-responsable-traitement');
    expect(keys(namesake('Durant', 'Paul'))).not.toContain('dpd-responsable-traitement');
    const weiss = people({ dpd: { ...dpd, familyName: 'Weiß', givenName: 'Paul' }, responsableTraitement: { ...responsableTraitement, familyName: 'Weiss' } });
    expect(keys(weiss)).not.toContain('dpd-responsable-traitement');
  });

  it('finds a justification brief from 20 characters, read without the spaces around it', () => {
    const justified = (text: string) =>
      edit(cantine, 'data', { scopes: [...cantine.data.scopes, 'dgfip_pac_nbPac'], justifications: { dgfip_pac_nbPac: text } });
    const brief = 'Pour le tarif: oui.';
    expect(`${brief}x`).toHaveLength(20);
    expect(keys(justified(`${brief}x`))).toContain('justification-breve:dgfip_pac_nbPac');
    expect(keys(justified(brief))).not.toContain('justification-breve:dgfip_pac_nbPac');
    expect(keys(justified(`          ${brief}          `))).not.toContain('justification-breve:dgfip_pac_nbPac');
    expect(keys(justified('Le nombre d’enfants à charge choisit le taux du barème appliqué au foyer.'))).not.toContain('justification-breve:dgfip_pac_nbPac');
  });

  it('finds no method unusual while the use case is not chosen', () => {
    expect(keys(edit(cantine, 'useCase', { id: '' }))).not.toContain('methode-inhabituelle');
  });
});
