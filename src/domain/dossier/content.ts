import { SECTION_KEYS, type Dossier, type SectionKey } from './model';

/**
 * A dossier's content: its answers, without what the tool keeps for itself (dates, visited
 * steps, versions, reviews). This is what a version is, what the DPO reviews and what the
 * content hash covers.
 */
export type DossierContent = Pick<Dossier, SectionKey>;

export function dossierContent(dossier: Pick<Dossier, SectionKey>): DossierContent {
  return Object.fromEntries(SECTION_KEYS.map((key) => [key, dossier[key]])) as DossierContent;
}
