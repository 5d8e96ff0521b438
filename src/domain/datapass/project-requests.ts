import { dataPassPath } from '../catalogue/software';
import { must } from '../must';
import { formatFrenchDate } from '../dates';
import type { Dossier } from '../dossier/model';
import { buildDataPassSheet, personFields, type SheetField, type SheetStep } from '../datapass-sheet';
import { LABELS } from './blocks';
import { COMPANION_FORMS, type CompanionForm } from './companion-forms';
import { FAMILY_OF_USE_CASE, formOf, type DataPassForm } from './forms';
import { legalFrameworkText } from './legal-text';
import { needsDeliberation } from '../validation/legal-rules';
import { dossierValues, linkFor, prefillLink, type PrefillLink, type Value } from './prefill-link';
import { BLANK_TRACKING, type RequestKey, type RequestTracking } from './request-tracking';

/**
 * Every DataPass request the project needs, in the order they are filed: the FranceConnect
 * habilitation first (DataPass asks to select it in the API Impôt particulier request), then
 * API Impôt particulier (sandbox then production, or the one "avec éditeur" request), then the
 * API Particulier requests the method or the use case calls for.
 */
export interface ProjectRequest {
  key: RequestKey;
  /** "API Impôt particulier – bac à sable". */
  title: string;
  formUid: string;
  /** The form's name on DataPass, verbatim. */
  formName: string;
  why: string;
  prerequisites: readonly Prerequisite[];
  /** Where to click on DataPass to start it. */
  opening: string;
  /** Null for a request the applicant cannot start from a link (a production request). */
  link: PrefillLink | null;
  /** What the user types, pastes, attaches, selects or ticks on DataPass: what no link carries. */
  byHand: readonly SheetField[];
  /** The whole entry sheet, step by step, for the API Impôt particulier requests. */
  sheet: readonly SheetStep[] | null;
  tracking: RequestTracking;
}

export interface Prerequisite {
  text: string;
  /** Null: something the tool cannot know (a document signed with the CAF), for the user to check. */
  met: boolean | null;
}

const TO_DO = { instruction: true } as const;

function tracking(d: Dossier, key: RequestKey): RequestTracking {
  return d.datapassRequests[key] ?? BLANK_TRACKING;
}

function validated(d: Dossier, key: RequestKey): boolean {
  return tracking(d, key).state === 'validee';
}

const TOO_LONG_NOTE = 'Trop long pour le lien : à coller.';
const PREFILLED_NOTE = 'DataPass pré-remplit ce champ : remplacez son texte par celui-ci.';
const PREFILLED_LEGAL_NOTE = 'DataPass pré-remplit ce champ avec le cadre légal général : remplacez son texte par celui-ci, qui le reprend en tête.';

function tooLongNote(form: CompanionForm, attribute: string): string {
  if (!(attribute in form.prefills)) return TOO_LONG_NOTE;
  return `${TOO_LONG_NOTE} ${attribute === 'cadre_juridique_nature' ? PREFILLED_LEGAL_NOTE : PREFILLED_NOTE}`;
}

/** The rows of a form's sheet the link does not fill; those it had to leave out say so. */
function byHandFromSheet(sheet: readonly SheetStep[], link: PrefillLink | null): SheetField[] {
  // A sheet row without a key (null) is in neither set.
  // Stryker disable next-line ArrayDeclaration: without a link the set is only looked up with DataPass attributes, which no placeholder string matches.
  const carried = new Set<string | null>(link?.carried.map((f) => f.attribute) ?? []);
  // Stryker disable next-line ArrayDeclaration: without a link the set is only looked up with DataPass attributes, which no placeholder string matches.
  const tooLong = new Set<string | null>(link?.tooLong.map((f) => f.attribute) ?? []);
  return sheet
    .filter((step) => step.id !== 'formulaire')
    .flatMap((step) => step.fields)
    .filter((field) => !field.link && !carried.has(field.key))
    .map((field) => (tooLong.has(field.key) ? { ...field, note: [TOO_LONG_NOTE, field.note].filter(Boolean).join(' ') } : field));
}

/**
 * For a form without a sheet: the texts the link had to leave out, to paste, each as the link
 * would have carried it (a companion form's legal framework starts with DataPass's own).
 */
function tooLongRows(form: CompanionForm, values: Readonly<Record<string, Value | null>>, link: PrefillLink): SheetField[] {
  return link.tooLong.map((field) => ({
    key: field.attribute,
    label: field.label,
    // Stryker disable next-line StringLiteral: a link leaves out only values it was given, so a too-long field always has a value here.
    value: String(values[field.attribute] ?? ''),
    note: tooLongNote(form, field.attribute),
  }));
}

