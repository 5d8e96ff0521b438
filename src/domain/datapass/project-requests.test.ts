import { describe, expect, it } from 'vitest';
import fixture from '../../../test/fixtures/datapass/companion-forms.json';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { exampleDossiers } from '../../../test/fixtures/examples';
import { cantineWith } from '../../../test/fixtures/step-says';
import { HOSTILE_STRINGS } from '../../../test/documents/hostile';
import type { Dossier } from '../dossier/model';
import { DATAPASS_COMMIT } from './blocks';
import { COMPANION_FORMS } from './companion-forms';
import { MAX_LINK_LENGTH, MAX_PREFILL_BYTES, dossierValues, prefillBytes } from './prefill-link';
import { projectRequests, type ProjectRequest } from './project-requests';
import { legalFrameworkText } from './legal-text';

const examples = exampleDossiers();

const CONTACT_PARAM = /contact|email|phone|family_name|given_name|job_title/;
const keys = (d: Dossier) => projectRequests(d).map((r) => r.key);
const cantine = completeCantineDossier();
const onOwnSoftware: Dossier = { ...cantine, organisation: { ...cantine.organisation, software: 'interne', stage: 'bac-a-sable' } };

function params(url: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [k, v] of new URL(url).searchParams) out.set(k, [...(out.get(k) ?? []), v]);
  return out;
}

describe('the companion DataPass forms', () => {
  it('are those of the DataPass commit read, uid, name, steps, prefills and scope labels verbatim', () => {
    expect(fixture.commit).toBe(DATAPASS_COMMIT);
    const ours = Object.values(COMPANION_FORMS).map((f) => ({
      uid: f.uid,
      name: f.name,
      authorizationRequest: f.api === 'FranceConnect' ? 'FranceConnect' : 'APIParticulier',
      useCase: f.dataPassUseCase,
      staticBlocks: f.staticBlocks,
      steps: f.steps,
      prefills: f.prefills,
    }));
    expect(ours).toEqual(fixture.forms.map(({ displayedScopes: _d, disabledScopes: _s, ...form }) => form));
    for (const [key, label] of Object.entries({ ...COMPANION_FORMS.qfCaf.scopes, ...COMPANION_FORMS.eaje.scopes }))
      expect(label).toBe(fixture.scopes[key as keyof typeof fixture.scopes]);
    expect(COMPANION_FORMS.franceConnect.scopes).toEqual(fixture.franceConnectScopes);
    expect(COMPANION_FORMS.eaje.fixedScopes).toEqual(fixture.forms[2]!.disabledScopes);
  });
});

