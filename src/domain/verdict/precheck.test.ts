import { describe, expect, it } from 'vitest';
import { completeCantineDossier, TODAY } from '../../../test/fixtures/dossiers';
import type { ChecklistItem, ChecklistStatus } from './checklist';
import type { JudgedFinding } from './finding';
import { buildVerdict } from './index';
import { buildPrecheck } from './precheck';

const ready = buildVerdict(completeCantineDossier(), TODAY).checklist;
const finding = (message: string, keptReason: string | null = null): JudgedFinding => ({
  key: message,
  kind: 'review',
  level: 'review',
  step: 'traitement',
  place: { section: 'gdpr', path: ['dpia'] },
  message,
  related: [],
  keptReason,
});
/** The complete dossier's checklist with some items set to another status. */
const withStatus = (changes: Record<string, [ChecklistStatus, JudgedFinding[]?]>): ChecklistItem[] =>
  ready.map((i) => (changes[i.id] ? { ...i, status: changes[i.id]![0], findings: changes[i.id]![1] ?? [] } : i));
const control = (checklist: ChecklistItem[], family: string, index: number) => buildPrecheck(checklist).find((f) => f.id === family)!.controls[index]!;
const labelOf = (id: string) => ready.find((i) => i.id === id)!.label;

describe('the instructor’s pre-check', () => {
  it('follows the DGFiP’s three families of controls, three controls each', () => {
    const families = buildPrecheck(ready);
    expect(families.map((f) => `${f.id}: ${f.title} (${String(f.controls.length)})`)).toEqual([
      'reglementaire: Conformité réglementaire (3)',
      'rgpd: Conformité RGPD (3)',
      'ssi: Conformité SSI (3)',
    ]);
    expect(families[0]!.controls[0]!.label).toBe("Vérification que le cas d'usage repose sur un fondement juridique approprié");
    expect(families[2]!.controls[2]!.checked).toBe('Le logiciel et son raccordement, la volumétrie, la date de mise en production et la recette.');
  });

  it('passes a control whose items are all ready or kept, listing them, the others not applying', () => {
    const c = control(withStatus({ registre: ['kept', [finding('Registre', 'Vu avec le DPD.')]] }), 'rgpd', 1);
    expect(c).toMatchObject({ outcome: 'passes', problems: [] });
    expect(c.passing).toEqual(['aipd', 'registre', 'responsable-traitement', 'dpd', 'dpd-informe'].map(labelOf));
    expect(buildPrecheck(ready).every((f) => f.outcome === 'passes')).toBe(true);
  });

  it('expects an objection where an item is "à revoir", naming it with its messages not kept', () => {
    const checklist = withStatus({ aipd: ['review', [finding('AIPD en cours.'), finding('Déjà vu.', 'Raison.')]] });
    const c = control(checklist, 'rgpd', 1);
    expect(c.outcome).toBe('objection');
    expect(c.problems).toEqual([{ label: labelOf('aipd'), status: 'review', messages: ['AIPD en cours.'] }]);
    expect(c.passing).not.toContain(labelOf('aipd'));
    expect(buildPrecheck(checklist).find((f) => f.id === 'rgpd')!.outcome).toBe('objection');
  });

  it('calls a control incomplete where an item is "à faire", even beside an objection', () => {
    const checklist = withStatus({ aipd: ['review', [finding('AIPD en cours.')]], registre: ['todo', [finding('Inscrivez le traitement.')]] });
    expect(control(checklist, 'rgpd', 1).outcome).toBe('todo');
    expect(control(checklist, 'rgpd', 1).problems.map((p) => p.status)).toEqual(['review', 'todo']);
    expect(buildPrecheck(checklist).find((f) => f.id === 'rgpd')!.outcome).toBe('todo');
    expect(buildPrecheck(checklist).find((f) => f.id === 'ssi')!.outcome).toBe('passes');
  });

  it('leaves out of its outcome the items that do not apply, unless none does', () => {
    const some = withStatus({ franceconnect: ['not-applicable'] });
    expect(control(some, 'reglementaire', 0).outcome).toBe('passes');
    expect(control(some, 'reglementaire', 0).passing).not.toContain(labelOf('franceconnect'));
    const none = withStatus({ homologation: ['not-applicable'] });
    expect(control(none, 'ssi', 0)).toMatchObject({ outcome: 'not-applicable', passing: [], problems: [] });
    expect(buildPrecheck(none).find((f) => f.id === 'ssi')!.outcome).toBe('passes');
  });

  it('needs every item it rests on in the checklist', () => {
    expect(() => buildPrecheck(ready.filter((i) => i.id !== 'recette'))).toThrow('the checklist item recette');
  });

  it('calls a control and a family where no item applies "non concerné", not passed', () => {
    const checklist = buildVerdict(completeCantineDossier(), TODAY).checklist.map((i) => ({ ...i, status: 'not-applicable' as const }));
    for (const family of buildPrecheck(checklist)) {
      expect(family.outcome, family.id).toBe('not-applicable');
      for (const control of family.controls) expect(control.outcome, control.label).toBe('not-applicable');
    }
  });
});