function deliberationPrerequisite(d: Dossier): Prerequisite {
  if (!needsDeliberation(d)) {
    return {
      text: 'Le texte qui autorise votre organisation à traiter ces données, à citer dans le cadre juridique',
      met: d.legal.otherLegalBasis.trim() !== '',
    };
  }
  const status = d.legal.deliberationStatus;
  const met = status === 'existante' && d.legal.deliberationDate !== '';
  return {
    text: met
      ? `La délibération du ${formatFrenchDate(d.legal.deliberationDate)}, à joindre en PDF ou à désigner par son adresse web`
      : 'La délibération qui fixe les tarifs et nomme chaque donnée (projet produit par l’outil), votée et transmise au contrôle de légalité',
    met,
  };
}

function proConnectPrerequisite(d: Dossier): Prerequisite {
  return { text: 'Un compte ProConnect pour le demandeur : DataPass ne s’ouvre qu’avec lui', met: d.people.demandeur.hasProConnect === 'oui' };
}

function franceConnectPrerequisite(d: Dossier): Prerequisite[] {
  if (d.organisation.accessMode !== 'france-connect') return [];
  const met = d.organisation.hasFranceConnectHabilitation === 'oui' || validated(d, 'france-connect');
  return [{ text: 'L’habilitation FranceConnect de votre organisation, validée : vous la sélectionnerez à l’étape des modalités', met }];
}

function homologationPrerequisite(d: Dossier): Prerequisite {
  return {
    text: 'L’homologation de sécurité de votre téléservice (ou le questionnaire de sécurité), signée',
    met: d.security.mode !== '' && d.security.beginDate !== '',
  };
}

function impotRequest(d: Dossier, key: RequestKey, form: DataPassForm, title: string, why: string, prerequisites: Prerequisite[]): ProjectRequest {
  const link = prefillLink(d, form);
  const sheet = buildDataPassSheet(d, form);
  const opening = form.startableByApplicant
    ? `Sur DataPass, « API Impôt particulier », puis le formulaire « ${form.name} » ; le lien ci-dessous l’ouvre directement, déjà rempli.`
    : `Ce formulaire ne se démarre pas par un lien : sur DataPass, ouvrez votre demande bac à sable validée et cliquez sur « ${LABELS.startProduction} ». C’est la même demande, sous le même numéro, qui revient en brouillon : les étapes du bac à sable y sont en lecture seule, seules les étapes de production sont à remplir, et l’habilitation bac à sable reste valable.`;
  return {
    key,
    title,
    formUid: form.uid,
    formName: form.name,
    why,
    prerequisites,
    opening,
    link,
    byHand: byHandFromSheet(sheet, link),
    sheet,
    tracking: tracking(d, key),
  };
}

function impotRequests(d: Dossier): ProjectRequest[] {
  if (!d.useCase.id || !d.organisation.software) return [];
  const family = FAMILY_OF_USE_CASE[d.useCase.id];
  const deliberation = deliberationPrerequisite(d);
  const common = [proConnectPrerequisite(d), deliberation, ...franceConnectPrerequisite(d)];
  if (dataPassPath(d.organisation.software) === 'avec-editeur') {
    return [
      impotRequest(
        d,
        'impot-editeur',
        formOf(family, 'editeur'),
        'API Impôt particulier – avec votre éditeur',
        'L’accès aux données fiscales, en une seule demande : votre éditeur a déjà fait valider le bac à sable de son logiciel.',
        [...common, homologationPrerequisite(d)],
      ),
    ];
  }
  const sandbox = formOf(family, 'bac-a-sable');
  const production = formOf(family, 'production');
  // The dossier's path says the sandbox request is validated: it is the one to reopen, not to file.
  const sandboxValidatedPerDossier = d.organisation.stage === 'production';
  const sandboxDone = validated(d, 'impot-bac-a-sable') || sandboxValidatedPerDossier;
  const sandboxRequest = impotRequest(
    d,
    'impot-bac-a-sable',
    sandbox,
    'API Impôt particulier – bac à sable',
    'L’accès aux données fictives de l’API, pour développer et tester votre téléservice.',
    common,
  );
  const productionRequest = impotRequest(
    d,
    'impot-production',
    production,
    'API Impôt particulier – production',
    'L’accès aux données réelles, ouvert à partir de la demande bac à sable validée.',
    [
      { text: 'La demande bac à sable validée par la DGFiP', met: sandboxDone },
      { text: 'La recette fonctionnelle de votre téléservice, faite avec le bac à sable', met: d.security.acceptanceDone },
      homologationPrerequisite(d),
      // DataPass's sandbox validation mail: production needs the legal framework itself.
      { ...deliberation, text: `${deliberation.text} : la DGFiP le demande pour la production` },
    ],
  );
  // DataPass turns the validated sandbox request into the production one: one number for both.
  const sandboxNumber = sandboxRequest.tracking.number;
  if (productionRequest.tracking.number.trim() === '' && sandboxNumber.trim() !== '')
    productionRequest.tracking = { ...productionRequest.tracking, number: sandboxNumber };
  if (sandboxValidatedPerDossier) {
    return [
      {
        ...sandboxRequest,
        why: 'D’après le dossier (étape 1), votre demande bac à sable est déjà validée : rien à déposer. Notez son numéro : la demande de production le garde.',
        prerequisites: [],
        opening: 'Rien à ouvrir : la demande de production part de cette demande validée.',
        link: null,
        byHand: [],
        sheet: null,
      },
      productionRequest,
    ];
  }
  return [sandboxRequest, productionRequest];
}

