import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDossier } from '../../../test/fixtures/arbitrary-dossier';
import { completeCantineDossier, TODAY } from '../../../test/fixtures/dossiers';
import { exampleDossiers } from '../../../test/fixtures/examples';
import type { Dossier } from '../dossier/model';
import { newDossier } from '../dossier/new-dossier';
import { SECTION_KEYS } from '../dossier/model';
import { STEPS } from '../steps';
import { validateSection } from '../validation/validate';
import { itemsOf } from './checklist';
import { stepOfSection } from './finding';
import { buildVerdict, keepReview, type Verdict } from './index';

const cantine = completeCantineDossier;
const item = (verdict: Verdict, id: string) => verdict.checklist.find((i) => i.id === id)!;
const edit = <K extends keyof Dossier>(d: Dossier, key: K, change: Partial<Dossier[K]>): Dossier => ({ ...d, [key]: { ...(d[key] as object), ...change } });

describe('the readiness checklist', () => {
  it('lists the DGFiP sheet’s items word for word', () => {
    const labels = buildVerdict(newDossier('x', 'x'), TODAY).checklist.map((i) => i.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Le besoin métier est identifié et décrit',
        'Les données nécessaires au besoin sont strictement définies',
        'Mon logiciel métier va pouvoir être raccordé',
        'Demandeur',
        'Responsable de traitement',
        'Délégué à la protection des données (DPD)',
        'Responsable technique (interne collectivité ou éditeur de logiciels)',
        "L'attestation employeur pour le demandeur est remplie",
        "L'attestation employeur pour le responsable technique est remplie",
        "Le document de désignation du demandeur pour souscrire au nom de l'organisation est rempli",
        "Le demandeur dispose d'un compte ProConnect",
      ]),
    );
  });

  it('says "prêt" of the complete cantine dossier, every step "Terminée"', () => {
    const verdict = buildVerdict(cantine(), TODAY);
    expect(verdict.findings.map((f) => f.message)).toEqual([]);
    expect(verdict.state).toBe('ready');
    for (const step of STEPS) expect(verdict.steps[step.id].status, step.id).toBe('complete');
    expect(item(verdict, 'recette').status).toBe('not-applicable');
    expect(item(verdict, 'logiciel').detail).toContain('Mon éditeur est en capacité');
  });

  it('points a missing item to the step and the field to fix', () => {
    const d = cantine();
    const verdict = buildVerdict({ ...d, people: { ...d.people, dpd: { ...d.people.dpd, email: '' } } }, TODAY);
    const dpd = item(verdict, 'dpd');
    expect(dpd.status).toBe('todo');
    expect(dpd.findings[0]).toMatchObject({ step: 'personnes', place: { section: 'people', path: ['dpd', 'email'] } });
    expect(item(verdict, 'demandeur').status).toBe('ready');
  });
});

