import { TO_COMPLETE_MARKER } from '../catalogue/use-cases';
import { parseWholeNumber } from '../validators/number';
import type { UseCaseSection } from '../dossier/model';
import { isBlank, requireText, type SectionRules } from './core';

export const MIN_DESCRIPTION_LENGTH = 80;
export const MIN_OTHER_USE_DESCRIPTION_LENGTH = 300;

export const useCaseRules: SectionRules<UseCaseSection> = (s, _context, report) => {
  if (!s.id) report.missing(['id'], "Choisissez un cas d'usage.");
  requireText(report, s.projectName, ['projectName'], 'Donnez un nom au projet ; DataPass le rend public.');

  if (requireText(report, s.description, ['description'], 'Décrivez votre démarche : ce que fait le service et pour qui.')) {
    const length = s.description.trim().length;
    const minimum = s.id === 'autre' ? MIN_OTHER_USE_DESCRIPTION_LENGTH : MIN_DESCRIPTION_LENGTH;
    if (s.description.includes(TO_COMPLETE_MARKER)) {
      report.invalid(['description'], `Complétez la description et retirez la mention « ${TO_COMPLETE_MARKER} ».`);
    } else if (length < minimum) {
      report.invalid(
        ['description'],
        s.id === 'autre'
          ? `Pour un autre usage, la DGFiP attend une description précise : au moins ${minimum} caractères (vous en avez ${length}).`
          : `Cette description est trop courte pour l'instructeur : au moins ${minimum} caractères (vous en avez ${length}).`,
      );
    }
  }

  if (!isBlank(s.yearlyVolume)) {
    const volume = parseWholeNumber(s.yearlyVolume);
    if (volume === null || volume < 0) {
      report.invalid(['yearlyVolume'], 'Indiquez un nombre entier de dossiers par an, par exemple 1200.');
    }
  }
};
