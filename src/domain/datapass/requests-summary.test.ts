import { describe, expect, it } from 'vitest';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { NOT_ON_DATAPASS, recordedText, requestsSummary, type RequestSummary } from './requests-summary';
import { projectRequests } from './project-requests';
import type { RequestTracking } from './request-tracking';

const cantine = completeCantineDossier();
const tracked = (tracking: RequestTracking) => requestsSummary({ ...cantine, datapassRequests: { 'impot-editeur': tracking } })[0]!;

describe('what the synthesis and the checklist say of each DataPass request', () => {
  it('names each request of the project with its form and prerequisites', () => {
    const [request] = projectRequests(cantine);
    expect(requestsSummary(cantine)).toEqual([
      {
        title: request!.title,
        formName: request!.formName,
        formUid: request!.formUid,
        prerequisites: request!.prerequisites,
        number: null,
        filedOn: null,
        stateKey: '',
        state: null,
      },
    ]);
  });

  it('writes the number as DataPass does, or as typed when it is not one, and the filing day in French', () => {
    expect(tracked({ number: ' d 123 ', filedOn: '2026-03-02', state: 'en-instruction' })).toMatchObject({
      number: 'D123',
      filedOn: '2 mars 2026',
      stateKey: 'en-instruction',
      state: "En cours d'instruction",
    });
    expect(tracked({ number: ' n° 12 ', filedOn: '', state: '' })).toMatchObject({ number: 'n° 12', filedOn: null, state: null });
    expect(tracked({ number: '   ', filedOn: '', state: 'brouillon' })).toMatchObject({ number: null, state: 'Brouillon' });
  });
});

describe('a request as recorded, in one line', () => {
  const summary = (number: string | null, filedOn: string | null, state: string | null): RequestSummary => ({
    ...requestsSummary(cantine)[0]!,
    number,
    filedOn,
    state,
  });

  it('gives its number, its filing day and its state', () => {
    expect(recordedText(summary('D12345', '2 mars 2026', "En cours d'instruction"))).toBe("D12345, déposée le 2 mars 2026 : En cours d'instruction");
    expect(recordedText(summary(null, '2 mars 2026', 'Validée'))).toBe('déposée le 2 mars 2026 : Validée');
    expect(recordedText(summary('D12345', null, 'Validée'))).toBe('D12345 : Validée');
  });

  it('gives the state alone, or what is known without a state', () => {
    expect(recordedText(summary(null, null, 'Brouillon'))).toBe('Brouillon');
    expect(recordedText(summary('D12345', '2 mars 2026', null))).toBe('D12345, déposée le 2 mars 2026');
    expect(recordedText(summary('D12345', null, null))).toBe('D12345');
  });

  it('says it is not yet on DataPass when nothing is recorded', () => {
    expect(recordedText(summary(null, null, null))).toBe(NOT_ON_DATAPASS);
    expect(NOT_ON_DATAPASS).toBe('Pas encore sur DataPass');
  });
});
