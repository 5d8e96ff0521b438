import { describe, expect, it } from 'vitest';
import { newDossier } from './dossier/new-dossier';
import { useCaseById } from './catalogue/use-cases';
import { withUseCase } from './use-case-defaults';

const blank = newDossier('d', 'Dossier', new Date('2026-11-20T09:00:00Z'));
const cantine = useCaseById('cantine');
const creche = useCaseById('creche');

describe('choosing a use case', () => {
  it('prefills the project name, the description and the recipients DataPass prefills for it', () => {
    const d = withUseCase(blank, 'cantine');
    expect(d.useCase).toMatchObject({ id: 'cantine', projectName: cantine.defaultProjectName, description: cantine.descriptionTemplate });
    expect(d.gdpr.recipients).toBe(cantine.defaultRecipients);
    expect(d.useCase.projectName).not.toBe('');
  });

  it('replaces the previous use case’s suggestions, and what is blank, with the new one’s', () => {
    const d = withUseCase({ ...withUseCase(blank, 'cantine'), gdpr: { ...blank.gdpr, recipients: '   ' } }, 'creche');
    expect(d.useCase).toMatchObject({ id: 'creche', projectName: creche.defaultProjectName, description: creche.descriptionTemplate });
    expect(d.gdpr.recipients).toBe(creche.defaultRecipients);
  });

  it('never overwrites what the user wrote', () => {
    const written = withUseCase(blank, 'cantine');
    const own = {
      ...written,
      useCase: { ...written.useCase, projectName: 'Mon projet', description: 'Ma description' },
      gdpr: { ...written.gdpr, recipients: 'Le service' },
    };
    const d = withUseCase(own, 'creche');
    expect(d.useCase).toMatchObject({ id: 'creche', projectName: 'Mon projet', description: 'Ma description' });
    expect(d.gdpr.recipients).toBe('Le service');
  });

  it('back to none, clears the suggestions and keeps the rest of the dossier', () => {
    const d = withUseCase(withUseCase(blank, 'cantine'), '');
    expect(d.useCase).toMatchObject({ id: '', projectName: '', description: '' });
    expect(d.gdpr.recipients).toBe('');
    expect(d.organisation).toBe(blank.organisation);
    expect({ ...d.gdpr, recipients: blank.gdpr.recipients }).toEqual(blank.gdpr);
  });
});
