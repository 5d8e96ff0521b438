import type { Dossier } from '../dossier/model';
import {
  CHECKLIST_CATEGORIES,
  CHECKLIST_GROUPS,
  CHECKLIST_ITEMS,
  type ChecklistCategory,
  type ChecklistGroup,
  type ChecklistItemDefinition,
  type ChecklistItemId,
} from './checklist-items';
import { startsWith, type JudgedFinding } from './finding';

/**
 * "Prêt" when nothing is left; "À faire" when an answer is missing or wrong or an action is
 * pending; "À revoir" when an instructor or a DPO would object; "Maintenu" when every such
 * objection is kept with a written reason.
 */
export type ChecklistStatus = 'ready' | 'todo' | 'review' | 'kept' | 'not-applicable';

export interface ChecklistItem {
  id: ChecklistItemId;
  category: ChecklistCategory;
  group: ChecklistGroup | null;
  label: string;
  /** A precision under the label (the chosen option, why it does not apply…). */
  detail: string | null;
  status: ChecklistStatus;
  /** What keeps the item from being ready, "À faire" first. */
  findings: readonly JudgedFinding[];
}

function claims(item: ChecklistItemDefinition, finding: JudgedFinding): boolean {
  if (item.section !== finding.place.section || item.covers === 'rest') return false;
  return item.covers.some((prefix) => startsWith(finding.place.path, prefix));
}

/** The items each finding belongs to: those naming its field, or else its step's "rest" item. */
export function itemsOf(finding: JudgedFinding): ChecklistItemDefinition[] {
  const named = CHECKLIST_ITEMS.filter((item) => claims(item, finding));
  if (named.length > 0) return named;
  return CHECKLIST_ITEMS.filter((item) => item.section === finding.place.section && item.covers === 'rest');
}

function statusOf(findings: readonly JudgedFinding[]): ChecklistStatus {
  if (findings.some((f) => f.level === 'todo')) return 'todo';
  if (findings.some((f) => f.keptReason === null)) return 'review';
  return 'kept';
}

export function buildChecklist(dossier: Dossier, findings: readonly JudgedFinding[]): ChecklistItem[] {
  const byItem = new Map<string, JudgedFinding[]>();
  for (const finding of findings) for (const item of itemsOf(finding)) byItem.set(item.id, [...(byItem.get(item.id) ?? []), finding]);

  return CHECKLIST_ITEMS.map((item) => {
    const own = [...(byItem.get(item.id) ?? [])].sort((a, b) => (a.level === b.level ? 0 : a.level === 'todo' ? -1 : 1));
    const base = { id: item.id, category: item.category, group: item.group ?? null, label: item.label, findings: own };
    const applies = item.applies ? item.applies(dossier) : true;
    // A wrong value is reported even where the item does not apply: it is still in the dossier.
    if (own.length === 0 && applies !== true) return { ...base, status: 'not-applicable', detail: applies };
    const detail = item.detail?.(dossier) ?? null;
    return { ...base, status: own.length === 0 ? 'ready' : statusOf(own), detail };
  });
}

/** An item, or a parent item of the DGFiP's sheet with its own items under it. */
export type ChecklistEntry =
  { kind: 'item'; item: ChecklistItem } | { kind: 'group'; id: ChecklistGroup; label: string; status: ChecklistStatus; items: ChecklistItem[] };

export interface ChecklistPart {
  id: ChecklistCategory;
  label: string;
  subheading: string | null;
  entries: ChecklistEntry[];
}

const STATUS_ORDER: readonly ChecklistStatus[] = ['todo', 'review', 'kept', 'ready', 'not-applicable'];

/** A parent item is as far from ready as its least ready item. */
export function groupStatus(items: readonly ChecklistItem[]): ChecklistStatus {
  return STATUS_ORDER.find((status) => items.some((i) => i.status === status)) ?? 'not-applicable';
}

/** The checklist as the DGFiP's sheet lays it out: its parts, in order, parents over their items. */
export function layChecklist(items: readonly ChecklistItem[]): ChecklistPart[] {
  return CHECKLIST_CATEGORIES.map((category) => {
    const entries: ChecklistEntry[] = [];
    for (const item of items.filter((i) => i.category === category.id)) {
      if (!item.group) {
        entries.push({ kind: 'item', item });
        continue;
      }
      // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, the sheet has a single parent item (contacts) and an item entry has no id, so any group found is the item's own.
      const existing = entries.find((e) => e.kind === 'group' && e.id === item.group);
      if (existing?.kind === 'group') existing.items.push(item);
      // Stryker disable next-line StringLiteral: equivalent, every group's status is computed from its items just below, overwriting this placeholder.
      else entries.push({ kind: 'group', id: item.group, label: CHECKLIST_GROUPS[item.group], status: 'ready', items: [item] });
    }
    for (const entry of entries) if (entry.kind === 'group') entry.status = groupStatus(entry.items);
    return { id: category.id as ChecklistCategory, label: category.label, subheading: category.subheading ?? null, entries };
  });
}
