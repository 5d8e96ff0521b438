import { SHORT_TEXT_MAX } from '../dossier/limits';
import type { Dossier } from '../dossier/model';
import { newDossier } from '../dossier/new-dossier';
import type { VendorModel } from './model';

/**
 * A collectivité's new dossier started from its vendor's model: the vendor's answers already in
 * place, and the model kept in the dossier so that each step can say which answers came from the
 * vendor and the synthesis which ones were changed.
 */
export interface StartOptions {
  id: string;
  now: Date;
  title?: string;
}

/** The section with the provided answers over it; an answer the model does not give stays blank. */
function over<T extends object>(section: T, provided: Partial<T> | undefined): T {
  const given = Object.entries(provided ?? {}).filter(([, value]) => value !== undefined);
  return { ...section, ...Object.fromEntries(given) };
}

export function dossierFromModel(model: VendorModel, options: StartOptions): Dossier {
  const title = (options.title ?? `Demande préparée avec le modèle de ${model.vendorName}`).slice(0, SHORT_TEXT_MAX);
  const blank = newDossier(options.id, title, options.now);
  const { organisation, people, security, gdpr } = model.provided;
  return {
    ...blank,
    organisation: over(blank.organisation, organisation),
    people: {
      // Stryker disable next-line ConditionalExpression: over() drops answers holding undefined, so giving it { technicalExtraEmail: undefined } or {} yields the same section.
      ...over(blank.people, people.technicalExtraEmail === undefined ? {} : { technicalExtraEmail: people.technicalExtraEmail }),
      contactTechnique: over(blank.people.contactTechnique, people.contactTechnique),
    },
    security: over(blank.security, security),
    gdpr: over(blank.gdpr, gdpr),
    vendor: {
      vendorName: model.vendorName,
      modelExportedAt: model.exportedAt,
      provided: structuredClone(model.provided),
      methods: structuredClone(model.methods),
      securityDocuments: [...model.securityDocuments],
    },
  };
}
