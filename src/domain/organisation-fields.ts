import type { OrganisationSection } from './dossier/model';

/**
 * Which optional questions of step 1 are asked, decided once: the step shows them, the rules
 * require them and the summary lists them on the same conditions.
 */
export function organisationAsks(o: Pick<OrganisationSection, 'type' | 'software'>): { onBehalfOf: boolean; softwareVendorName: boolean } {
  return { onBehalfOf: o.type === 'editeur', softwareVendorName: o.software !== '' && o.software !== 'interne' };
}
