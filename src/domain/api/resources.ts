/**
 * The resources of API Impôt particulier (DGFiP OpenAPI 2024-04-30 and functional guide v2.9).
 * All are GET requests under `/impotparticulier/1.0` on a host that only the partner's APIM
 * account reveals, hence no host here.
 */
export type ResourceId =
  | 'ir-assiette'
  | 'ir-derniere-situation'
  | 'ir-derniere-situation-deux-ans'
  | 'ir-multiple'
  | 'ir-facture'
  | 'ifi'
  | 'lep';

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
  },
  {
    id: 'ir-derniere-situation',
    label: 'Dernière situation IR',
    tokenScope: 'RessourceIRDerniere',
    spiPath: '/spi/{spi}/dernieresituation/ir/assiettes/annrev/{annrev}',
    franceConnectPath: '/dernieresituation/ir/assiettes/annrev/{annrev}',
    takesYear: true,
  },
  {
    id: 'ir-derniere-situation-deux-ans',
    label: 'Dernière situation IR deux ans',
    tokenScope: 'RessourceIRDerniere2',
    spiPath: '/spi/{spi}/dernieresituation/ir/assiettes/deuxans',
    franceConnectPath: '/dernieresituation/ir/assiettes/deuxans',
    takesYear: false,
  },
  {
    id: 'ir-multiple',
    label: 'IR multiple (année avec décès)',
    tokenScope: 'RessourceIRMultiple',
    spiPath: '/spi/{spi}/situations/ir/assiettes/multiple/annrev/{annrev}',
    franceConnectPath: '/situations/ir/assiettes/multiple/annrev/{annrev}',
    takesYear: true,
  },
  {
    id: 'ir-facture',
    label: "IR facture (avis d'impôt)",
    tokenScope: 'RessourceIRFacture',
    spiPath: '/spi/{spi}/situations/ir/factures/annrev/{annrev}',
    franceConnectPath: '/situations/ir/factures/annrev/{annrev}',
    takesYear: true,
  },
  {
    id: 'ifi',
    label: 'ISF/IFI',
    tokenScope: 'RessourceIFI',
    spiPath: '/spi/{spi}/situations/ifiisf/assiettes/annrev/{annrev}',
    franceConnectPath: '/situations/ifiisf/assiettes/annrev/{annrev}',
    takesYear: true,
  },
  {
    id: 'lep',
    label: 'LEP (établissements bancaires)',
    tokenScope: 'RessourceLEP',
    spiPath: '/spi/{spi}/lep/departement/{departement}/annrev/{annrev}/bareme/{bareme}',
    franceConnectPath: null,
    takesYear: true,
  },
];

export function resourceById(id: ResourceId): ApiResource {
  const resource = RESOURCES.find((r) => r.id === id);
  if (!resource) throw new Error(`Unknown resource ${id}`);
  return resource;
}