describe('the requests a project files on DataPass', () => {
  it('are, in filing order, FranceConnect first, API Impôt particulier, then API Particulier', () => {
    const everything: Dossier = {
      ...onOwnSoftware,
      useCase: { ...onOwnSoftware.useCase, id: 'creche' },
      method: { ...onOwnSoftware.method, id: 'qf-caf' },
      organisation: { ...onOwnSoftware.organisation, accessMode: 'france-connect', hasFranceConnectHabilitation: 'non' },
    };
    expect(keys(everything)).toEqual(['france-connect', 'impot-bac-a-sable', 'impot-production', 'api-particulier-qf', 'api-particulier-eaje']);
  });

  it('is one "avec éditeur" request when the vendor has finished the sandbox', () => {
    expect(keys(cantine)).toEqual(['impot-editeur']);
    expect(projectRequests(cantine)[0]!.formUid).toBe('api-impot-particulier-cantine-scolaire-editeur');
  });

  it('opens production from the validated sandbox request: no link, only the production steps, and what carries over', () => {
    const production = projectRequests(onOwnSoftware).find((r) => r.key === 'impot-production')!;
    expect(production.link).toBeNull();
    expect(production.opening).toContain('Démarrer ma demande d’habilitation en production');
    const steps = production.sheet!.map((s) => s.id);
    expect(steps).toEqual(expect.arrayContaining(['reprises', 'safety_certification', 'volumetrie', 'finish']));
    for (const sandboxStep of ['basic_infos', 'legal', 'modalities', 'scopes', 'personal_data', 'contacts']) expect(steps).not.toContain(sandboxStep);
    expect(production.prerequisites[0]).toEqual({ text: 'La demande bac à sable validée par la DGFiP', met: false });
    const validated = { ...onOwnSoftware, datapassRequests: { 'impot-bac-a-sable': { number: 'D123', filedOn: '2026-03-02', state: 'validee' as const } } };
    expect(projectRequests(validated).find((r) => r.key === 'impot-production')!.prerequisites[0]!.met).toBe(true);
  });

  it('asks the API Particulier request for the QF CAF with cnaf_quotient_familial only', () => {
    const d = { ...cantine, method: { ...cantine.method, id: 'qf-caf' as const } };
    const qf = projectRequests(d).find((r) => r.key === 'api-particulier-qf')!;
    expect(qf.formUid).toBe('api-particulier-tarification-municipale-enfance');
    expect(params(qf.link!.url).get('scopes[]')).toEqual(['cnaf_quotient_familial']);
  });

  it('keeps DataPass’s general legal framework for the QF CAF and adds the deliberation after it', () => {
    const d = { ...cantine, method: { ...cantine.method, id: 'qf-caf' as const } };
    const nature = params(projectRequests(d).find((r) => r.key === 'api-particulier-qf')!.link!.url).get('cadre_juridique_nature')![0]!;
    expect(nature.startsWith(COMPANION_FORMS.qfCaf.prefills.cadre_juridique_nature)).toBe(true);
    expect(nature).toContain('délibération n° 2026-045');
  });

  it('gives the QF CAF legal framework to paste, when too long for the link, as the link would have carried it', () => {
    const text = 't'.repeat(600);
    const d = cantineWith({
      method: { id: 'qf-caf' },
      legal: { deliberationNumber: 'n'.repeat(300) },
      useCase: { description: text },
      gdpr: { recipients: text, retentionJustification: text },
    });
    const qf = projectRequests(d).find((r) => r.key === 'api-particulier-qf')!;
    expect(qf.link!.tooLong.map((f) => f.attribute)).toContain('cadre_juridique_nature');
    const row = qf.byHand.find((r) => r.key === 'cadre_juridique_nature')!;
    expect(row.value).toBe(`${COMPANION_FORMS.qfCaf.prefills.cadre_juridique_nature}\n- ${legalFrameworkText(d)!}`);
    expect(row.note).toBe(
      'Trop long pour le lien : à coller. DataPass pré-remplit ce champ avec le cadre légal général : remplacez son texte par celui-ci, qui le reprend en tête.',
    );
  });

  it('asks the crèche request for the CAF convention, not the deliberation, and leaves its title to DataPass', () => {
    const creche = { ...cantine, useCase: { ...cantine.useCase, id: 'creche' as const } };
    const eaje = projectRequests(creche).find((r) => r.key === 'api-particulier-eaje')!;
    const sent = params(eaje.link!.url);
    for (const attribute of ['intitule', 'description', 'cadre_juridique_nature', 'cadre_juridique_url', 'scopes[]']) expect(sent.has(attribute)).toBe(false);
    expect(eaje.byHand.find((row) => row.key === 'cadre_juridique_document')).toMatchObject({ label: "Ajoutez votre convention d'objectif signée" });
    expect(eaje.prerequisites.some((p) => /convention d’objectif et de financement/.test(p.text) && p.met === null)).toBe(true);
  });

  it('asks FranceConnect for a mobile number for the technical contact, never a landline', () => {
    const fc = { ...cantine, organisation: { ...cantine.organisation, accessMode: 'france-connect' as const, hasFranceConnectHabilitation: 'non' as const } };
    const phoneRow = (phone: string) =>
      projectRequests({ ...fc, people: { ...fc.people, contactTechnique: { ...fc.people.contactTechnique, phone } } })[0]!.byHand.find(
        (r) => r.key === 'contact_technique_phone_number',
      )!;
    expect(phoneRow('04 56 78 90 12')).toMatchObject({ value: null });
    expect(phoneRow('04 56 78 90 12').note).toContain('le 04 56 78 90 12 du dossier n’en est pas un');
    expect(phoneRow('06 12 34 56 78').value).toBe('06 12 34 56 78');
    expect(phoneRow('+33 7 12 34 56 78').value).toBe('+33 7 12 34 56 78');
  });

  it('shows a sandbox the dossier says is validated as done, and production under its number', () => {
    const production: Dossier = {
      ...onOwnSoftware,
      organisation: { ...onOwnSoftware.organisation, stage: 'production' },
      datapassRequests: { 'impot-bac-a-sable': { number: 'D777', filedOn: '', state: 'validee' } },
    };
    const [sandbox, prod] = projectRequests(production);
    expect(sandbox).toMatchObject({ key: 'impot-bac-a-sable', link: null, byHand: [] });
    expect(prod!.tracking.number).toBe('D777');
    expect(prod!.prerequisites.some((p) => /délibération/.test(p.text))).toBe(true);
  });

  it('adds the EAJE request to a crèche dossier, and the FranceConnect habilitation when FranceConnect is the access mode', () => {
    const creche = { ...cantine, useCase: { ...cantine.useCase, id: 'creche' as const } };
    expect(keys(creche)).toContain('api-particulier-eaje');
    const fc = { ...cantine, organisation: { ...cantine.organisation, accessMode: 'france-connect' as const } };
    expect(keys(fc)[0]).toBe('france-connect');
    expect(keys(cantine)).not.toContain('france-connect');
    // An habilitation the organisation already has is to select, not to file.
    const existing = projectRequests({ ...fc, organisation: { ...fc.organisation, hasFranceConnectHabilitation: 'oui' } })[0]!;
    expect(existing).toMatchObject({ key: 'france-connect', link: null, byHand: [] });
    // FranceConnect's own legal framework stays as DataPass types it.
    expect(params(projectRequests(fc)[0]!.link!.url).has('cadre_juridique_nature')).toBe(false);
  });

  it.each(examples)('%s: every link carries the dossier’s values, attributes of its form only, no contact, under the budget', (_, d) => {
    for (const request of projectRequests(d)) {
      if (!request.link) continue;
      expect(request.link.url.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
      expect(request.link.url.startsWith(`https://datapass.api.gouv.fr/formulaires/${request.formUid}/demande/nouveau`)).toBe(true);
      const sent = params(request.link.url);
      expect([...sent.keys()].some((k) => CONTACT_PARAM.test(k))).toBe(false);
      // Every parameter is one of the attributes the link was built from, and carries the dossier's value.
      const carried = new Set(request.link.carried.map((f) => f.attribute));
      for (const key of sent.keys()) expect(carried.has(key.replace(/\[\]$/, '')), key).toBe(true);
      for (const [attribute, value] of Object.entries(dossierValues(d))) {
        if (value === null || !carried.has(attribute) || attribute === 'cadre_juridique_nature' || attribute === 'scopes') continue;
        expect(sent.get(Array.isArray(value) ? `${attribute}[]` : attribute), attribute).toEqual(Array.isArray(value) ? value : [value]);
      }
      // The crèche form keeps DataPass's own title.
      if (request.key !== 'api-particulier-eaje') expect(sent.get('intitule')).toEqual([d.useCase.projectName.trim()]);
      // What the link does not carry is listed to be typed by hand, contacts first among them.
      expect(request.byHand.some((row) => row.key?.startsWith('contact_technique'))).toBe(true);
      for (const field of request.link.carried) expect(request.byHand.some((row) => row.key === field.attribute)).toBe(false);
    }
  });

  it('keeps every link under the budget with hostile long texts, and says what to paste instead', () => {
    for (const hostile of HOSTILE_STRINGS) {
      const long = hostile.repeat(Math.ceil(3000 / Math.max(1, hostile.length))).slice(0, 3000);
      const d: Dossier = {
        ...onOwnSoftware,
        method: { ...onOwnSoftware.method, id: 'qf-caf' },
        useCase: { ...onOwnSoftware.useCase, description: long },
        gdpr: { ...onOwnSoftware.gdpr, recipients: long, retentionJustification: long },
      };
      for (const request of projectRequests(d)) {
        if (!request.link) continue;
        expect(request.link.url.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
        const sent = [...params(request.link.url)].map(([k, v]) => [{ attribute: k.replace(/\[\]$/, '') }, k.endsWith('[]') ? v : v[0]!] as const);
        expect(prefillBytes(request.formUid, sent as never)).toBeLessThanOrEqual(MAX_PREFILL_BYTES);
        for (const field of request.link.tooLong) {
          // Listed once, with its value and why it is there.
          const rows = request.byHand.filter((row) => row.key === field.attribute);
          expect(rows).toHaveLength(1);
          expect(rows[0]!.value).toBe(dossierValues(d)[field.attribute]);
          expect(rows[0]!.note).toContain('Trop long pour le lien');
        }
        // What the link does carry survives the encoding whole.
        const description = params(request.link.url).get('description');
        // (a lone surrogate, which no URL can hold, arrives as U+FFFD)
        const wellFormed = long.trim().replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
        if (description) expect(description).toEqual([wellFormed]);
      }
    }
  });
});

/** A request as the requests page shows it: why, what must be ready, how to open it, the link, what to type by hand. */
function readRequest(r: ProjectRequest): string {
  const mark = (met: boolean | null) => (met === null ? '[à vérifier]' : met ? '[prêt]' : '[manque]');
  return [
    `## ${r.title} (${r.key}) – « ${r.formName} » [${r.formUid}]`,
    `Pourquoi : ${r.why}`,
    ...r.prerequisites.map((p) => `Prérequis ${mark(p.met)} : ${p.text}`),
    `Ouvrir : ${r.opening}`,
    `Lien : ${r.link ? `${r.link.url} (${String(r.link.carried.length)} champs${r.link.tooLong.length ? `, trop longs : ${r.link.tooLong.map((f) => f.attribute).join(', ')}` : ''})` : '—'}`,
    ...r.byHand.map(
      (f) => `À la main : ${f.label} [${f.key ?? '—'}]${f.instruction ? ' (à faire)' : ''} : ${f.value ?? '—'}${f.note ? `\n    note : ${f.note}` : ''}`,
    ),
    `Fiche : ${r.sheet ? r.sheet.map((s) => s.id).join(', ') : '—'}`,
    `Suivi : n° ${r.tracking.number || '—'}, déposée le ${r.tracking.filedOn || '—'}, état ${r.tracking.state || '—'}`,
  ].join('\n');
}
const readAll = (d: Dossier) => `${projectRequests(d).map(readRequest).join('\n\n')}\n`;
const together = (parts: Record<string, Dossier>) =>
  Object.entries(parts)
    .map(([what, d]) => `=== ${what}\n\n${readAll(d)}`)
    .join('\n');
const expectedFile = (name: string) => `../../../test/fixtures/datapass-requests/${name}.txt`;

describe('the DataPass requests of a project, as the requests page lists them', () => {
  it.each(examples)('for %s, says what to file, in order, with what must be ready and what to type by hand', async (file, dossier) => {
    await expect(readAll(dossier)).toMatchFileSnapshot(expectedFile(file.replace(/\.json$/, '')));
  });

  it('on the sandbox path, files the sandbox request, then production from it, keeping its number', async () => {
    const own = { software: 'interne', stage: 'bac-a-sable' } as const;
    await expect(
      together({
        'Bac à sable à déposer, rien de prêt': cantineWith({
          organisation: own,
          people: { demandeur: { ...cantineWith({}).people.demandeur, hasProConnect: 'non' } },
          legal: { deliberationStatus: 'a-adopter', plannedSessionDate: '2027-02-01' },
          security: { mode: '', beginDate: '' },
        }),
        'Bac à sable validé et numéroté d’après le suivi, recette faite': {
          ...cantineWith({ organisation: own, security: { acceptanceDone: true } }),
          datapassRequests: { 'impot-bac-a-sable': { number: ' D123 ', filedOn: '2026-10-01', state: 'validee' } },
        },
        'Bac à sable validé d’après le dossier (étape 1), numéro noté': {
          ...cantineWith({ organisation: { software: 'editeur-en-cours', stage: 'production' } }),
          datapassRequests: { 'impot-bac-a-sable': { number: 'D123', filedOn: '2026-10-01', state: 'validee' } },
        },
        'Production avec son propre numéro': {
          ...cantineWith({ organisation: own }),
          datapassRequests: {
            'impot-bac-a-sable': { number: 'D123', filedOn: '2026-10-01', state: 'validee' },
            'impot-production': { number: 'D456', filedOn: '', state: 'brouillon' },
          },
        },
        'Banque, sans texte autorisant l’accès': cantineWith({ organisation: { type: 'banque' }, legal: { otherLegalBasis: ' ' } }),
      }),
    ).toMatchFileSnapshot(expectedFile('bac-a-sable-puis-production'));
  });

  it('asks FranceConnect first, or only to select it, and the API Particulier requests the method or the use case needs', async () => {
    const fc = { accessMode: 'france-connect', hasFranceConnectHabilitation: 'non' } as const;
    const people = cantineWith({}).people;
    await expect(
      together({
        'FranceConnect à demander, portable du contact technique': cantineWith({
          organisation: fc,
          people: { contactTechnique: { ...people.contactTechnique, phone: '+33 (0)6 12 34 56 78' } },
          gdpr: { alternativeOffered: false },
        }),
        'FranceConnect à demander, fixe du contact technique': cantineWith({ organisation: fc }),
        'FranceConnect à demander, sans téléphone du contact technique': cantineWith({
          organisation: fc,
          people: { contactTechnique: { ...people.contactTechnique, phone: ' ' } },
        }),
        'FranceConnect validée d’après le suivi': {
          ...cantineWith({ organisation: fc }),
          datapassRequests: { 'france-connect': { number: 'D9', filedOn: '2026-09-01', state: 'validee' } },
        },
        'FranceConnect déjà validée (étape 1)': cantineWith({ organisation: { accessMode: 'france-connect', hasFranceConnectHabilitation: 'oui' } }),
        'Crèche au QF CAF, délibération sans adresse web': cantineWith({ useCase: { id: 'creche' }, method: { id: 'qf-caf' }, legal: { deliberationUrl: '' } }),
        'Crèche au barème CNAF, avec adresse web': cantineWith({
          useCase: { id: 'creche' },
          method: { id: 'bareme-cnaf', resourcesFloor: '800', resourcesCeiling: '6000' },
        }),
      }),
    ).toMatchFileSnapshot(expectedFile('franceconnect-et-api-particulier'));
  });
});

describe('what a request says must be ready', () => {
  const prerequisite = (d: Dossier, text: RegExp) => projectRequests(d)[0]!.prerequisites.find((p) => text.test(p.text))!;

  it('counts the text that authorises an organisation that votes no deliberation once it is given', () => {
    const bank = cantineWith({ organisation: { type: 'banque' }, legal: { otherLegalBasis: 'Article 1 du décret n° 2026-1' } });
    expect(prerequisite(bank, /Le texte qui autorise/).met).toBe(true);
  });

  it('counts an existing deliberation only once it is dated', () => {
    const undated = cantineWith({ legal: { deliberationStatus: 'existante', deliberationDate: '' } });
    expect(prerequisite(undated, /délibération/)).toEqual({
      text: 'La délibération qui fixe les tarifs et nomme chaque donnée (projet produit par l’outil), votée et transmise au contrôle de légalité',
      met: false,
    });
  });

  it('counts the security homologation only with both its kind and its start date', () => {
    const homologation = (mode: Dossier['security']['mode'], beginDate: string) =>
      prerequisite(cantineWith({ security: { mode, beginDate } }), /homologation de sécurité/).met;
    const { mode, beginDate } = cantine.security;
    expect(mode).not.toBe('');
    expect(homologation(mode, beginDate)).toBe(true);
    expect(homologation(mode, '')).toBe(false);
    expect(homologation('', beginDate)).toBe(false);
  });
});

describe('the requests of a dossier not yet complete', () => {
  it('are none for API Impôt particulier without a use case or a software', () => {
    expect(projectRequests(cantineWith({ useCase: { id: '' } }))).toEqual([]);
    expect(projectRequests(cantineWith({ organisation: { software: '' } }))).toEqual([]);
  });
});

describe('the number of the production request', () => {
  const own = { software: 'interne', stage: 'bac-a-sable' } as const;
  const numbers = (sandbox: string, production: string) => {
    const d: Dossier = {
      ...cantineWith({ organisation: own }),
      datapassRequests: {
        'impot-bac-a-sable': { number: sandbox, filedOn: '2026-10-01', state: 'validee' },
        'impot-production': { number: production, filedOn: '', state: 'brouillon' },
      },
    };
    return projectRequests(d).find((r) => r.key === 'impot-production')!.tracking.number;
  };

  it('is the sandbox request’s when none of its own is recorded, even blanks', () => {
    expect(numbers('D123', ' ')).toBe('D123');
  });

  it('stays as recorded when the sandbox request has no number either', () => {
    expect(numbers(' ', '')).toBe('');
  });
});

describe('what a link leaves to paste in the API Impôt particulier requests', () => {
  const row = (d: Dossier, key: string) => projectRequests(d)[0]!.byHand.find((r) => r.key === key)!;
  const long = 'x'.repeat(3000);

  it('says that a text without note of its own was too long for the link', () => {
    const d = cantineWith({ gdpr: { retentionMonths: '36', retentionJustification: long } });
    expect(row(d, 'duree_conservation_donnees_caractere_personnel_justification').note).toBe('Trop long pour le lien : à coller.');
  });

  it('puts that before the note the text already had', () => {
    const d = cantineWith({ useCase: { description: long } });
    expect(row(d, 'description').note).toBe(
      'Trop long pour le lien : à coller. DataPass pré-remplit une description de deux lignes : remplacez-la par celle-ci.',
    );
  });
});

describe('the mobile number FranceConnect requires', () => {
  const fc = cantineWith({ organisation: { accessMode: 'france-connect', hasFranceConnectHabilitation: 'non' } });
  const phoneRow = (phone: string) =>
    projectRequests({ ...fc, people: { ...fc.people, contactTechnique: { ...fc.people.contactTechnique, phone } } })[0]!.byHand.find(
      (r) => r.key === 'contact_technique_phone_number',
    )!;
  const isMobile = (phone: string) => phoneRow(phone).value !== null;

  it('is a French 06 or 07, with +33 written in any usual way', () => {
    expect(isMobile('+33612345678')).toBe(true);
    expect(isMobile('+33 (0) 6 12 34 56 78')).toBe(true);
    expect(isMobile(' 07.12.34.56.78 ')).toBe(true);
  });

  it('is not a foreign number, nor one digit too long', () => {
    expect(isMobile('+44 06 12 34 56 78')).toBe(false);
    expect(isMobile('06 12 34 56 78 9')).toBe(false);
  });

  it('asks for one without quoting a phone made of blanks', () => {
    expect(phoneRow('  ').note).toBe('Un numéro de portable (06 ou 07) : DataPass refuse un fixe pour FranceConnect.');
  });
});

describe('the API Particulier request for the QF CAF', () => {
  const qf = (legal: Partial<Dossier['legal']>) =>
    projectRequests(cantineWith({ method: { id: 'qf-caf' }, legal })).find((r) => r.key === 'api-particulier-qf')!;

  it('asks for the deliberation file, optional when its address is given', () => {
    const document = (deliberationUrl: string) => qf({ deliberationUrl }).byHand.find((r) => r.key === 'cadre_juridique_document')!.value;
    expect(document('https://ville.example/deliberation.pdf')).toBe(
      'Facultatif ici, puisque l’adresse web est donnée : la délibération tarifaire, qui doit expliciter l’usage des données demandées, en PDF',
    );
    expect(document('  ')).toBe('Joindre la délibération tarifaire, qui doit expliciter l’usage des données demandées, en PDF');
  });

  it('carries the deliberation’s address trimmed, and no address of blanks', () => {
    expect(params(qf({ deliberationUrl: ' https://ville.example/d.pdf ' }).link!.url).get('cadre_juridique_url')).toEqual(['https://ville.example/d.pdf']);
    expect(params(qf({ deliberationUrl: '  ' }).link!.url).has('cadre_juridique_url')).toBe(false);
  });

  it('leaves DataPass’s legal framework as typed when the dossier has none to add', () => {
    expect(params(qf({ deliberationStatus: '' }).link!.url).has('cadre_juridique_nature')).toBe(false);
  });
});

describe('an habilitation FranceConnect the organisation already has', () => {
  it('shows what was recorded of it', () => {
    const d: Dossier = {
      ...cantineWith({ organisation: { accessMode: 'france-connect', hasFranceConnectHabilitation: 'oui' } }),
      datapassRequests: { 'france-connect': { number: 'D9', filedOn: '2026-09-01', state: 'validee' } },
    };
    expect(projectRequests(d)[0]!.tracking).toEqual({ number: 'D9', filedOn: '2026-09-01', state: 'validee' });
  });

  it('is not listed when FranceConnect is not the access mode', () => {
    const d = cantineWith({ organisation: { accessMode: 'spi', hasFranceConnectHabilitation: 'oui' } });
    expect(projectRequests(d).map((r) => r.key)).toEqual(['impot-editeur']);
  });
});
