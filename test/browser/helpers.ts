import { expect, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { SCOPE_GROUPS } from '../../src/domain/catalogue/scopes';

/**
 * The day every browser test lives on, whatever the real date: the app reads the clock for the
 * income year, the campaign it expects, the taxation switch of late July, so the tests give the
 * browser this one (see `fixToday`) and compute their dates from it. The unit and component
 * tests live on the same day (test/setup.ts).
 */
export const TODAY = '2026-12-02';
const SIMULATED_NOW = new Date(`${TODAY}T10:00:00+01:00`);

const clockedContexts = new WeakSet<BrowserContext>();

/**
 * Sets the clock of every page of this page's browser context to TODAY, 10:00 in Paris, from
 * where it runs on at the real pace. Call it before the first `page.goto`: the app reads the
 * day once, when a dossier opens. Calling it again does not set the clock back.
 */
export async function fixToday(page: Page): Promise<void> {
  const context = page.context();
  if (clockedContexts.has(context)) return;
  clockedContexts.add(context);
  await context.clock.install({ time: SIMULATED_NOW });
}

/** A date `days` from TODAY, as an <input type="date"> value. */
export function isoInDays(days: number): string {
  const date = new Date(`${TODAY}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The next May–June registration campaign, entirely before the July tax switch. */
export function nextSpringCampaign(): { start: string; end: string; year: number } {
  const year = Number(TODAY.slice(0, 4)) + 1;
  return { start: `${year}-05-15`, end: `${year}-06-30`, year };
}

export async function expectNoAxeViolations(page: Page, context: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${context}`).toEqual([]);
}

export async function continueToNextStep(page: Page, nextTitle: string): Promise<void> {
  await page.getByRole('button', { name: /^Continuer/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: nextTitle })).toBeVisible();
}

