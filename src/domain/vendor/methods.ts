import { METHOD_IDS, methodById, type MethodId } from '../catalogue/methods';
import { SCOPES, YEAR_SCOPES, type ScopeKey } from '../catalogue/scopes';
import type { Dossier, MethodSection, VendorMethod } from '../dossier/model';
import { emptySection } from '../dossier/new-dossier';
import { minimumData } from '../minimisation';

/**
 * The calculation methods a vendor's software supports, and the data each needs. By default a
 * method needs what minimisation says it needs with the vendor's parameters (revenue basis,
 * residence check…); the income year is not the vendor's to say: it follows each collectivité's
 * campaign.
 */
export function defaultMethodScopes(method: MethodSection, id: MethodId): ScopeKey[] {
  return minimumData({ organisation: emptySection('organisation'), method: { ...method, id } })
    .map((n) => n.scope)
    .filter((scope) => !YEAR_SCOPES.includes(scope));
}

/** Methods in the catalogue's order, their data in the DataPass form's order, each once. */
export function orderedMethods(methods: readonly VendorMethod[]): VendorMethod[] {
  return METHOD_IDS.flatMap((id) => {
    const method = methods.find((m) => m.id === id);
    if (!method) return [];
    return [{ id, scopes: SCOPES.map((s) => s.key).filter((key) => method.scopes.includes(key)) }];
  });
}

/** The vendor's entry for the method the dossier has chosen; null when the vendor lists none, or no method is chosen. */
export function vendorMethodOf(dossier: Pick<Dossier, 'vendor' | 'method'>): { supported: VendorMethod | null } | null {
  const vendor = dossier.vendor;
  if (!vendor || vendor.methods.length === 0 || dossier.method.id === '') return null;
  return { supported: vendor.methods.find((m) => m.id === dossier.method.id) ?? null };
}

/** "Tranches de quotient familial ; Taux d'effort…", the vendor's methods as the method step names them. */
export function methodsText(methods: readonly VendorMethod[]): string {
  return methods.map((m) => methodById(m.id).label).join(' ; ');
}

/**
 * Said on the method step when the chosen method is not among those the vendor's software
 * supports; null otherwise.
 */
export function unsupportedMethodMessage(dossier: Pick<Dossier, 'vendor' | 'method'>): string | null {
  const found = vendorMethodOf(dossier);
  if (!found || found.supported || !dossier.vendor) return null;
  return `Le modèle de ${dossier.vendor.vendorName} ne cite pas cette méthode parmi celles que son logiciel sait appliquer (${methodsText(dossier.vendor.methods)}). Vérifiez avec votre éditeur qu'il la prendra en charge avant de la retenir.`;
}

/**
 * The data the data step ticks the first time it opens: the minimum, plus what the vendor's
 * software needs for the chosen method (beyond the minimum, the step asks why, as for any datum).
 */
export function prefilledScopes(dossier: Pick<Dossier, 'vendor' | 'method' | 'organisation'>): ScopeKey[] {
  const wanted = new Set<ScopeKey>(minimumData(dossier).map((n) => n.scope));
  // Stryker disable next-line ArrayDeclaration: a made-up entry in the fallback never reaches the result, which keeps only the catalogue's scope keys.
  for (const scope of vendorMethodOf(dossier)?.supported?.scopes ?? []) wanted.add(scope);
  return SCOPES.map((s) => s.key).filter((key) => wanted.has(key));
}
