import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fixToday } from './helpers';

/**
 * Typed as a hurried user types, stored as a browser stores: nothing breaks a dossier. Dates are
 * typed on the keyboard one key at a time (the field holds 0002-…, 0020-…, 0202-… on the way),
 * and every stored value is corrupted in turn.
 */
test.beforeEach(async ({ page }) => fixToday(page));

const EXAMPLE = 'examples/cantine-commune-tranches-qf.json';
const KEY_PREFIX = 'habilitation-impot-particulier/dossier/';
const BROKEN_PAGE = 'Cette page n’a pas pu s’afficher';

async function importExample(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByLabel('Importer un fichier (.json)').setInputFiles(EXAMPLE);
  await expect(page.getByText(/a été importé/).first()).toBeVisible();
}

/**
 * The order of a date field's segments follows the browser's own language, not the page's: a
 * French Chromium reads day, month, year; this machine's English one reads month first. Asked
 * once, on a scratch field, so that the keys below are those a user of this browser types.
 */
async function monthComesFirst(page: Page): Promise<boolean> {
  const probe = await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'date';
    input.id = 'sonde-date';
    input.value = '2000-01-01';
    document.body.prepend(input);
    return input.id;
  });
  await page.locator(`#${probe}`).click({ position: { x: 12, y: 10 } });
  await page.keyboard.press('0');
  await page.keyboard.press('2');
  const value = await page.locator(`#${probe}`).inputValue();
  await page.evaluate((id) => document.getElementById(id)?.remove(), probe);
  return value === '2000-02-01';
}

let monthFirst: boolean | null = null;

/** Clicks the field's first segment and types day, month and year one key at a time. */
async function typeDateKeys(page: Page, label: string | RegExp, dayMonthYear: string): Promise<void> {
  monthFirst ??= await monthComesFirst(page);
  const keys = monthFirst ? dayMonthYear.slice(2, 4) + dayMonthYear.slice(0, 2) + dayMonthYear.slice(4) : dayMonthYear;
  const field = page.getByLabel(label, { exact: typeof label === 'string' });
  await field.click({ position: { x: 12, y: 10 } });
  for (const key of keys) {
    await page.keyboard.press(key);
    await expect(page.getByRole('heading', { name: BROKEN_PAGE })).toHaveCount(0);
  }
}

const DATE_FIELDS: { step: string; title: string; labels: (string | RegExp)[] }[] = [
  { step: 'methode', title: 'Méthode de calcul et calendrier', labels: ['Début des inscriptions ou des demandes', 'Fin'] },
  { step: 'cadre-juridique', title: 'Cadre juridique', labels: ['Date de la délibération'] },
  {
    step: 'securite',
    title: 'Sécurité et volumétrie',
    labels: ["Date de début de l'homologation", "Date de fin de l'homologation", 'Date prévue de mise en production'],
  },
];

test('every date typed one key at a time, a five-digit year included, then a reload: the dossier opens', async ({ page }, testInfo) => {
  await importExample(page);
  for (const { step, title, labels } of DATE_FIELDS) {
    await page.goto(`./#/dossiers/exemple-cantine/${step}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    for (const label of labels) {
      // A year typed too long: the field holds 20271-05-15, which is never stored.
      await typeDateKeys(page, label, '150520271');
      await expect(page.getByText('Dernière modification non enregistrée : un champ est à corriger')).toBeVisible();
      await typeDateKeys(page, label, '15052027');
      await expect(page.getByLabel(label, { exact: typeof label === 'string' })).toHaveValue('2027-05-15');
    }
    if (step === 'methode') await page.screenshot({ path: testInfo.outputPath('methode-apres-saisie.png'), fullPage: true });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    for (const label of labels) await expect(page.getByLabel(label, { exact: typeof label === 'string' })).toHaveValue('2027-05-15');
  }
  // A half-typed year left as it is: the field says so, and what is stored is the last whole
  // date, the new day and month with the year as it was.
  await page.goto('./#/dossiers/exemple-cantine/methode');
  await typeDateKeys(page, 'Début des inscriptions ou des demandes', '0106202');
  await expect(page.getByText(/^Date incomplète ou impossible/).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('annee-en-cours-de-saisie.png'), fullPage: true });
  await page.reload();
  await expect(page.getByLabel('Début des inscriptions ou des demandes')).toHaveValue('2027-06-01');
});

test('a text past its limit is named as it is typed, and a reload brings back the last version that loads', async ({ page }, testInfo) => {
  await importExample(page);
  await page.goto('./#/dossiers/exemple-cantine/organisation');
  const name = page.getByLabel("Nom de l'organisation");
  await name.fill('N'.repeat(312));
  await expect(page.getByText('300 caractères au plus : 12 de trop.').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('limite-depassee.png'), fullPage: true });
  await page.reload();
  await expect(page.getByLabel("Nom de l'organisation")).toHaveValue('Commune de Saint-Exemple');
});

/** Every leaf of a JSON value, with its path. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [path];
}

/** A value of the wrong kind for that place: what a damaged file or an old bug leaves. */
function corrupt(value: unknown): unknown {
  if (typeof value === 'string') return value === '' ? { vide: true } : 42;
  if (typeof value === 'boolean') return 'oui';
  return 'pas un nombre';
}

test('each stored value corrupted in turn: the home page lists every dossier and each corrupt one opens on its repair page', async ({ page }, testInfo) => {
  const example = JSON.parse(await readFile(EXAMPLE, 'utf8')) as Record<string, unknown>;
  const paths = leaves(example).filter((p) => p[0] !== 'format' && p[0] !== 'schemaVersion' && p[0] !== 'id');
  const stored: Record<string, string> = { [`${KEY_PREFIX}sain`]: JSON.stringify({ ...example, id: 'sain', title: 'Dossier sain' }) };
  paths.forEach((path, i) => {
    const copy = structuredClone(example) as Record<string | number, unknown>;
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path.at(-1)!] = corrupt(node[path.at(-1)!]);
    const id = `abime-${i}`;
    if (path[0] !== 'title') copy.title = `Abîmé ${path.join('.')}`;
    stored[KEY_PREFIX + id] = JSON.stringify({ ...copy, id });
  });
  await page.goto('./');
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, stored);
  await page.reload();
  await expect(page.locator('.dossier-card')).toHaveCount(paths.length + 1);
  await expect(page.getByRole('link', { name: 'Dossier sain' })).toBeVisible();

  for (let i = 0; i < paths.length; i++) {
    await page.goto(`./#/dossiers/abime-${i}/organisation`);
    await expect(page.getByRole('heading', { level: 1, name: 'Ce dossier doit être réparé pour s’ouvrir' }), `value ${paths[i]!.join('.')}`).toBeVisible();
    if (i === 0) await page.screenshot({ path: testInfo.outputPath('reparation.png'), fullPage: true });
  }
  // Dropping every unreadable value opens the dossier.
  await page.goto('./#/dossiers/abime-0/organisation');
  for (const choice of await page.getByRole('radio', { name: /^Retirer/ }).all()) await choice.check();
  await page.getByRole('button', { name: 'Enregistrer le dossier réparé et l’ouvrir' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisation et parcours' })).toBeVisible();
});
