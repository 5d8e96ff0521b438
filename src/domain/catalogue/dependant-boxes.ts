/**
 * The boxes of "Détail des personnes à charge et rattachées" (encarts C and D of the income
 * tax return), as the DGFiP's teaching sheet lists them. Asking for this detail obliges the
 * organisation to send an "expression de besoin spécifique" naming the boxes it needs.
 */
export const DEPENDANT_BOXES = [
  {
    box: 'F',
    field: 'pac.nbPacF',
    label: "Le nombre d'enfants mineurs à charge ou handicapés quel que soit l'âge (case F)",
  },
  {
    box: 'G',
    field: 'pac.nbPacG',
    label: "Dont enfants titulaires de la carte d'invalidité ou de la CMI-Invalidité (case G)",
  },
  {
    box: 'H',
    field: 'pac.nbPacH',
    label: "Le nombre d'enfants mineurs à charge en résidence alternée ou handicapés quel que soit l'âge (case H)",
  },
  {
    box: 'I',
    field: 'pac.nbPacI',
    label: "Dont enfants en résidence alternée titulaires de la carte d'invalidité ou de la CMI-Invalidité (I)",
  },
  {
    box: 'R',
    field: 'pac.nbPacR',
    label: "Le nombre de titulaires de la carte d'invalidité ou de la CMI-Invalidité vivant sous le même toit que les membres du foyer fiscal (case R)",
  },
  {
    box: 'J',
    field: 'pac.nbPacJ',
    label: "Le nombre d'enfants célibataires (veufs ou divorcés) majeurs sans enfants (case J)",
  },
  {
    box: 'N',
    field: 'pac.nbPacN',
    label: "Le nombre d'enfants mariés/pacsés et d'enfants non mariés chargés de famille (y compris le conjoint et les enfants), (case N)",
  },
] as const;

export type DependantBox = (typeof DEPENDANT_BOXES)[number]['box'];

export const DEPENDANT_BOX_LETTERS: readonly DependantBox[] = DEPENDANT_BOXES.map((b) => b.box);

export function isDependantBox(value: unknown): value is DependantBox {
  // Stryker disable next-line ConditionalExpression: equivalent, a list of strings includes no value that is not a string; the typeof narrows the type for TypeScript.
  return typeof value === 'string' && (DEPENDANT_BOX_LETTERS as readonly string[]).includes(value);
}
