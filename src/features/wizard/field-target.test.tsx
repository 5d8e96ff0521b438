// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, screen } from '@testing-library/react';
import { SCOPE_GROUPS, SCOPE_KEYS } from '../../domain/catalogue/scopes';
import { dossierSchema, SECTION_KEYS, type Dossier } from '../../domain/dossier/model';
import { readDossierText } from '../../domain/dossier/read-dossier';
import { STEPS, type StepId } from '../../domain/steps';
import { summariseDossier } from '../../domain/summary';
import { validateSection } from '../../domain/validation/validate';
import { buildVerdict } from '../../domain/verdict';
import { stepOfSection } from '../../domain/verdict/finding';
import { focusById } from '../../ui/field-id';
import { renderStep } from '../../../test/ui/render-app';
import { fieldTargetId, YEARS_GROUP_ID } from './field-target';

/**
 * Every link to a field lands on it: for every issue the steps' validation produces on the
 * examples broken at random, and for every row of the synthesis's answers, the id the links
 * use names an element of the step's page that takes the focus.
 */

const today = '2026-12-02';
// jsdom gives modules an http: address: the examples are found from the project's root.
const examplesDir = join(process.cwd(), 'examples');
const examples: Dossier[] = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const read = readDossierText(readFileSync(join(examplesDir, f), 'utf8'));
    if (!read.ok) throw new Error(`${f}: ${read.message}`);
    return read.dossier;
  });

const SECTION_STEPS = STEPS.filter((s) => s.section !== null);

type Place = (string | number)[];

function leaves(value: unknown, path: Place = []): Place[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [path];
}

function setIn(target: unknown, path: Place, value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
}

function getIn(target: unknown, path: Place): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], target);
}

const sectionLeaves = (d: Dossier) => SECTION_KEYS.flatMap((key) => leaves(d[key], [key]));
/** What the examples hold at a place, so that a choice is changed for another real one. */
const valuesSeen = (path: Place) => [...new Set(examples.map((e) => getIn(e, path)).filter((v) => typeof v === 'string'))] as string[];
const TEXTS = [
  '',
  'x',
  '0',
  '-3',
  '12',
  '48',
  '1e3',
  '500',
  'un euro',
  'prenom@',
  '01 23',
  '2020-01-01',
  '2031-06-30',
  '1949-05-15',
  'Une justification assez longue pour être lue.',
];

/** An example with a few answers changed, tranches and data included; only storable dossiers. */
function broken(example: Dossier): fc.Arbitrary<Dossier> {
  // `initialised` false is a step never opened: opening it ticks the minimum afresh.
  const places = sectionLeaves(example).filter((p) => p.join('.') !== 'data.initialised');
  const edit = fc.constantFrom(...places).chain<{ path: Place; value: unknown }>((path) => {
    const current = getIn(example, path);
    if (typeof current === 'boolean') return fc.constant({ path, value: !current });
    return fc.constantFrom(...TEXTS, ...valuesSeen(path)).map((value) => ({ path, value }));
  });
  return fc
    .tuple(fc.array(edit, { minLength: 1, maxLength: 5 }), fc.option(fc.subarray([...SCOPE_KEYS], { maxLength: 8 })), fc.integer({ min: -1, max: 2 }))
    .map(([edits, scopes, tranches]) => {
      let dossier = structuredClone(example);
      const tryChange = (change: (d: Dossier) => void) => {
        const candidate = structuredClone(dossier);
        change(candidate);
        if (dossierSchema.safeParse(candidate).success) dossier = candidate;
      };
      for (const { path, value } of edits) tryChange((d) => setIn(d, path, value));
      if (scopes) tryChange((d) => (d.data.scopes = scopes));
      if (tranches < 0) tryChange((d) => d.method.tranches.pop());
      for (let i = 0; i < tranches; i++) tryChange((d) => d.method.tranches.push({ upTo: '', price: '' }));
      return { ...dossier, visitedSteps: [] };
    });
}

/** The ids the links of one step use, for one dossier: its issues', or its answers'. */
function issueTargets(step: StepId, d: Dossier): Map<string, string> {
  const section = STEPS.find((s) => s.id === step)!.section!;
  return new Map(validateSection(section, d, today).map((i) => [fieldTargetId(step, i.path, d), `${i.path.join('.')} (${i.message})`]));
}

function answerTargets(step: StepId, d: Dossier): Map<string, string> {
  const rows = summariseDossier(d).find((s) => s.step === step)?.rows ?? [];
  return new Map(rows.map((r) => [fieldTargetId(step, r.path, d), `« ${r.label} » (${r.path.join('.')})`]));
}

