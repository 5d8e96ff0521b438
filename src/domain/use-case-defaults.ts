import { useCaseById, type UseCaseId } from './catalogue/use-cases';
import type { Dossier } from './dossier/model';

/**
 * Choosing a use case prefills what DataPass's use-case forms prefill (project name,
 * description, recipients), without overwriting anything the user wrote: a field is replaced
 * only while it is empty or still holds the previous use case's suggestion.
 */
export function withUseCase(dossier: Dossier, id: UseCaseId | ''): Dossier {
  const previous = dossier.useCase.id ? useCaseById(dossier.useCase.id) : null;
  const next = id ? useCaseById(id) : null;
  const keep = (current: string, oldDefault: string | undefined, newDefault: string | undefined) =>
    current.trim() === '' || current === oldDefault ? (newDefault ?? '') : current;

  return {
    ...dossier,
    useCase: {
      ...dossier.useCase,
      id,
      projectName: keep(dossier.useCase.projectName, previous?.defaultProjectName, next?.defaultProjectName),
      description: keep(dossier.useCase.description, previous?.descriptionTemplate, next?.descriptionTemplate),
    },
    gdpr: {
      ...dossier.gdpr,
      recipients: keep(dossier.gdpr.recipients, previous?.defaultRecipients, next?.defaultRecipients),
    },
  };
}