/** Opens the app on TODAY (see `fixToday`) and starts a new dossier. */
export async function startNewDossier(page: Page): Promise<void> {
  await fixToday(page);
  await page.goto('./');
  await page.getByRole('button', { name: 'Commencer une nouvelle demande' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisation et parcours' })).toBeVisible();
}

/** Fills every step of a commune's cantine dossier with QF tranches, as a user would. */
export async function fillCantineDossier(page: Page): Promise<void> {
  const campaign = nextSpringCampaign();

  await page.getByLabel("Type d'organisation").selectOption({ label: 'Commune' });
  await expect(page.getByText('Votre organisation est éligible')).toBeVisible();
  await page.getByLabel("Nom de l'organisation").fill('Commune de Saint-Exemple');
  await page.getByLabel('Numéro SIRET').fill('219 900 012 00010');
  await page.getByLabel('Un éditeur de logiciel qui a déjà validé son raccordement en bac à sable').check();
  await page.getByLabel("Nom de l'éditeur").fill('Logiciels Famille SA');
  await page.getByLabel('Je connais le coût de ce raccordement.').check();
  await expect(page.getByText('Votre parcours : Formulaire « avec éditeur », directement en production')).toBeVisible();
  await page.getByLabel('Via le numéro fiscal (SPI)').check();
  await continueToNextStep(page, "Cas d'usage");

  await page.getByLabel('Cantine scolaire').check();
  await expect(page.getByLabel('Nom du projet')).toHaveValue('Dites-le-nous une fois – Cantine scolaire');
  await page
    .getByLabel('Description de la démarche')
    .fill(
      "Calcul automatique du tarif de la restauration scolaire des écoles publiques, à partir du quotient familial, sans demander l'avis d'imposition aux familles lors de l'inscription sur le portail famille.",
    );
  await page.getByLabel("Nombre de démarches ou dossiers traités dans l'année (facultatif)").fill('1200');
  await continueToNextStep(page, 'Méthode de calcul et calendrier');

  await page.getByLabel(/^Tranches de quotient familial/).check();
  await page.getByLabel('Limite haute du QF de la tranche 1').fill('500');
  await page.getByLabel('Tarif de la tranche 1').fill('1');
  await page.getByLabel('Limite haute du QF de la tranche 2').fill('900');
  await page.getByLabel('Tarif de la tranche 2').fill('2,40');
  await page.getByLabel('Tarif de la tranche 3').fill('4,80');
  await expect(page.locator('.preview-result')).toContainText('Tarif : 2,40');
  await page.getByLabel('Début des inscriptions ou des demandes').fill(campaign.start);
  await page.getByLabel('Fin', { exact: true }).fill(campaign.end);
  await expect(page.getByText('Année conseillée : Avant-dernière année de revenu (N-2)')).toBeVisible();
  await continueToNextStep(page, 'Les données');

  // The data step draws its last groups a moment after the first ones, which moves the button:
  // a click aimed at it while it moves may land elsewhere.
  await expect(page.getByRole('group', { name: SCOPE_GROUPS.at(-1)!.label, exact: true })).toBeVisible();
  await continueToNextStep(page, 'Cadre juridique');

  await page.getByLabel('Une délibération tarifaire existe déjà').check();
  await page.getByLabel('Date de la délibération').fill(isoInDays(-160));
  await page.getByLabel('Numéro', { exact: true }).fill('2026-045');
  await page.getByLabel('Adresse web de la délibération (facultatif)').fill('https://www.saint-exemple.fr/deliberations/2026-045.pdf');
  await page.getByRole('group', { name: 'Cette délibération cite-t-elle chaque donnée demandée et sa finalité ?' }).getByLabel('Oui').check();
  await continueToNextStep(page, 'Traitement des données personnelles');

  await expect(page.getByLabel('Destinataires des données')).toHaveValue('Agents instructeurs des demandes de restauration scolaire');
  await page.getByLabel('Durée de conservation des données (en mois)').fill('24');
  await page.getByLabel(/^Information de l'usager avant l'échange/).check();
  await page.getByLabel("Où l'usager est-il informé ?").fill("Page d'inscription du portail famille, avant la saisie du numéro fiscal");
  await page.getByLabel(/peuvent toujours déposer leur avis d'imposition/).check();
  await page.getByLabel(/Le tarif maximum s’applique/).check();
  await page.getByLabel("L'analyse d'impact n'est pas nécessaire").check();
  await page
    .getByLabel("Pourquoi n'est-elle pas nécessaire ?")
    .fill('Deux données agrégées, sans profilage ni décision défavorable automatisée : le DPD a écarté l’analyse par écrit.');
  await page.getByLabel(/inscrit au registre des activités de traitement/).check();
  await page.getByLabel('Le délégué à la protection des données de mon organisation est informé').check();
  await continueToNextStep(page, 'Personnes impliquées');

  const people: [string, string[]][] = [
    ['Demandeur', ['Claire', 'Martin', 'Responsable du service éducation', 'claire.martin@saint-exemple.fr', '01 23 45 67 89']],
    ['Responsable de traitement', ['Paul', 'Durand', 'Directeur général des services', 'dgs@saint-exemple.fr', '01 23 45 67 00']],
    ['Délégué à la protection des données (DPD)', ['Nadia', 'Petit', 'Déléguée mutualisée', 'dpd@agglo-exemple.fr', '+33 1 98 76 54 32']],
    ['Responsable technique', ['Hugo', 'Leroy', 'Chef de projet intégration', 'hugo.leroy@logiciels-famille.fr', '04 56 78 90 12']],
  ];
  for (const [legend, values] of people) {
    const group = page.getByRole('group', { name: legend, exact: true });
    for (const [label, value] of (['Prénom', 'Nom', 'Fonction', 'Adresse e-mail', 'Téléphone'] as const).map((l, i) => [l, values[i]!] as const)) {
      await group.getByLabel(label, { exact: true }).fill(value);
    }
  }
  await page.getByRole('group', { name: 'Le demandeur a-t-il un compte ProConnect ?' }).getByLabel('Oui').check();
  await page.getByLabel("De l'éditeur du logiciel").check();
  await page.getByLabel("L'attestation employeur pour le demandeur est remplie").check();
  await page.getByLabel("L'attestation employeur pour le responsable technique est remplie").check();
  await page.getByLabel(/Le document de désignation du demandeur/).check();
  await continueToNextStep(page, 'Sécurité et volumétrie');

  await page.getByLabel('Homologation de sécurité (organisations soumises au RGS)').check();
  await page.getByLabel("Nom de l'autorité d'homologation").fill('Jeanne Bernard');
  await page.getByLabel('Fonction', { exact: true }).fill('Maire');
  await page.getByLabel("Date de début de l'homologation").fill(isoInDays(-60));
  await page.getByLabel("Date de fin de l'homologation").fill(isoInDays(3 * 365 - 60));
  await page.getByLabel('Date prévue de mise en production').fill(isoInDays(150));
  await continueToNextStep(page, 'Synthèse');
}

/**
 * A README picture of the whole page. The viewport is first stretched to the page's height:
 * a plain full-page capture leaves blank the parts the browser skips while they are out of view
 * (`content-visibility: auto` on the data groups).
 */
export async function pageScreenshot(page: Page, path: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  for (let previous = 0, height = viewport.height; height !== previous;) {
    await page.setViewportSize({ width: viewport.width, height });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    [previous, height] = [height, Math.max(viewport.height, await page.evaluate(() => document.documentElement.scrollHeight))];
  }
  await page.screenshot({ path });
  await page.setViewportSize(viewport);
}

/**
 * Back to the dossier list by the site's name, as a user does, waiting for the list: a click in
 * a single-page app returns before the new page is drawn, and the old one's buttons would answer.
 */
export async function goHome(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Habilitation API Impôt particulier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Préparer votre demande d'accès à l'API Impôt particulier" })).toBeVisible();
}