/** The places of the verdict's findings (and of the other fields each involves), on this step. */
function findingTargets(step: StepId, d: Dossier): Map<string, string> {
  const places = buildVerdict(d, today).findings.flatMap((f) => [f.place, ...f.related].map((place) => ({ place, message: f.message })));
  return new Map(
    places
      .filter(({ place }) => stepOfSection(place.section) === step)
      .map(({ place, message }) => [fieldTargetId(step, place.path, d), `${place.path.join('.')} (${message})`]),
  );
}

/** Few dossiers, chosen so that together they reach every id seen: each page is drawn once. */
function coveringDossiers(step: StepId, dossiers: Dossier[], targets: (step: StepId, d: Dossier) => Map<string, string>) {
  const seen = new Set<string>();
  const chosen: { dossier: Dossier; targets: Map<string, string> }[] = [];
  for (const dossier of dossiers) {
    const found = targets(step, dossier);
    if ([...found.keys()].some((id) => !seen.has(id))) {
      chosen.push({ dossier, targets: found });
      for (const id of found.keys()) seen.add(id);
    }
  }
  return { chosen, ids: seen };
}

async function expectEachTargetFocusable(step: StepId, chosen: { dossier: Dossier; targets: Map<string, string> }[]): Promise<void> {
  for (const { dossier, targets } of chosen) {
    await renderStep(step, dossier);
    // The data step draws its last groups a moment after the first.
    if (step === 'donnees') await screen.findByRole('group', { name: SCOPE_GROUPS.at(-1)!.label });
    for (const [id, what] of targets) {
      const element = document.getElementById(id);
      expect(element, `${step} : ${what} → #${id}`).not.toBeNull();
      focusById(id);
      expect(document.activeElement, `${step} : ${what} → #${id} prend le focus`).toBe(element);
    }
    cleanup();
    localStorage.clear();
  }
}

const seed = Date.now();
const brokenDossiers = examples.flatMap((example) => [example, ...fc.sample(broken(example), { numRuns: 400, seed: seed + example.id.length })]);

describe('fieldTargetId', () => {
  const d = examples[0]!;
  it('names the field of most paths, as react-hook-form names it', () => {
    expect(fieldTargetId('personnes', ['dpd', 'email'], d)).toBe('champ-dpd-email');
    expect(fieldTargetId('personnes', 'dpd.email', d)).toBe('champ-dpd-email');
    expect(fieldTargetId('methode', ['tranches', 2, 'price'], d)).toBe('champ-tranches-2-price');
  });

  it('names a datum’s checkbox, its justification, or the first group for the data as a whole', () => {
    expect(fieldTargetId('donnees', ['scopes', 'dgfip_rfr'], d)).toBe('champ-scopes-dgfip_rfr');
    expect(fieldTargetId('donnees', ['needed', 'dgfip_rfr'], d)).toBe('champ-scopes-dgfip_rfr');
    expect(fieldTargetId('donnees', ['justifications', 'dgfip_pariso'], d)).toBe('champ-justifications-dgfip_pariso');
    expect(fieldTargetId('donnees', ['scopes'], d)).toBe(YEARS_GROUP_ID);
    expect(fieldTargetId('donnees', ['scopes', 3], d)).toBe(YEARS_GROUP_ID);
  });

  it('names the first datum a DataPass rule concerns, as the page shows it', () => {
    const both = {
      ...d,
      data: {
        ...d.data,
        scopes: ['dgfip_annee_n_moins_2', 'dgfip_annee_n_moins_2_si_indispo_n_moins_1'] as Dossier['data']['scopes'],
        hasSpecificRequirements: false,
      },
    };
    const issue = validateSection('data', both, today).find((i) => i.path[0] === 'rules');
    expect(issue).toBeDefined();
    expect(fieldTargetId('donnees', issue!.path, both)).toMatch(/^champ-scopes-dgfip_annee_n_moins_2/);
  });
});

describe('every link to a field lands on it', () => {
  it.each(SECTION_STEPS.map((s) => s.id))('%s: every issue of the broken examples', async (step) => {
    const { chosen, ids } = coveringDossiers(step, brokenDossiers, issueTargets);
    expect(ids.size, `seed ${seed}`).toBeGreaterThan(0);
    await expectEachTargetFocusable(step, chosen);
  });

  it.each(SECTION_STEPS.map((s) => s.id))('%s: every finding of the verdict', async (step) => {
    const { chosen } = coveringDossiers(step, brokenDossiers, findingTargets);
    await expectEachTargetFocusable(step, chosen);
  });

  it.each(SECTION_STEPS.map((s) => s.id))('%s: every answer of the synthesis', async (step) => {
    const { chosen } = coveringDossiers(step, brokenDossiers, answerTargets);
    await expectEachTargetFocusable(step, chosen);
  });
});