describe('each change an instructor would send back stops "prêt"', () => {
  const d = cantine();
  const cases: [string, Dossier, string, 'todo' | 'review', string][] = [
    ['an empty organisation name', edit(d, 'organisation', { name: '' }), 'organisation', 'todo', 'organisation'],
    ['a SIRET with a wrong check digit', edit(d, 'organisation', { siret: '21990001200011' }), 'organisation', 'todo', 'organisation'],
    ['the DPD being the responsable de traitement', edit(d, 'people', { dpd: d.people.responsableTraitement }), 'dpd', 'review', 'personnes'],
    ['the DPD being the demandeur', edit(d, 'people', { dpd: { ...d.people.demandeur } }), 'dpd', 'review', 'personnes'],
    ['an impact assessment in progress', edit(d, 'gdpr', { dpia: 'en-cours' }), 'aipd', 'review', 'traitement'],
    ['a homologation ending before go-live', edit(d, 'security', { endDate: '2027-03-31' }), 'homologation', 'review', 'securite'],
    ['a homologation ending within three months of go-live', edit(d, 'security', { endDate: '2027-06-15' }), 'homologation', 'review', 'securite'],
    ['a go-live after the registrations opened', edit(d, 'security', { plannedProductionDate: '2027-05-20' }), 'mise-en-production', 'review', 'securite'],
    [
      'a council session after the campaign started',
      edit(d, 'legal', {
        deliberationStatus: 'a-adopter',
        deliberationDate: '',
        deliberationNumber: '',
        deliberationUrl: '',
        deliberationListsData: '',
        plannedSessionDate: '2027-05-20',
      }),
      'cadre-juridique',
      'todo',
      'cadre-juridique',
    ],
    ['a retention shorter than the year the tariff serves', edit(d, 'gdpr', { retentionMonths: '6' }), 'conservation', 'review', 'traitement'],
    [
      'a datum beyond the minimum justified in a few words',
      edit(d, 'data', { scopes: [...d.data.scopes, 'dgfip_sitfam'], justifications: { dgfip_sitfam: 'Pour vérifier la situation.' } }),
      'donnees',
      'review',
      'donnees',
    ],
    [
      'a demandeur without a ProConnect account',
      edit(d, 'people', { demandeur: { ...d.people.demandeur, hasProConnect: 'non' } }),
      'proconnect',
      'todo',
      'personnes',
    ],
  ];

  it.each(cases)('%s', (_name, dossier, itemId, level, stepId) => {
    const verdict = buildVerdict(dossier, TODAY);
    expect(verdict.state).toBe(level);
    expect(item(verdict, itemId).status).toBe(level);
    const step = verdict.steps[stepId as keyof typeof verdict.steps];
    if (level === 'todo') expect(step.status).not.toBe('complete');
    else expect(step.toReview).toBeGreaterThan(0);
    expect(verdict.steps.synthese.status).not.toBe('complete');
  });
});

describe('a point "à revoir" kept with a reason', () => {
  const inProgress = edit(cantine(), 'gdpr', { dpia: 'en-cours' });
  const point = () => buildVerdict(inProgress, TODAY).findings.find((f) => f.key === 'aipd-en-cours')!;

  it('lets the dossier be "prêt", the item showing the reason', () => {
    const kept = keepReview(inProgress, point(), 'Le DPD a validé le calendrier : conclusions attendues le 15 janvier.');
    const verdict = buildVerdict(kept, TODAY);
    expect(verdict.state).toBe('ready');
    expect(verdict.counts.kept).toBe(1);
    expect(item(verdict, 'aipd')).toMatchObject({ status: 'kept' });
    expect(item(verdict, 'aipd').findings[0]?.keptReason).toContain('conclusions attendues');
  });

  it('is not kept with a reason of a few characters', () => {
    expect(buildVerdict(keepReview(inProgress, point(), 'ok'), TODAY).state).toBe('review');
  });

  it('opens again when the facts it was kept for change', () => {
    const d = edit(cantine(), 'security', { plannedProductionDate: '2027-05-20' });
    const found = buildVerdict(d, TODAY).findings.find((f) => f.key === 'mise-en-production-apres-campagne')!;
    const kept = keepReview(d, found, 'La campagne reste ouverte tout l’été : les inscriptions tardives profitent de l’API.');
    expect(buildVerdict(kept, TODAY).state).toBe('ready');
    expect(buildVerdict(edit(kept, 'security', { plannedProductionDate: '2027-06-01' }), TODAY).state).toBe('review');
  });

  it('never keeps something to do', () => {
    const d = edit(cantine(), 'organisation', { name: '' });
    const found = buildVerdict(d, TODAY).findings[0]!;
    expect(buildVerdict(keepReview(d, found, 'Nous le remplirons plus tard, promis juré.'), TODAY).state).toBe('todo');
  });
});

describe('step statuses', () => {
  it('read "Non commencée", "En cours" and "À corriger" as the answers come', () => {
    const fresh = newDossier('x', 'x');
    expect(buildVerdict(fresh, TODAY).steps.organisation.status).toBe('not-started');
    const started = edit(fresh, 'organisation', { name: 'Commune de X' });
    expect(buildVerdict(started, TODAY).steps.organisation.status).toBe('in-progress');
    expect(buildVerdict(edit(started, 'organisation', { siret: '123' }), TODAY).steps.organisation.status).toBe('errors');
    expect(buildVerdict(edit(started, 'organisation', { siret: '123' }), TODAY).steps.synthese.status).toBe('errors');
  });

  it('never read "Terminée" while something is left to do on the step, even outside the form', () => {
    const d = edit(cantine(), 'legal', { deliberationStatus: 'a-adopter', plannedSessionDate: '2027-01-20' });
    const verdict = buildVerdict(d, TODAY);
    expect(verdict.steps['cadre-juridique'].status).toBe('in-progress');
    expect(item(verdict, 'cadre-juridique').findings[0]?.message).toContain('Faites adopter');
  });
});