/** 06 or 07, written the French way or with +33. */
function isFrenchMobile(phone: string): boolean {
  return /^(?:\+33\s*\(?0?\)?\s*|0)[67](?:[\s.-]*\d){8}$/.test(phone.trim());
}

/** The rows of a companion request: what its link leaves to the user. */
function companionByHand(d: Dossier, form: CompanionForm, values: Readonly<Record<string, Value | null>>, link: PrefillLink): SheetField[] {
  const rows: SheetField[] = tooLongRows(form, values, link);
  if (form.api === 'FranceConnect') {
    rows.push({
      key: 'scopes',
      label: 'Les données',
      value: 'Cocher les données d’identité dont votre service a besoin',
      note: `« ${form.scopes.openid} » est toujours transmis.`,
      ...TO_DO,
    });
    rows.push({
      key: 'france_connect_eidas',
      label: 'Quel niveau de garantie souhaitez-vous ?',
      value: 'Choisir « FranceConnect : eIDAS 1 », sauf exigence particulière',
      note: 'DataPass le recommande quand le service n’a pas d’exigence particulière sur le niveau eIDAS.',
      ...TO_DO,
    });
    rows.push({
      key: 'alternative_connexion',
      label:
        'J’atteste que mon service propose une alternative à la connexion avec FranceConnect, et que cette alternative permet l’accès, dans des conditions analogues, à la même prestation de service public.',
      value: d.gdpr.alternativeOffered ? 'Cocher' : null,
      note: 'Le dossier le dit à l’étape « Traitement des données personnelles ».',
      ...TO_DO,
    });
  } else {
    // Both API Particulier forms ask for a legal document; only FranceConnect's has none.
    // Stryker disable next-line StringLiteral: out of reach, both API Particulier forms have a legal document, so the error is never raised.
    const document = must(form.legalDocument, 'the legal document of an API Particulier form');
    const eaje = form === COMPANION_FORMS.eaje;
    rows.push({
      key: 'cadre_juridique_document',
      label: document.label,
      value:
        !eaje && d.legal.deliberationUrl.trim()
          ? `Facultatif ici, puisque l’adresse web est donnée : ${document.what}, en PDF`
          : `Joindre ${document.what}, en PDF`,
      note: eaje ? 'Ou son adresse web, dans le champ « URL ». C’est ce que ce formulaire demande, à la place de la délibération.' : 'Ou son adresse web.',
      ...TO_DO,
    });
    if (form.fixedScopes.length > 0) {
      rows.push({
        key: 'scopes',
        label: 'Les données',
        value: form.fixedScopes.map((s) => form.scopes[s]).join(', '),
        note: 'Fixées par le formulaire : rien à cocher.',
        ...TO_DO,
      });
    }
  }
  for (const contact of form.contacts) {
    if (contact.key === 'contact_metier') {
      rows.push({
        key: 'contact_metier',
        label: 'Contact métier',
        value: 'La personne qui répondra aux questions sur le service (nom, prénom, e-mail, téléphone, fonction)',
        note: 'L’outil ne la demande pas : saisissez-la dans DataPass.',
        ...TO_DO,
      });
    } else {
      const role =
        contact.key === 'responsable_traitement' ? 'responsableTraitement' : contact.key === 'delegue_protection_donnees' ? 'dpd' : 'contactTechnique';
      rows.push(...personFields(d, role, contact.key, contact.title));
    }
  }
  if (form.api === 'FranceConnect') {
    // DataPass checks that FranceConnect's technical contact has a mobile number (a SMS is sent to it).
    const phone = rows.find((row) => row.key === 'contact_technique_phone_number');
    if (phone && !isFrenchMobile(d.people.contactTechnique.phone)) {
      phone.value = null;
      phone.note = `Un numéro de portable (06 ou 07) : DataPass refuse un fixe pour FranceConnect${d.people.contactTechnique.phone.trim() ? `, et le ${d.people.contactTechnique.phone.trim()} du dossier n’en est pas un` : ''}.`;
    }
  }
  return rows;
}

