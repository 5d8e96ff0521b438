/**
 * Who builds the software that will call the API decides the DataPass path: an éditeur who has
 * already been through the sandbox lets the organisation use the "avec éditeur" form straight
 * to production; otherwise the organisation asks for the sandbox first, then production.
 */
export const SOFTWARE_OPTIONS = [
  {
    id: 'editeur-valide',
    label: 'Un éditeur de logiciel qui a déjà validé son raccordement en bac à sable',
    checklistLabel: 'Mon éditeur est en capacité de nous raccorder et je connais le coût de ce raccordement',
    confirmation: 'Je connais le coût de ce raccordement.',
  },
  {
    id: 'editeur-en-cours',
    label: "Un éditeur de logiciel qui n'a pas encore réalisé les développements",
    checklistLabel:
      "Mon éditeur n'a pas encore réalisé les développements mais il a confirmé son souhait de les réaliser, je connais le coût de mon raccordement",
    confirmation: "Mon éditeur a confirmé qu'il réalisera les développements, et je connais le coût du raccordement.",
  },
  {
    id: 'interne',
    label: 'Notre service informatique (développement interne)',
    checklistLabel: 'Le logiciel est un développement interne, le service informatique est conscient des développements nécessaires',
    confirmation: 'Le service informatique est conscient des développements nécessaires.',
  },
] as const;

export type SoftwareOption = (typeof SOFTWARE_OPTIONS)[number]['id'];

export function softwareOption(id: SoftwareOption) {
  const option = SOFTWARE_OPTIONS.find((o) => o.id === id);
  if (!option) throw new Error(`Unknown software option ${id}`);
  return option;
}

export type DataPassPath = 'avec-editeur' | 'bac-a-sable-puis-production';

export function dataPassPath(software: SoftwareOption): DataPassPath {
  return software === 'editeur-valide' ? 'avec-editeur' : 'bac-a-sable-puis-production';
}

export const DATAPASS_PATH_TEXT: Record<DataPassPath, { title: string; explanation: string }> = {
  'avec-editeur': {
    title: 'Formulaire « avec éditeur », directement en production',
    explanation:
      "Votre éditeur a déjà fait ses tests : vous déposez une seule demande, de production, avec le formulaire de votre cas d'usage marqué « avec éditeur ». Pas de recette fonctionnelle à attester.",
  },
  'bac-a-sable-puis-production': {
    title: "Bac à sable d'abord, puis production",
    explanation:
      "Vous déposez d'abord une demande d'accès au bac à sable (données fictives) pour tester le raccordement, puis une demande de production qui ajoute la recette fonctionnelle, l'homologation de sécurité et la volumétrie.",
  },
};

export const ACCESS_MODES = [
  {
    id: 'france-connect',
    label: 'Avec FranceConnect',
    implication:
      "L'usager se connecte avec FranceConnect et consent, sur l'écran de FranceConnect, à la transmission de ses données. Votre organisation doit déjà avoir une habilitation FranceConnect validée.",
  },
  {
    id: 'spi',
    label: 'Via le numéro fiscal (SPI)',
    implication:
      "L'usager indique son numéro fiscal (13 chiffres). Il n'y a pas de consentement, mais vous devez l'informer, avant l'échange, que les données viennent directement de la DGFiP, lesquelles et pourquoi.",
  },
] as const;

export type AccessMode = (typeof ACCESS_MODES)[number]['id'];
