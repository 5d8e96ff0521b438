import { ACCESS_MODES } from './catalogue/software';
import { SCOPE_GROUPS, scopeByKey } from './catalogue/scopes';
import { DEPENDANT_BOXES } from './catalogue/dependant-boxes';
import { formatFrenchDate } from './dates';
import type { Dossier } from './dossier/model';
import { BLOCK_FIELDS, BLOCK_TITLES, CONTACT_FIELDS, FINISH_FIELDS, LABELS, type BlockId } from './datapass/blocks';
import { dossierForm } from './datapass/dossier-form';
import { must } from './must';
import type { DataPassForm } from './datapass/forms';
import { prefillLink } from './datapass/prefill-link';
import { legalFrameworkText } from './datapass/legal-text';
import { needsAcceptance } from './validation/security-rules';
import { needsDeliberation } from './validation/legal-rules';

export { legalFrameworkText };

/**
 * What to type into DataPass, field by field, from the dossier: the last mile of the request.
 * Steps, fields and labels follow DataPass's form (src/domain/datapass/). A null value means the
 * dossier does not say yet; each reader marks it its own way.
 */
export interface SheetField {
  /** DataPass's field key, when the field has one. */
  key: string | null;
  label: string;
  value: string | null;
  note?: string;
  /** The value is something to do (tick, attach, select), not text to type. */
  instruction?: boolean;
  /** The value is a link to open. */
  link?: boolean;
}

export interface SheetStep {
  id: string;
  title: string;
  fields: SheetField[];
}

const text = (v: string) => (v.trim() === '' ? null : v.trim());
const date = (v: string) => (v === '' ? null : formatFrenchDate(v));
const TO_DO = { instruction: true } as const;
const label = (block: BlockId, attribute: string) =>
  must(
    BLOCK_FIELDS[block].find((f) => f.attribute === attribute),
    // Stryker disable next-line StringLiteral: out of reach, the sheet only names fields its blocks have, so the error is never raised.
    `the DataPass field ${attribute}`,
  ).label;
const field = (block: BlockId, attribute: string, value: string | null, extra: Partial<SheetField> = {}): SheetField => ({
  key: attribute,
  label: label(block, attribute),
  value,
  ...extra,
});

/** Says what DataPass types in for the applicant when the dossier's answer is something else. */
function replacesPrefill(
  form: DataPassForm,
  attribute: 'intitule' | 'destinataire_donnees_caractere_personnel' | 'cadre_juridique_nature',
  value: string | null,
): string | undefined {
  const prefill = form.prefills?.[attribute];
  // Stryker disable next-line MethodExpression: equivalent, the title and recipients prefills have no blanks at their ends, and the legal text never reads as DataPass's.
  if (!prefill || value === null || prefill.trim() === value) return undefined;
  return `DataPass pré-remplit « ${prefill.trim().replace(/\n/g, ' ')} » : remplacez-le par cette valeur.`;
}

function formStep(d: Dossier, form: DataPassForm | null): SheetField[] {
  if (!form)
    return [
      { key: null, label: 'Formulaire', value: null, note: 'Choisissez le cas d’usage, le logiciel et l’étape (bac à sable ou production) dans le dossier.' },
    ];
  const fields: SheetField[] = [];
  if (form.startableByApplicant) {
    fields.push({
      key: form.uid,
      label: 'Formulaire',
      value: form.name,
      note: 'Sur DataPass, « API Impôt particulier », puis ce formulaire et « Débuter ma demande ». Le lien de pré-remplissage ci-dessous l’ouvre directement.',
      ...TO_DO,
    });
    const link = prefillLink(d, form);
    // Stryker disable next-line ConditionalExpression: equivalent, prefillLink is null only for a form the applicant cannot start, and this one can be.
    if (link) {
      fields.push({
        key: null,
        label: 'Lien de pré-remplissage',
        value: link.url,
        link: true,
        note: `Il remplit ${link.carried.length} champs du dossier. DataPass n’y reprend jamais les personnes impliquées : saisissez-les, joignez les fichiers et cochez les attestations vous-même.${
          link.tooLong.length ? ` Trop longs pour le lien, à coller : ${link.tooLong.map((f) => `« ${f.label} »`).join(', ')}.` : ''
        }`,
      });
    }
  } else {
    fields.push({
      key: form.uid,
      label: 'Formulaire',
      value: form.name,
      note: `Ce formulaire ne se démarre pas seul : sur DataPass, ouvrez votre demande bac à sable validée et cliquez sur « ${LABELS.startProduction} ». Les étapes du bac à sable y reviennent en lecture seule ; seules les étapes de production sont à remplir.`,
      ...TO_DO,
    });
  }
  // In a production request the modality comes over read-only from the sandbox request.
  if (d.organisation.accessMode === 'france-connect' && form.startableByApplicant) {
    fields.push({
      key: null,
      label: 'Habilitation FranceConnect',
      value:
        d.organisation.hasFranceConnectHabilitation === 'oui'
          ? 'Déjà validée : vous la sélectionnerez à l’étape des modalités'
          : 'À demander d’abord (formulaire DataPass « Demande de collectivité / administration » de FranceConnect) et à faire valider',
      ...TO_DO,
    });
  }
  return fields;
}

