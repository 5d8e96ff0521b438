import { describe, expect, it } from 'vitest';
import { exampleDossiers } from '../../test/fixtures/examples';
import { cantineWith } from '../../test/fixtures/step-says';
import type { Dossier } from './dossier/model';
import { buildDataPassSheet, type SheetStep } from './datapass-sheet';

/** The sheet as the applicant follows it on DataPass: each step, then each field, its value, what to do and why. */
function read(steps: SheetStep[]): string {
  return `${steps
    .map((step) =>
      [
        `## ${step.title} (${step.id})`,
        ...step.fields.map(
          (f) =>
            `${f.label} [${f.key ?? '—'}]${f.instruction ? ' (à faire)' : ''}${f.link ? ' (lien)' : ''} : ${f.value ?? '—'}${f.note === undefined ? '' : `\n    note : ${f.note || '(vide)'}`}`,
        ),
      ].join('\n'),
    )
    .join('\n\n')}\n`;
}
const expectedFile = (name: string) => `../../test/fixtures/datapass-sheets/${name}.txt`;
/** Several sheets (or some of their steps) in one file, each after a line naming what it shows. */
const together = (parts: Record<string, [Dossier, ...string[]]>) =>
  Object.entries(parts)
    .map(([what, [dossier, ...ids]]) => `=== ${what}\n\n${read(buildDataPassSheet(dossier).filter((s) => ids.length === 0 || ids.includes(s.id)))}`)
    .join('\n');

describe('what to type into DataPass, field by field', () => {
  it.each(exampleDossiers())('for %s, follows the DataPass form the dossier prepares', async (file, dossier) => {
    await expect(read(buildDataPassSheet(dossier))).toMatchFileSnapshot(expectedFile(file.replace(/\.json$/, '')));
  });

  it('says which form to choose, or how to reach a production form, and what to ask FranceConnect first', async () => {
    const sandbox = { software: 'interne', stage: 'bac-a-sable' } as const;
    await expect(
      together({
        'Sans cas d’usage : pas encore de formulaire': [cantineWith({ useCase: { id: '' } })],
        'Logiciel interne sans étape choisie : pas encore de formulaire': [cantineWith({ organisation: { software: 'interne', stage: '' } })],
        'Bac à sable, FranceConnect à demander, délibération à adopter': [
          cantineWith({
            organisation: { ...sandbox, accessMode: 'france-connect', hasFranceConnectHabilitation: 'non' },
            legal: { deliberationStatus: 'a-adopter', plannedSessionDate: '2027-02-01', deliberationUrl: '' },
          }),
          'formulaire',
          'legal',
          'modalities',
          'finish',
        ],
        'Production après le bac à sable, FranceConnect validée, délibération à adopter, recette non attestée': [
          cantineWith({
            organisation: { software: 'interne', stage: 'production', accessMode: 'france-connect', hasFranceConnectHabilitation: 'oui' },
            legal: { deliberationStatus: 'a-adopter', plannedSessionDate: '2027-02-01' },
            security: { acceptanceDone: false },
            gdpr: { dpdInformed: false },
          }),
        ],
        'Production après le bac à sable, recette attestée': [
          cantineWith({ organisation: { software: 'editeur-en-cours', stage: 'production' }, security: { acceptanceDone: true } }),
          'operational_acceptance',
        ],
        'Avec éditeur, FranceConnect validée': [
          cantineWith({ organisation: { accessMode: 'france-connect', hasFranceConnectHabilitation: 'oui' } }),
          'formulaire',
          'modalities',
        ],
        'Banque (texte autorisant l’accès, pas de délibération), délibération marquée à adopter': [
          cantineWith({
            organisation: { type: 'banque' },
            legal: { deliberationStatus: 'a-adopter', otherLegalBasis: 'Article L. 221-13 du code monétaire et financier', otherWithinCrpa: 'non' },
          }),
          'legal',
        ],
      }),
    ).toMatchFileSnapshot(expectedFile('formulaires-et-parcours'));
  });

  it('writes each answer where DataPass asks it, saying what DataPass pre-fills and what to attach', async () => {
    await expect(
      together({
        'Nom de projet, destinataires et cadre juridique repris tels que DataPass les pré-remplit': [
          cantineWith({ useCase: { projectName: ' Dites-le-nous une fois – Cantine scolaire ' } }),
          'basic_infos',
          'personal_data',
        ],
        'Réponses vides': [
          cantineWith({
            useCase: { projectName: ' ', description: '', yearlyVolume: '' },
            security: { plannedProductionDate: '', mode: '', authorityName: '', authorityFunction: ' ', beginDate: '', endDate: '' },
            gdpr: { recipients: '', retentionMonths: '' },
            data: { scopes: [] },
            people: { technicalExtraEmail: ' ' },
          }),
          'basic_infos',
          'scopes',
          'personal_data',
          'safety_certification',
        ],
        'Conservation et volumétrie justifiées, questionnaire de sécurité': [
          cantineWith({
            gdpr: { retentionMonths: '48', retentionJustification: ' Recours contentieux possibles. ' },
            security: { mode: 'questionnaire', callsPerMinute: '200', volumetryJustification: ' Pics à la rentrée. ' },
          }),
          'personal_data',
          'safety_certification',
          'volumetrie',
        ],
        'Expression de besoin spécifique, cases du détail des personnes à charge': [
          cantineWith({ data: { scopes: ['dgfip_annee_n_moins_2', 'dgfip_pac', 'dgfip_rfr'], dependantBoxes: ['I', 'G'], hasSpecificRequirements: true } }),
          'scopes',
        ],
        'Expression de besoin spécifique, sans case': [cantineWith({ data: { hasSpecificRequirements: true, dependantBoxes: [] } }), 'scopes'],
      }),
    ).toMatchFileSnapshot(expectedFile('reponses'));
  });
});

describe('the fields of the DataPass sheet', () => {
  const fieldOf = (d: Dossier, key: string) =>
    buildDataPassSheet(d)
      .flatMap((s) => s.fields)
      .find((f) => f.key === key);
  const ownSandbox = { software: 'interne', stage: 'bac-a-sable' } as const;

  it('says nothing of a DataPass prefill for the free request, which has none', () => {
    const free = cantineWith({ useCase: { id: 'autre' }, organisation: ownSandbox });
    expect(fieldOf(free, 'intitule')!.note).toBe('Cette information sera rendue publique.');
    expect(fieldOf(free, 'cadre_juridique_nature')!.note).toBeUndefined();
  });

  it('names, in the link’s note, each text too long for the link, to paste', () => {
    const long = 'x'.repeat(3000);
    const d = cantineWith({ useCase: { description: long }, gdpr: { recipients: long } });
    const note = buildDataPassSheet(d)[0]!.fields.find((f) => f.link)!.note!;
    expect(note).toBe(
      "Il remplit 13 champs du dossier. DataPass n’y reprend jamais les personnes impliquées : saisissez-les, joignez les fichiers et cochez les attestations vous-même. Trop longs pour le lien, à coller : « Destinataire des données », « Description du projet (à quoi va-t-il servir ? qui l'utilisera ?) ».",
    );
  });

  it('asks to file a request that leads to production only once the deliberation is voted', () => {
    const toVote = cantineWith({ legal: { deliberationStatus: 'a-adopter', plannedSessionDate: '2027-02-01' } });
    expect(fieldOf(toVote, 'cadre_juridique_document')!.note).toBe(
      'DataPass exige un document ou une adresse web, et cette demande mène à la production : déposez-la une fois la délibération votée.',
    );
  });

  it('leaves the access mode blank when the dossier does not give it', () => {
    expect(fieldOf(cantineWith({ organisation: { accessMode: '' } }), 'modalities')!.value).toBeNull();
  });

  it('asks for no justification of the retention or the volumetry the dossier leaves blank', () => {
    const d = cantineWith({ gdpr: { retentionJustification: '  ' }, security: { volumetryJustification: '  ' } });
    expect(fieldOf(d, 'duree_conservation_donnees_caractere_personnel_justification')).toBeUndefined();
    expect(fieldOf(d, 'volumetrie_justification')).toBeUndefined();
  });
});