function companionRequest(
  d: Dossier,
  key: RequestKey,
  form: CompanionForm,
  title: string,
  why: string,
  prerequisites: Prerequisite[],
  // Stryker disable next-line ArrayDeclaration: the requests called without scopes (FranceConnect, crèche) have no scopes field in their link.
  scopes: readonly string[] = [],
): ProjectRequest {
  const t = (v: string) => (v.trim() === '' ? null : v.trim());
  const ours = legalFrameworkText(d);
  const typedIn = form.prefills.cadre_juridique_nature;
  const values = {
    ...dossierValues(d),
    // A link's value replaces what the form types in: DataPass's general framework is kept, and
    // the deliberation added after it, as the form's hint asks. (Links never set it for
    // FranceConnect nor for the crèche form, whose legal step wants other documents.)
    cadre_juridique_nature: ours ? `${typedIn}\n- ${ours}` : ours,
    cadre_juridique_url: t(d.legal.deliberationUrl),
    scopes: scopes.length ? scopes : null,
  };
  const link = linkFor(form.uid, form.linkFields, values);
  return {
    key,
    title,
    formUid: form.uid,
    formName: form.name,
    why,
    prerequisites,
    opening: `Sur DataPass, « ${form.api} », puis le formulaire « ${form.name} » ; le lien ci-dessous l’ouvre directement, déjà rempli.`,
    link,
    byHand: companionByHand(d, form, values, link),
    sheet: null,
    tracking: tracking(d, key),
  };
}

/** An habilitation the organisation says it already has: nothing to file, only to select. */
function existingFranceConnect(d: Dossier): ProjectRequest {
  const form = COMPANION_FORMS.franceConnect;
  return {
    key: 'france-connect',
    title: 'FranceConnect',
    formUid: form.uid,
    formName: form.name,
    why: 'Votre organisation a déjà une habilitation FranceConnect validée, d’après le dossier : rien à déposer.',
    prerequisites: [],
    opening:
      'Dans la demande API Impôt particulier, à l’étape « Les modalités d’accès aux données », sélectionnez cette habilitation. Vérifiez qu’elle couvre bien le téléservice de ce projet.',
    link: null,
    byHand: [],
    sheet: null,
    tracking: tracking(d, 'france-connect'),
  };
}

export function projectRequests(d: Dossier): ProjectRequest[] {
  const out: ProjectRequest[] = [];
  if (d.organisation.accessMode === 'france-connect' && d.organisation.hasFranceConnectHabilitation === 'oui') {
    out.push(existingFranceConnect(d));
  } else if (d.organisation.accessMode === 'france-connect') {
    out.push(
      companionRequest(
        d,
        'france-connect',
        COMPANION_FORMS.franceConnect,
        'FranceConnect',
        'L’habilitation FranceConnect de votre téléservice, à faire valider avant de choisir « Avec FranceConnect » dans la demande API Impôt particulier.',
        [proConnectPrerequisite(d)],
      ),
    );
  }
  out.push(...impotRequests(d));
  if (d.method.id === 'qf-caf') {
    out.push(
      companionRequest(
        d,
        'api-particulier-qf',
        COMPANION_FORMS.qfCaf,
        'API Particulier – quotient familial CAF',
        `Le quotient familial de la CAF ou de la MSA, que votre méthode de calcul retient d’abord : la seule donnée « ${COMPANION_FORMS.qfCaf.scopes.cnaf_quotient_familial} » lui suffit.`,
        [proConnectPrerequisite(d), deliberationPrerequisite(d)],
        ['cnaf_quotient_familial'],
      ),
    );
  }
  if (d.useCase.id === 'creche') {
    out.push(
      companionRequest(
        d,
        'api-particulier-eaje',
        COMPANION_FORMS.eaje,
        'API Particulier – participation familiale en crèche',
        'Les ressources des familles allocataires, que la CNAF transmet pour calculer la participation familiale en établissement d’accueil du jeune enfant ; ses données sont fixées par le formulaire.',
        [
          proConnectPrerequisite(d),
          {
            text: 'La convention d’objectif et de financement (prestation de service unique) signée avec la CAF, que ce formulaire demande à la place de la délibération',
            met: null,
          },
        ],
      ),
    );
  }
  return out;
}