describe('properties over random dossiers', () => {
  it('"prêt" if and only if nothing is "À faire" or "À revoir"', () => {
    fc.assert(
      fc.property(arbitraryDossier, (d) => {
        const verdict = buildVerdict(d, TODAY);
        const open = verdict.findings.filter((f) => f.level === 'todo' || f.keptReason === null);
        expect(verdict.state === 'ready').toBe(open.length === 0);
        expect(verdict.steps.synthese.status === 'complete').toBe(verdict.state === 'ready');
      }),
      { numRuns: 150 },
    );
  });

  it('maps every validation error of every step to a checklist item that is not "Prêt"', () => {
    fc.assert(
      fc.property(arbitraryDossier, (d) => {
        const verdict = buildVerdict(d, TODAY);
        for (const section of SECTION_KEYS) {
          for (const issue of validateSection(section, d, TODAY)) {
            const finding = verdict.findings.find((f) => f.place.section === section && f.place.path.join('.') === issue.path.join('.'))!;
            const items = itemsOf(finding).map((def) => item(verdict, def.id));
            expect(items.length, issue.path.join('.')).toBeGreaterThan(0);
            for (const i of items) expect(i.status, `${i.id} for ${section}.${issue.path.join('.')}`).toBe('todo');
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives each step the status its own findings call for', () => {
    fc.assert(
      fc.property(arbitraryDossier, (d) => {
        const verdict = buildVerdict(d, TODAY);
        for (const step of STEPS.filter((s) => s.section)) {
          const own = verdict.findings.filter((f) => f.step === step.id);
          const status = verdict.steps[step.id].status;
          if (status === 'complete') expect(own.filter((f) => f.level === 'todo')).toEqual([]);
          if (own.some((f) => f.kind === 'invalid')) expect(status).toBe('errors');
          expect(verdict.steps[step.id].toReview).toBe(own.filter((f) => f.level === 'review' && f.keptReason === null).length);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('findings shown on another step', () => {
  it('are contradictions, never an answer still missing there', () => {
    const verdict = buildVerdict(newDossier('x', 'x'), TODAY);
    for (const step of STEPS)
      expect(
        verdict.steps[step.id].involved.map((f) => f.message),
        step.id,
      ).toEqual([]);
    const d = cantine();
    const contradiction = buildVerdict(edit(d, 'organisation', { accessMode: 'france-connect', hasFranceConnectHabilitation: 'oui' }), TODAY);
    expect(contradiction.steps.organisation.involved.map((f) => f.place)).toEqual([{ section: 'gdpr', path: ['informationMode'] }]);
  });
});

describe('the checklist laid out as the DGFiP’s sheet', () => {
  it('keeps the sheet’s order, its parent item on contacts, and its part 3.1', () => {
    const parts = buildVerdict(cantine(), TODAY).checklistParts;
    const labels = (id: string) =>
      parts.find((p) => p.id === id)!.entries.map((e) => (e.kind === 'item' ? e.item.label : [e.label, ...e.items.map((i) => i.label)]));
    expect(labels('projet').slice(0, 2)).toEqual(['Le besoin métier est identifié et décrit', 'Les données nécessaires au besoin sont strictement définies']);
    expect(labels('acteurs').slice(0, 2)).toEqual([
      'Mon logiciel métier va pouvoir être raccordé',
      [
        "Les contacts à renseigner dans la demande d'habilitation sont identifiés et disponibles pour répondre aux demandes éventuelles",
        'Demandeur',
        'Responsable de traitement',
        'Délégué à la protection des données (DPD)',
        'Responsable technique (interne collectivité ou éditeur de logiciels)',
      ],
    ]);
    const documents = parts.find((p) => p.id === 'documents')!;
    expect([documents.label, documents.subheading]).toEqual(["3. Les documents à inclure à ma demande d'habilitation sont prêts", '3.1 Volet organisationnel']);
  });

  it('gives the parent item the state of its least ready contact', () => {
    const d = cantine();
    const parts = buildVerdict(edit(d, 'people', { dpd: d.people.responsableTraitement }), TODAY).checklistParts;
    const contacts = parts.find((p) => p.id === 'acteurs')!.entries.find((e) => e.kind === 'group')!;
    expect(contacts.status).toBe('review');
    const missing = buildVerdict(edit(d, 'people', { demandeur: { ...d.people.demandeur, email: '' } }), TODAY).checklistParts;
    const group = missing.find((p) => p.id === 'acteurs')!.entries.find((e) => e.kind === 'group')!;
    expect(group.status).toBe('todo');
  });
});

describe('the verdict, as the synthesis and the checklist read it', () => {
  const place = (p: { section: string; path: readonly (string | number)[] }) => `${p.section}.${p.path.join('.')}`;
  /** The whole verdict in words: state and counts, each step, each finding, the checklist as the sheet lays it out, the pre-check, the data. */
  function read(d: Dossier): string {
    const v = buildVerdict(d, TODAY);
    const keys = (fs: readonly { key: string }[]) => fs.map((f) => f.key).join(', ') || '—';
    const lines = [
      `État : ${v.state} (à faire ${String(v.counts.todo)}, à revoir ${String(v.counts.review)}, maintenus ${String(v.counts.kept)})`,
      ...STEPS.map((s) => {
        const step = v.steps[s.id];
        return `Étape ${s.id} : ${step.status}, à revoir ${String(step.toReview)} ; constats : ${keys(step.findings)} ; concernée par : ${keys(step.involved)}`;
      }),
      ...v.findings.map(
        (f) =>
          `Constat [${f.level}/${f.kind}] ${f.key} à ${place(f.place)} (étape ${f.step})${f.related.length ? ` ; liés : ${f.related.map(place).join(', ')}` : ''}${f.keptReason === null ? '' : ` ; maintenu : ${f.keptReason}`}${f.byStepForm ? ' ; formulaire' : ''}\n    ${f.message}`,
      ),
      ...v.checklistParts.flatMap((part) => [
        `Partie ${part.label}${part.subheading ? ` / ${part.subheading}` : ''}`,
        ...part.entries.flatMap((e) =>
          e.kind === 'item'
            ? [`  [${e.item.status}] ${e.item.label}${e.item.detail ? ` (${e.item.detail})` : ''} : ${keys(e.item.findings)}`]
            : [`  [${e.status}] ${e.label}`, ...e.items.map((i) => `    [${i.status}] ${i.label}${i.detail ? ` (${i.detail})` : ''} : ${keys(i.findings)}`)],
        ),
      ]),
      ...v.precheck.map((f) => `Pré-contrôle ${f.id} : ${f.outcome} (${f.controls.map((c) => c.outcome).join(', ')})`),
      `Données : ${String(v.data.checked)} cochées, ${String(v.data.beyondMinimum)} au-delà du minimum ; problèmes : ${keys(v.data.problems)}`,
    ];
    return lines.join('\n');
  }
  const together = (parts: Record<string, Dossier>) =>
    `${Object.entries(parts)
      .map(([what, d]) => `=== ${what}\n${read(d)}`)
      .join('\n\n')}\n`;

  it.each(exampleDossiers())('of %s', async (file, dossier) => {
    await expect(`${read(dossier)}\n`).toMatchFileSnapshot(`../../../test/fixtures/verdicts/${file.replace(/\.json$/, '')}.txt`);
  });

  it('of dossiers not started, in progress, in error, with actions pending and points kept', async () => {
    const d = cantine();
    const fresh = newDossier('vide', 'Vide', new Date('2026-11-20T09:00:00Z'));
    const dpdIsResponsable = edit(d, 'people', { dpd: d.people.responsableTraitement });
    const point = buildVerdict(dpdIsResponsable, TODAY).findings.find((f) => f.key === 'dpd-responsable-traitement')!;
    await expect(
      together({
        'Dossier neuf': fresh,
        'Dossier neuf, synthèse ouverte': { ...fresh, visitedSteps: ['synthese'] },
        'Dossier neuf, première étape ouverte': { ...fresh, visitedSteps: ['organisation'] },
        'Un nom manquant (à compléter)': edit(d, 'organisation', { name: '' }),
        'Un SIRET faux et une campagne à l’envers (erreurs)': edit(edit(d, 'organisation', { siret: '21990001200011' }), 'method', {
          campaignStart: '2027-06-30',
          campaignEnd: '2027-05-15',
        }),
        'Actions à mener : données à ouvrir, compte ProConnect, délibération à adopter, expression de besoin': edit(
          edit(
            edit(d, 'data', {
              initialised: false,
              scopes: [...d.data.scopes, 'dgfip_pac'],
              justifications: { dgfip_pac: 'Majoration pour enfant handicapé.' },
              dependantBoxes: ['G'],
            }),
            'people',
            {
              demandeur: { ...d.people.demandeur, hasProConnect: 'non' },
            },
          ),
          'legal',
          { deliberationStatus: 'a-adopter', plannedSessionDate: '2027-01-20' },
        ),
        'DPD responsable de traitement, point à revoir': dpdIsResponsable,
        'Le même point maintenu avec une raison': keepReview(dpdIsResponsable, point, '  Mutualisation validée par le DPD du centre de gestion.  '),
        'Le même point maintenu avec une raison de 19 caractères': keepReview(dpdIsResponsable, point, 'Vu avec le centre..'),
        'Le même point maintenu avec une raison de 20 caractères': keepReview(dpdIsResponsable, point, 'Vu avec le centre...'),
        'Le même point maintenu, puis les faits changés': keepReview(
          dpdIsResponsable,
          { ...point, message: 'Un autre message.' },
          'Mutualisation validée par le DPD.',
        ),
        'Une donnée exigée manquante et une règle DataPass enfreinte': edit(d, 'data', { scopes: ['dgfip_rfr', 'dgfip_IndLep'] }),
        'Développement interne, demande de bac à sable': edit(d, 'organisation', { software: 'interne', stage: 'bac-a-sable' }),
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/verdicts/etats.txt');
  });

  describe('the verdict’s bookkeeping', () => {
    it('lets the user keep only an "À revoir" point, never something "À faire"', () => {
      const d = edit(cantine(), 'organisation', { name: '' });
      const missing = buildVerdict(d, TODAY).findings.find((f) => f.level === 'todo')!;
      const kept = buildVerdict(keepReview(d, missing, 'Une raison écrite bien assez longue.'), TODAY);
      expect(kept.findings.find((f) => f.key === missing.key)!.keptReason).toBeNull();
      expect(kept.state).toBe('todo');
    });

    it('keeps a point only for a reason of 20 characters once the spaces around it are dropped', () => {
      const d = cantine();
      const dpdIsResponsable = edit(d, 'people', { dpd: d.people.responsableTraitement });
      const point = buildVerdict(dpdIsResponsable, TODAY).findings.find((f) => f.key === 'dpd-responsable-traitement')!;
      const reasonOf = (reason: string) =>
        buildVerdict(keepReview(dpdIsResponsable, point, reason), TODAY).findings.find((f) => f.key === point.key)!.keptReason;
      expect(reasonOf(`${' '.repeat(10)}Mutualisé.${' '.repeat(10)}`)).toBeNull();
      expect(reasonOf('  Un seul agent au SIVU.  ')).toBe('Un seul agent au SIVU.');
    });

    it('never lists a step’s own finding among those involving it, and gives the synthesis no finding', () => {
      const d = cantine();
      // The attestation expires before go-live: a point on the security step, tied to its own go-live date.
      const verdict = buildVerdict(edit(d, 'security', { endDate: '2027-03-01' }), TODAY);
      const security = stepOfSection('security');
      expect(verdict.steps[security].findings.map((f) => f.key)).toContain('homologation-mise-en-production');
      expect(verdict.steps[security].involved).toEqual([]);
      expect(verdict.steps.synthese.findings).toEqual([]);
      expect(verdict.steps.synthese.involved).toEqual([]);
    });
  });
});
