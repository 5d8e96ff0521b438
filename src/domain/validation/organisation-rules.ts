import { organisationAsks } from '../organisation-fields';
import { organisationKind } from '../catalogue/organisations';
import { dataPassPath, softwareOption } from '../catalogue/software';
import { normaliseSiret, siretProblem } from '../validators/siret';
import type { OrganisationSection } from '../dossier/model';
import { requireText, type SectionRules, type SectionWarnings } from './core';

export const organisationRules: SectionRules<OrganisationSection> = (s, _context, report) => {
  if (!s.type) report.missing(['type'], 'Choisissez le type de votre organisation.');
  else if (organisationKind(s.type).eligibility === 'not-eligible') {
    report.invalid(['type'], organisationKind(s.type).eligibilityMessage);
  }

  requireText(report, s.name, ['name'], 'Indiquez le nom de votre organisation.');

  if (requireText(report, s.siret, ['siret'], 'Indiquez le numéro SIRET de votre organisation (14 chiffres).')) {
    const problem = siretProblem(s.siret);
    const digits = normaliseSiret(s.siret).replace(/\D/g, '').length;
    if (problem === 'not-14-digits') {
      report.invalid(['siret'], `Le SIRET compte 14 chiffres, sans lettre ; vous avez saisi ${digits} chiffre${digits > 1 ? 's' : ''}.`);
    } else if (problem === 'bad-checksum') {
      report.invalid(
        ['siret'],
        "Ce SIRET n'existe pas : sa clé de contrôle ne correspond pas. Vérifiez chaque chiffre sur l'annuaire des entreprises (annuaire-entreprises.data.gouv.fr).",
      );
    }
  }

  const asks = organisationAsks(s);
  if (asks.onBehalfOf) {
    requireText(report, s.onBehalfOf, ['onBehalfOf'], "Indiquez l'administration pour le compte de laquelle vous agissez.");
  }

  if (!s.software) {
    report.missing(['software'], "Indiquez qui développe le logiciel qui appellera l'API.");
  } else {
    if (asks.softwareVendorName) {
      requireText(report, s.softwareVendorName, ['softwareVendorName'], "Indiquez le nom de l'éditeur du logiciel.");
    }
    if (!s.softwareConfirmed) {
      // The box's own words: the user looks for what the message names.
      // Stryker disable next-line Regex: equivalent, every confirmation of the catalogue has a single full stop, at its end.
      const statement = softwareOption(s.software).confirmation.replace(/\.$/, '');
      report.missing(['softwareConfirmed'], `Cochez « ${statement} » une fois que c’est le cas : la DGFiP l’attend avant le dépôt de la demande.`);
    }
    if (dataPassPath(s.software) === 'bac-a-sable-puis-production' && !s.stage) {
      report.missing(['stage'], 'Indiquez quelle demande vous préparez : bac à sable ou production.');
    }
  }

  if (!s.accessMode) {
    report.missing(['accessMode'], "Choisissez la modalité d'accès aux données.");
  } else if (s.accessMode === 'france-connect') {
    if (!s.hasFranceConnectHabilitation) {
      report.missing(['hasFranceConnectHabilitation'], 'Indiquez si votre organisation a déjà une habilitation FranceConnect validée.');
    } else if (s.hasFranceConnectHabilitation === 'non') {
      report.invalid(
        ['hasFranceConnectHabilitation'],
        "Sans habilitation FranceConnect validée, DataPass ne propose pas cette modalité : demandez d'abord l'habilitation FranceConnect, ou choisissez le numéro fiscal.",
      );
    }
  }
};

export const organisationWarnings: SectionWarnings<OrganisationSection> = (s) =>
  s.type === 'banque' ? [{ path: ['type'], message: organisationKind('banque').eligibilityMessage }] : [];
