import { describe, expect, it } from 'vitest';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { buildChecklist, groupStatus, itemsOf } from './checklist';
import type { JudgedFinding, Place } from './finding';

const cantine = completeCantineDossier();
let count = 0;
/** A finding as the verdict judges it, on a field of a step. */
function finding(place: Place, level: 'todo' | 'review', keptReason: string | null = null): JudgedFinding {
  count += 1;
  return {
    key: `constat-${String(count)}`,
    kind: level === 'todo' ? 'missing' : 'review',
    place,
    message: `Constat ${String(count)}`,
    related: [],
    level,
    step: 'personnes',
    keptReason,
  };
}
const dpdEmail: Place = { section: 'people', path: ['dpd', 'email'] };
const itemOf = (id: string, findings: JudgedFinding[]) => buildChecklist(cantine, findings).find((i) => i.id === id)!;

describe('the checklist items', () => {
  it('give a finding only to items of its own step, even where another step has a field of that name', () => {
    const ids = itemsOf(finding({ section: 'gdpr', path: ['dpd', 'email'] }, 'todo')).map((i) => i.id);
    expect(ids).not.toContain('dpd');
    expect(itemsOf(finding(dpdEmail, 'todo')).map((i) => i.id)).toEqual(['dpd']);
  });

  it('stay "À revoir" while one of their points is not kept, even if another is', () => {
    const kept = finding(dpdEmail, 'review', 'Une raison écrite assez longue.');
    const open = finding(dpdEmail, 'review');
    expect(itemOf('dpd', [kept, open]).status).toBe('review');
    expect(itemOf('dpd', [open, kept]).status).toBe('review');
    expect(itemOf('dpd', [kept]).status).toBe('kept');
  });

  it('list what is "À faire" before what is "À revoir", whatever the order found', () => {
    const review1 = finding(dpdEmail, 'review');
    const todo = finding(dpdEmail, 'todo');
    const review2 = finding(dpdEmail, 'review');
    expect(itemOf('dpd', [review1, todo, review2]).findings).toEqual([todo, review1, review2]);
    expect(itemOf('dpd', [todo, review1]).findings).toEqual([todo, review1]);
    expect(itemOf('dpd', [review1, review2]).findings).toEqual([review1, review2]);
  });

  it('report a finding on an item that does not apply to the dossier instead of calling it "non concerné"', () => {
    // The cantine dossier's request goes through its éditeur: the acceptance test does not apply to it.
    expect(itemOf('recette', []).status).toBe('not-applicable');
    const wrong = finding({ section: 'security', path: ['acceptanceDone'] }, 'todo');
    expect(itemOf('recette', [wrong])).toMatchObject({ status: 'todo', findings: [wrong] });
  });

  it('make a parent item with no items under it "non concerné"', () => {
    expect(groupStatus([])).toBe('not-applicable');
  });
});
