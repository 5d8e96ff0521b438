import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, fixToday, goHome, pageScreenshot } from './helpers';

/**
 * A software vendor's model, from both sides: the vendor exports it from a dossier it filled, a
 * collectivité starts its own dossier from the file, changes one of the vendor's answers, and
 * the synthesis tells the vendor what changed; all of it kept after a reload.
 */
test.beforeEach(async ({ page }) => fixToday(page));

// The "ready offline" notice of the service worker floats over the page; this journey is not about it.
test.use({ serviceWorkers: 'block' });

const VENDOR = 'Logiciels Famille SA';
const PROVIDED_EMAIL = 'hugo.leroy@logiciels-famille.fr';
const OWN_EMAIL = 'dsi@saint-exemple.fr';

/** Another step, from the list of steps, as a user goes there. */
async function openStep(page: Page, number: number, title: string): Promise<void> {
  const steps = page.getByRole('navigation', { name: 'Étapes de la demande' });
  await steps.getByRole('link', { name: new RegExp(`^Étape ${number} : ${title}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('a vendor exports its model, a collectivité starts from it, changes one answer, and the synthesis tells the vendor', async ({ page }, testInfo) => {
  // The vendor: its own dossier (here the cantine example), then its space.
  await page.goto('./');
  await page.getByLabel('Importer un fichier (.json)').setInputFiles('examples/cantine-commune-tranches-qf.json');
  await expect(page.getByText(/a été importé/).first()).toBeVisible();
  await page.getByRole('link', { name: /^Espace éditeur/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Espace éditeur : le modèle de vos collectivités' })).toBeVisible();
  await expect(page).toHaveTitle(/^Espace éditeur – /);

  await page.getByLabel('Le dossier où vous avez rempli vos réponses').selectOption({ label: 'Cantine scolaire – Commune de Saint-Exemple' });
  const preview = page.getByRole('region', { name: 'Ce que votre modèle fournira à chaque collectivité' });
  await expect(preview.locator('.answers-row', { hasText: 'Responsable technique › Adresse e-mail' })).toContainText(PROVIDED_EMAIL);
  const name = page.getByLabel('Nom de votre société (éditeur)');
  await name.clear();
  await name.pressSequentially(VENDOR);
  // The dossier's own method comes ticked, with the data it needs: the vendor keeps it.
  await expect(page.getByLabel('Tranches de quotient familial', { exact: true })).toBeChecked();
  await expectNoAxeViolations(page, 'espace éditeur');
  await pageScreenshot(page, 'docs/screenshots/15-espace-editeur.png');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le modèle (.json)' }).click()]);
  expect(download.suggestedFilename()).toBe('modele-editeur-logiciels-famille-sa.json');
  const modelPath = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(modelPath);
  await expect(page.getByRole('status')).toContainText('Votre modèle est téléchargé (modele-editeur-logiciels-famille-sa.json)');
  const model = JSON.parse(await readFile(modelPath, 'utf8')) as Record<string, unknown>;
  // The file's documented format (docs/vendor-model-format.md), written as a vendor reads it.
  expect(model).toMatchObject({
    format: 'modele-editeur-habilitation-api-impot-particulier',
    version: 1,
    vendorName: VENDOR,
    methods: [{ id: 'tranches-qf', scopes: ['dgfip_nbpart', 'dgfip_rfr'] }],
    provided: { people: { contactTechnique: { email: PROVIDED_EMAIL, side: 'editeur' } } },
  });

  // The collectivité: a dossier from the file, the vendor's answers marked as such.
  await goHome(page);
  await page.getByLabel('Commencer à partir du modèle de votre éditeur (.json)').setInputFiles(modelPath);
  await expect(page.getByRole('heading', { level: 1, name: 'Organisation et parcours' })).toBeVisible();
  await openStep(page, 7, 'Personnes impliquées');
  const technical = page.getByRole('group', { name: 'Responsable technique', exact: true });
  const email = technical.getByLabel('Adresse e-mail', { exact: true });
  await expect(email).toHaveValue(PROVIDED_EMAIL);
  await expect(email).toHaveAccessibleDescription(/^Fourni par votre éditeur/);

  // It puts its own service's address instead, as a user types it.
  await email.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(OWN_EMAIL);
  await page.keyboard.press('Tab');
  await expect(email).toHaveAccessibleDescription(new RegExp(`^Modifié par vous.*« ${PROVIDED_EMAIL} »`));
  await expect(technical.getByLabel('Téléphone', { exact: true })).toHaveAccessibleDescription(/^Fourni par votre éditeur/);
  await expectNoAxeViolations(page, 'personnes impliquées, une réponse de l’éditeur modifiée');

  const checkSynthesis = async () => {
    const section = page.getByRole('region', { name: 'Le modèle de votre éditeur' });
    await expect(section).toContainText(`modèle de ${VENDOR}, exporté le 2 décembre 2026`);
    await expect(section).toContainText('Vous avez modifié une réponse fournie par votre éditeur');
    const row = section.locator('.answers-row', { hasText: 'Responsable technique › Adresse e-mail' });
    await expect(row).toContainText(`Fourni par votre éditeur : ${PROVIDED_EMAIL}`);
    await expect(row).toContainText(`Dans votre dossier : ${OWN_EMAIL}`);
    await expect(section.locator('.answers-row')).toHaveCount(1);
  };
  await openStep(page, 9, 'Synthèse');
  await checkSynthesis();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Synthèse' })).toBeVisible();
  await checkSynthesis();
  await openStep(page, 7, 'Personnes impliquées');
  await expect(email).toHaveValue(OWN_EMAIL);
  await expect(email).toHaveAccessibleDescription(/^Modifié par vous/);
  await expect(technical.getByLabel('Prénom', { exact: true })).toHaveAccessibleDescription(/^Fourni par votre éditeur/);
});

test('a file that is not a vendor’s model is refused beside the control, and no dossier is created', async ({ page }) => {
  await page.goto('./');
  const control = page.getByLabel('Commencer à partir du modèle de votre éditeur (.json)');
  // A dossier sent instead of the model: the likeliest mistake.
  await control.setInputFiles('examples/cantine-commune-tranches-qf.json');
  await expect(page.getByRole('alert')).toHaveText(/Ce fichier est un dossier, pas un modèle d'éditeur/);
  await expect(control).toHaveAccessibleDescription(/Ce fichier est un dossier, pas un modèle d'éditeur/);
  await control.setInputFiles({ name: 'modele.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "modele-editeur", "version": 1') });
  await expect(control).toHaveAccessibleDescription(/Ce fichier n'est pas un modèle d'éditeur : son contenu n'est pas du JSON lisible/);
  await expect(control).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('heading', { level: 1, name: "Préparer votre demande d'accès à l'API Impôt particulier" })).toBeVisible();
  await page.reload();
  await expect(page.getByText("Aucun dossier pour l'instant.")).toBeVisible();
});