function blockFields(d: Dossier, form: DataPassForm, block: BlockId): SheetField[] {
  switch (block) {
    case 'basic_infos': {
      const name = text(d.useCase.projectName);
      return [
        field(block, 'intitule', name, {
          note: ['Cette information sera rendue publique.', replacesPrefill(form, 'intitule', name)].filter(Boolean).join(' '),
        }),
        field(block, 'description', text(d.useCase.description), {
          note: form.prefills ? 'DataPass pré-remplit une description de deux lignes : remplacez-la par celle-ci.' : undefined,
        }),
        field(block, 'maquette_projet', 'Facultatif : une maquette des écrans du téléservice, en PDF (10 Mo au plus)', TO_DO),
        field(block, 'date_prevue_mise_en_production', date(d.security.plannedProductionDate)),
        field(block, 'volumetrie_approximative', text(d.useCase.yearlyVolume), { note: "Nombre de démarches ou dossiers traités dans l'année." }),
      ];
    }
    case 'legal': {
      const nature = legalFrameworkText(d);
      const url = text(d.legal.deliberationUrl);
      return [
        field(block, 'cadre_juridique_nature', nature, { note: replacesPrefill(form, 'cadre_juridique_nature', nature) }),
        field(
          block,
          'cadre_juridique_document',
          url ? 'Facultatif ici, puisque l’adresse web est donnée : la délibération en PDF (10 Mo au plus)' : 'Joindre la délibération en PDF (10 Mo au plus)',
          {
            ...TO_DO,
            note:
              d.legal.deliberationStatus === 'a-adopter' && needsDeliberation(d)
                ? form.stage === 'bac-a-sable'
                  ? 'DataPass exige un document ou une adresse web. La délibération n’est pas encore votée : joignez-en le projet produit par l’outil ; la DGFiP demandera la délibération votée pour la production.'
                  : 'DataPass exige un document ou une adresse web, et cette demande mène à la production : déposez-la une fois la délibération votée.'
                : 'DataPass exige un document ou une adresse web.',
          },
        ),
        field(block, 'cadre_juridique_url', url),
      ];
    }
    case 'modalities': {
      const fields = [field(block, 'modalities', ACCESS_MODES.find((m) => m.id === d.organisation.accessMode)?.label ?? null, TO_DO)];
      if (d.organisation.accessMode === 'france-connect') {
        fields.push(
          field(block, 'france_connect_authorization_id', 'Sélectionner l’habilitation FranceConnect validée de votre organisation', {
            ...TO_DO,
            note: 'Obligatoire avec FranceConnect.',
          }),
        );
      }
      return fields;
    }
    case 'scopes':
      return scopeFields(d);
    case 'personal_data': {
      const recipients = text(d.gdpr.recipients);
      return [
        field(block, 'destinataire_donnees_caractere_personnel', recipients, {
          note: replacesPrefill(form, 'destinataire_donnees_caractere_personnel', recipients),
        }),
        field(block, 'duree_conservation_donnees_caractere_personnel', text(d.gdpr.retentionMonths)),
        ...(d.gdpr.retentionJustification.trim()
          ? [field(block, 'duree_conservation_donnees_caractere_personnel_justification', text(d.gdpr.retentionJustification))]
          : []),
      ];
    }
    case 'contacts':
      return contactFields(d);
    case 'operational_acceptance':
      return needsAcceptance(d) ? [field(block, 'operational_acceptance_done', d.security.acceptanceDone ? 'Cocher' : null, TO_DO)] : [];
    case 'safety_certification':
      return [
        field(
          block,
          'safety_certification_document',
          d.security.mode === 'questionnaire'
            ? 'Joindre le questionnaire de sécurité signé (PDF)'
            : d.security.mode
              ? 'Joindre la décision d’homologation (PDF)'
              : null,
          TO_DO,
        ),
        field(block, 'safety_certification_authority_name', text(d.security.authorityName)),
        field(block, 'safety_certification_authority_function', text(d.security.authorityFunction)),
        field(block, 'safety_certification_begin_date', date(d.security.beginDate)),
        field(block, 'safety_certification_end_date', date(d.security.endDate)),
      ];
    case 'volumetrie':
      return [
        field(block, 'volumetrie_appels_par_minute', `${d.security.callsPerMinute} appels / minute`, TO_DO),
        ...(d.security.volumetryJustification.trim() ? [field(block, 'volumetrie_justification', text(d.security.volumetryJustification))] : []),
      ];
  }
}

