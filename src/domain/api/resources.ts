/**
 * The resources of API Impôt particulier (DGFiP OpenAPI 2024-04-30 and functional guide v2.9).
 * All are GET requests under `/impotparticulier/1.0` on a host that only the partner's APIM
 * account reveals, hence no host here.
 */
export type ResourceId = 'ir-assiette' | 'ir-derniere-situation' | 'ir-derniere-situation-deux-ans' | 'ir-multiple' | 'ir-facture' | 'ifi' | 'lep';

export interface ApiResource {
  id: ResourceId;
  label: string;
  /** Gateway token scope the OAuth client must request. */
  tokenScope: string;
  /** Path in "numéro fiscal" mode; `{spi}`, `{annrev}`, `{departement}`, `{bareme}` are placeholders. */
  spiPath: string;
  /** Path in FranceConnect mode, or null when the resource has none (LEP). */
  franceConnectPath: string | null;
  /** Whether the caller chooses the income year in the URL. */
  takesYear: boolean;
  /** Media type of a 200 response, word for word from the OpenAPI file (the IFI one has no "part."). */
  mediaType: string;
}

export const API_BASE_PATH = '/impotparticulier/1.0';

export const RESOURCES: readonly ApiResource[] = [
  {
    id: 'ir-assiette',
    label: 'IR assiette (déclaration de revenus)',
    tokenScope: 'RessourceIR',
    spiPath: '/spi/{spi}/situations/ir/assiettes/annrev/{annrev}',
    franceConnectPath: '/situations/ir/assiettes/annrev/{annrev}',
    takesYear: true,
    mediaType: 'application/prs.dgfip.part.situations.ir.assiettes.v1+json',
  },
  {
    id: 'ir-derniere-situation',
    label: 'Dernière situation IR',
    tokenScope: 'RessourceIRDerniere',
    spiPath: '/spi/{spi}/dernieresituation/ir/assiettes/annrev/{annrev}',
    franceConnectPath: '/dernieresituation/ir/assiettes/annrev/{annrev}',
    takesYear: true,
    mediaType: 'application/prs.dgfip.part.derniere.situations.ir.assiettes.v1+json',
  },
  {
    id: 'ir-derniere-situation-deux-ans',
    label: 'Dernière situation IR deux ans',
    tokenScope: 'RessourceIRDerniere2',
    spiPath: '/spi/{spi}/dernieresituation/ir/assiettes/deuxans',
    franceConnectPath: '/dernieresituation/ir/assiettes/deuxans',
    takesYear: false,
    mediaType: 'application/prs.dgfip.part.derniere.situations.ir.assiettes.v1+json',
  },
  {
    id: 'ir-multiple',
    label: 'IR multiple (année avec décès)',
    tokenScope: 'RessourceIRMultiple',
    spiPath: '/spi/{spi}/situations/ir/assiettes/multiple/annrev/{annrev}',
    franceConnectPath: '/situations/ir/assiettes/multiple/annrev/{annrev}',
    takesYear: true,
    mediaType: 'application/prs.dgfip.part.situations.ir.assiettes.multiple.v1+json',
  },
  {
    id: 'ir-facture',
    label: "IR facture (avis d'impôt)",
    tokenScope: 'RessourceIRFacture',
    spiPath: '/spi/{spi}/situations/ir/factures/annrev/{annrev}',
    franceConnectPath: '/situations/ir/factures/annrev/{annrev}',
    takesYear: true,
    mediaType: 'application/prs.dgfip.part.situations.ir.factures.v1+json',
  },
  {
    id: 'ifi',
    label: 'ISF/IFI',
    tokenScope: 'RessourceIFI',
    spiPath: '/spi/{spi}/situations/ifiisf/assiettes/annrev/{annrev}',
    franceConnectPath: '/situations/ifiisf/assiettes/annrev/{annrev}',
    takesYear: true,
    mediaType: 'application/prs.dgfip.situations.ifiisf.assiettes.v1+json',
  },
  {
    id: 'lep',
    label: 'LEP (établissements bancaires)',
    tokenScope: 'RessourceLEP',
    spiPath: '/spi/{spi}/lep/departement/{departement}/annrev/{annrev}/bareme/{bareme}',
    franceConnectPath: null,
    takesYear: true,
    mediaType: 'application/prs.dgfip.part.ouverturelep.v1+json',
  },
];

export function resourceById(id: ResourceId): ApiResource {
  const resource = RESOURCES.find((r) => r.id === id);
  if (!resource) throw new Error(`Unknown resource ${id}`);
  return resource;
}
