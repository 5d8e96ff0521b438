import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fieldId } from '../../src/ui/field-id';
import { readPdf } from '../documents/read-pdf';
import { expectNoAxeViolations, fixToday } from './helpers';
import type { Dossier } from '../../src/domain/dossier/model';

/**
 * "Prêt" is said only of a request an instructor would accept. The cantine example is ready;
 * each single change an instructor would send back makes the banner, the step list and the PDF
 * stop saying so, and the item's link lands on the field to change.
 */
test.beforeEach(async ({ page }) => fixToday(page));

const EXAMPLE = JSON.parse(await readFile('examples/cantine-commune-tranches-qf.json', 'utf8')) as Dossier;
const READY = 'Votre dossier est prêt';

async function openVariant(page: Page, name: string, change: (d: typeof EXAMPLE) => void): Promise<void> {
  const dossier = structuredClone(EXAMPLE);
  dossier.id = `verdict-${name}`;
  dossier.title = `Cantine – ${name}`;
  change(dossier);
  await page.goto('./');
  await page
    .getByLabel('Importer un fichier (.json)')
    .setInputFiles({ name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(dossier)) });
  await page.getByRole('link', { name: /Ouvrir le dossier importé/ }).click();
  await page.getByRole('link', { name: /Synthèse/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Synthèse' })).toBeVisible();
}

async function checklistPdfText(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Liste de contrôle/ }).click();
  const file = await download;
  const pdf = await readPdf(new Uint8Array(await readFile(await file.path())));
  return pdf.pages
    .map((p) => p.text)
    .join(' ')
    .replace(/\s+/g, ' ');
}

const stepBadge = (page: Page, title: string) => page.getByRole('navigation', { name: 'Étapes de la demande' }).getByRole('link', { name: new RegExp(title) });

test('the cantine example is ready, on the synthesis, in the step list and in the PDF', async ({ page }) => {
  await openVariant(page, 'exemple', () => {});
  await expect(page.getByText(READY)).toBeVisible();
  await expect(stepBadge(page, 'Synthèse')).toContainText('Terminée');
  expect(await checklistPdfText(page)).toContain('Rien ne reste à faire ni à revoir');
});

const CHANGES: {
  name: string;
  change: (d: typeof EXAMPLE) => void;
  item: string;
  link: RegExp;
  field: (string | number)[];
  step: string;
  stepShows: RegExp;
}[] = [
  {
    name: 'siret-faux',
    change: (d) => (d.organisation.siret = '21990001200011'),
    item: "L'organisation qui demande l'accès est identifiée (nom et SIRET)",
    link: /^Compléter/,
    field: ['siret'],
    step: 'Organisation et parcours',
    stepShows: /À corriger/,
  },
  {
    name: 'dpd-responsable',
    change: (d) => (d.people.dpd = { ...d.people.responsableTraitement }),
    item: 'Délégué à la protection des données (DPD)',
    link: /^Revoir/,
    field: ['dpd', 'familyName'],
    step: 'Personnes impliquées',
    stepShows: /1 point à revoir/,
  },
  {
    name: 'aipd-en-cours',
    change: (d) => (d.gdpr.dpia = 'en-cours'),
    item: "L'analyse d'impact (AIPD) est réalisée, ou son absence justifiée",
    link: /^Revoir/,
    field: ['dpia'],
    step: 'Traitement des données personnelles',
    stepShows: /1 point à revoir/,
  },
  {
    name: 'homologation-expiree',
    change: (d) => (d.security.endDate = '2027-03-31'),
    item: 'Une homologation de sécurité ou un questionnaire de sécurité valide est prêt',
    link: /^Revoir/,
    field: ['endDate'],
    step: 'Sécurité et volumétrie',
    stepShows: /point.? à revoir/,
  },
  {
    name: 'mise-en-production-tardive',
    change: (d) => (d.security.plannedProductionDate = '2027-05-20'),
    item: 'La date de mise en production est prévue',
    link: /^Revoir/,
    field: ['plannedProductionDate'],
    step: 'Sécurité et volumétrie',
    stepShows: /1 point à revoir/,
  },
  {
    name: 'seance-apres-campagne',
    change: (d) => {
      d.legal = {
        ...d.legal,
        deliberationStatus: 'a-adopter',
        deliberationDate: '',
        deliberationNumber: '',
        deliberationUrl: '',
        deliberationListsData: '',
        plannedSessionDate: '2027-05-20',
      };
    },
    item: "Le cadre juridique est précisé : article L. 114-8 du CRPA et délibération, ou texte autorisant l'accès",
    link: /^Compléter/,
    field: ['plannedSessionDate'],
    step: 'Cadre juridique',
    stepShows: /À corriger/,
  },
];

for (const { name, change, item, link, field, step, stepShows } of CHANGES) {
  test(`${name}: no longer "prêt", and the item leads to the field`, async ({ page }) => {
    await openVariant(page, name, change);
    await expect(page.getByText(READY)).toHaveCount(0);
    await expect(stepBadge(page, 'Synthèse')).not.toContainText('Terminée');
    await expect(stepBadge(page, step)).toContainText(stepShows);
    const pdf = await checklistPdfText(page);
    expect(pdf).not.toContain('Rien ne reste à faire');
    expect(pdf).toMatch(/À faire|À revoir/);

    const entry = page.locator('.checklist-label').getByText(item, { exact: true }).locator('xpath=ancestor::li[1]');
    await expect(entry.locator('.badge')).toHaveText(/À faire|À revoir/);
    await entry.getByRole('link', { name: link }).first().click();
    await expect(page.locator(`#${fieldId(field)}`)).toBeFocused();
  });
}

test('a point kept with a reason lets the dossier be ready, the reason shown', async ({ page }) => {
  await openVariant(page, 'aipd-maintenue', (d) => (d.gdpr.dpia = 'en-cours'));
  await expect(page.getByText('Presque prêt : 1 point à revoir')).toBeVisible();
  await page.getByText('Maintenir ce point tel quel, en expliquant pourquoi').click();
  await page.getByRole('button', { name: 'Maintenir ce point' }).click();
  await expect(page.getByText(/au moins 20 caractères/)).toBeVisible();
  await expectNoAxeViolations(page, 'synthèse, raison trop courte');
  await page.getByLabel('Pourquoi le maintenir ?').fill('Le DPD a validé le calendrier : conclusions attendues le 15 janvier.');
  await page.getByRole('button', { name: 'Maintenir ce point' }).click();
  await expect(page.getByText(READY)).toBeVisible();
  expect(await checklistPdfText(page)).toContain('Maintenu par la collectivité, pour cette raison : Le DPD a validé le calendrier');
  await expectNoAxeViolations(page, 'synthèse, point maintenu');
});