function scopeFields(d: Dossier): SheetField[] {
  const fields: SheetField[] = SCOPE_GROUPS.flatMap((group) =>
    d.data.scopes
      .filter((key) => scopeByKey(key).group === group.id)
      .map((key) => ({ key, label: `${group.label} : ${scopeByKey(key).label}`, value: 'Cocher', ...TO_DO })),
  );
  if (fields.length === 0) fields.push({ key: 'scopes', label: 'Données à cocher', value: null });
  fields.push(
    field('scopes', 'specific_requirements', d.data.hasSpecificRequirements ? 'Cocher' : 'Ne pas cocher', {
      ...TO_DO,
      note: `Sous « ${LABELS.specificRequirementsTitle} ».`,
    }),
  );
  if (d.data.hasSpecificRequirements) {
    const boxes = DEPENDANT_BOXES.filter((b) => d.data.dependantBoxes.includes(b.box)).map((b) => b.box);
    fields.push(
      field(
        'scopes',
        'specific_requirements_document',
        'Joindre le fichier d’expression de besoin déjà partagé avec la DGFiP (.ods, .xlsx, .csv ; 10 Mo au plus)',
        {
          ...TO_DO,
          note: `Obligatoire dès que la case est cochée ; DataPass ne vérifie alors plus les combinaisons de données.${boxes.length ? ` Cases du détail des personnes à charge qu’il doit nommer : ${boxes.join(', ')}.` : ''}`,
        },
      ),
    );
  }
  return fields;
}

const CONTACTS = [
  { key: 'responsable_traitement', role: 'responsableTraitement', title: 'Responsable de traitement' },
  { key: 'delegue_protection_donnees', role: 'dpd', title: 'Délégué à la protection des données' },
  { key: 'contact_technique', role: 'contactTechnique', title: 'Contact technique' },
] as const;

export type ContactRole = (typeof CONTACTS)[number]['role'];

/** One person's rows, under the DataPass contact block `key` titled `title`. */
export function personFields(d: Dossier, role: ContactRole, key: string, title: string): SheetField[] {
  return CONTACT_FIELDS.map((f) => ({ key: `${key}_${f.key}`, label: `${title} – ${f.label}`, value: text(d.people[role][f.field]) }));
}

function contactFields(d: Dossier): SheetField[] {
  const fields: SheetField[] = CONTACTS.flatMap((contact) => personFields(d, contact.role, contact.key, contact.title));
  fields.push(
    field('contacts', 'contact_technique_extra_email', text(d.people.technicalExtraEmail), {
      note: `Sous « ${LABELS.technicalExtraTitle} » du contact technique, facultatif.`,
    }),
  );
  const other = {
    ...TO_DO,
    note: `Bloc « ${LABELS.extraContactTitle} » : une autre personne de votre organisation, à qui la DGFiP s’adressera si vous n’êtes pas joignable. L’outil ne la demande pas : saisissez-la dans DataPass.`,
  };
  fields.push(field('contacts', 'extra_organization_contact_email', 'Son adresse e-mail', other));
  fields.push(field('contacts', 'extra_organization_contact_name', 'Son nom', TO_DO));
  return fields;
}

function finishFields(form: DataPassForm, d: Dossier): SheetField[] {
  const [terms, dpo, dpd] = FINISH_FIELDS;
  // Starting production resets the terms and the DPO box (AuthorizationRequest, start_next_stage):
  // both are ticked again; the DPD attestation comes over from the sandbox request.
  const fields: SheetField[] = [
    { key: terms.attribute, label: terms.label, value: 'Cocher, après lecture des conditions générales', ...TO_DO },
    { key: dpo.attribute, label: dpo.label, value: d.gdpr.dpdInformed ? 'Cocher' : null, ...TO_DO },
  ];
  if (form.stage !== 'production') fields.push({ key: dpd.attribute, label: dpd.label, value: 'Cocher', ...TO_DO });
  return fields;
}

/** The sheet of the form the dossier prepares, or of another API Impôt particulier form of its path. */
export function buildDataPassSheet(d: Dossier, form: DataPassForm | null = dossierForm(d)): SheetStep[] {
  const steps: SheetStep[] = [{ id: 'formulaire', title: 'Avant le formulaire', fields: formStep(d, form) }];
  if (!form) return steps;
  if (form.staticBlocks.length) {
    steps.push({
      id: 'reprises',
      title: 'Étapes reprises du bac à sable',
      fields: [
        {
          key: null,
          label: form.staticBlocks.map((b) => BLOCK_TITLES[b]).join(', '),
          value: 'En lecture seule : reprises telles que validées dans la demande bac à sable',
          ...TO_DO,
        },
      ],
    });
  }
  for (const block of form.steps) {
    const fields = blockFields(d, form, block);
    if (fields.length) steps.push({ id: block, title: BLOCK_TITLES[block], fields });
  }
  steps.push({ id: 'finish', title: BLOCK_TITLES.finish, fields: finishFields(form, d) });
  return steps;
}
