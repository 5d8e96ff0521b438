/**
 * The technical terms of a call, each in one plain sentence, said where the term appears. Only
 * what the DGFiP's OpenAPI file and its functional guide (v2.9) state: the
 * Authorization header carries an authentication token (Bearer scheme, OAuth 2.0 client
 * credentials), X-Correlation-ID is the request's correlation id in UUID format and required,
 * ID_Teleservice is the calling téléservice's id, assigned by the DGFiP one per use case, and
 * X-FranceConnect-OAuth the FranceConnect consent token.
 */
export const TERMS = {
  bearer:
    "Le jeton d'accès (« Bearer ») montre à la passerelle de la DGFiP que l'appel vient de votre compte APIM : il s'obtient avec l'identifiant et le secret client de ce compte.",
  correlationId:
    "X-Correlation-ID est l'identifiant de cet appel précis, au format UUID, que l'API exige à chaque requête : le testeur en crée un nouveau à chaque appel.",
  teleserviceId: "ID_Teleservice est l'identifiant de votre téléservice, attribué par la DGFiP pour un cas d'usage (un identifiant par cas d'usage).",
  franceConnect: "X-FranceConnect-OAuth porte le jeton de consentement FranceConnect de l'usager connecté.",
  contentType: 'Content-Type indique le format du contenu : les réponses de l’API sont en JSON, un format de texte structuré.',
  commands:
    "curl (Linux, macOS) et PowerShell (Windows) sont des programmes en ligne de commande : ils font le même appel hors du navigateur, là où la règle qui bloque les appels venant d'une page web (CORS) ne s'applique pas.",
} as const;

/** The sentence for a header, by its name as sent or received (any case), or null. */
export function headerTerm(name: string): string | null {
  switch (name.toLowerCase()) {
    case 'authorization':
      return TERMS.bearer;
    case 'x-correlation-id':
      return TERMS.correlationId;
    case 'id_teleservice':
      return TERMS.teleserviceId;
    case 'x-franceconnect-oauth':
      return TERMS.franceConnect;
    case 'content-type':
      return TERMS.contentType;
    default:
      return null;
  }
}
