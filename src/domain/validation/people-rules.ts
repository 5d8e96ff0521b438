import { emailIsValid, phoneIsValid } from '../validators/contact';
import type { PeopleSection, Person } from '../dossier/model';
import { isBlank, requireText, type FieldPathOf, type Reporter, type SectionRules, type SectionWarnings } from './core';

export const PEOPLE_ROLES = ['demandeur', 'responsableTraitement', 'dpd', 'contactTechnique'] as const;
export type PeopleRole = (typeof PEOPLE_ROLES)[number];

export const ROLE_LABELS: Record<PeopleRole, string> = {
  demandeur: 'Demandeur',
  responsableTraitement: 'Responsable de traitement',
  dpd: 'Délégué à la protection des données (DPD)',
  contactTechnique: 'Responsable technique',
};

/** Sentence fragments naming each role ("du demandeur", "du DPD"…). */
const OF_ROLE: Record<PeopleRole, string> = {
  demandeur: 'du demandeur',
  responsableTraitement: 'du responsable de traitement',
  dpd: 'du délégué à la protection des données',
  contactTechnique: 'du responsable technique',
};

function personRules(person: Person, role: PeopleRole, report: Reporter<FieldPathOf<PeopleSection>>): void {
  const of = OF_ROLE[role];
  requireText(report, person.familyName, [role, 'familyName'], `Indiquez le nom ${of}.`);
  requireText(report, person.givenName, [role, 'givenName'], `Indiquez le prénom ${of}.`);
  requireText(report, person.jobTitle, [role, 'jobTitle'], `Indiquez la fonction ${of}.`);
  if (requireText(report, person.email, [role, 'email'], `Indiquez l'adresse e-mail ${of}.`) && !emailIsValid(person.email)) {
    report.invalid([role, 'email'], `E-mail ${of} : saisissez une adresse e-mail complète, par exemple prenom.nom@mairie-exemple.fr.`);
  }
  if (requireText(report, person.phone, [role, 'phone'], `Indiquez le numéro de téléphone ${of}.`) && !phoneIsValid(person.phone)) {
    report.invalid([role, 'phone'], `Téléphone ${of} : saisissez un numéro à 10 chiffres (01 23 45 67 89) ou au format international (+33 1 23 45 67 89).`);
  }
}

export const peopleRules: SectionRules<PeopleSection> = (s, _context, report) => {
  for (const role of PEOPLE_ROLES) personRules(s[role], role, report);
  if (!s.demandeur.hasProConnect) {
    report.missing(['demandeur', 'hasProConnect'], 'Indiquez si le demandeur a un compte ProConnect.');
  }
  if (!s.contactTechnique.side) {
    report.missing(['contactTechnique', 'side'], 'Indiquez si le responsable technique est de votre organisation ou de l’éditeur.');
  }
  if (!isBlank(s.technicalExtraEmail) && !emailIsValid(s.technicalExtraEmail)) {
    report.invalid(['technicalExtraEmail'], 'Adresse technique générique : saisissez une adresse e-mail complète, par exemple informatique@mairie-exemple.fr.');
  }
  if (!s.employerCertificateDemandeur) {
    report.missing(['employerCertificateDemandeur'], "Remplissez l'attestation employeur du demandeur, puis cochez la case.");
  }
  if (!s.employerCertificateTechnique) {
    report.missing(['employerCertificateTechnique'], "Remplissez l'attestation employeur du responsable technique, puis cochez la case.");
  }
  if (!s.designationDemandeur) {
    report.missing(['designationDemandeur'], 'Remplissez le document de désignation du demandeur, puis cochez la case.');
  }
};

/** The people step gives no advice of its own: its objections are "À revoir" points of the verdict. */
export const peopleWarnings: SectionWarnings<PeopleSection> = () => [];
