import { createContext, useContext } from 'react';
import type { VendorMark } from '../domain/vendor/changes';
import './vendor-mark.css';

/**
 * Which fields of the step hold an answer the collectivité's software vendor provided through
 * its model, and whether it was changed since. The wizard provides it; each field shows the mark
 * as text tied to the input, so that a screen reader says it too.
 */
export interface VendorMarks {
  vendorName: string;
  /** By form path ("contactTechnique.email"). */
  marks: ReadonlyMap<string, VendorMark>;
}

export const VendorMarksContext = createContext<VendorMarks | null>(null);

export function useVendorMark(name: string): { vendorName: string; mark: VendorMark } | null {
  const context = useContext(VendorMarksContext);
  const mark = context?.marks.get(name);
  return context && mark ? { vendorName: context.vendorName, mark } : null;
}

/** A long provided text is recalled by its beginning: the synthesis shows it whole. */
const MAX_RECALLED = 120;
const recalled = (text: string) => (text.length > MAX_RECALLED ? `${text.slice(0, MAX_RECALLED).trimEnd()}…` : text);

export function VendorMarkNote({ id, vendorName, mark }: { id: string; vendorName: string; mark: VendorMark }) {
  if (!mark.changed) {
    return (
      <p className="vendor-mark" id={id} title={`Réponse du modèle de ${vendorName}`}>
        <span className="vendor-mark-tag">Fourni par votre éditeur</span>
      </p>
    );
  }
  return (
    <p className="vendor-mark vendor-mark--changed" id={id}>
      <span className="vendor-mark-tag">Modifié par vous</span>{' '}
      {mark.provided === null ? 'Votre éditeur avait laissé ce champ vide' : <>Votre éditeur avait indiqué « {recalled(mark.provided)} »</>}. La synthèse et la
      liste de contrôle (PDF) signalent ce changement : rien n'est envoyé, transmettez-lui la liste de contrôle.
    </p>
  );
}
