import { describe, expect, it } from 'vitest';
import { completeCantineDossier, reviewedCantineDossier } from '../../../../test/fixtures/dossiers';
import { HOSTILE_STRINGS } from '../../../../test/documents/hostile';
import { readPdf } from '../../../../test/documents/read-pdf';
import { plainText } from '../../../../test/documents/plain-text';
import { buildVerdict, keepReview } from '../../../domain/verdict';
import { newDossier } from '../../../domain/dossier/new-dossier';
import type { Dossier } from '../../../domain/dossier/model';
import { dossierFromModel, modelFromDossier } from '../../../domain/vendor';
import { generateChecklist } from '../generate';
import { nodeFonts, nodeTemplates } from '../node-assets';

const now = new Date('2026-11-26T10:00:00Z');
const checklist = async (d: Dossier) => readPdf((await generateChecklist(d, nodeTemplates(), await nodeFonts(), now)).bytes);
// The PDF is typeset the French way (no-break spaces, ’); the tests quote it plainly.
const allText = (pdf: Awaited<ReturnType<typeof checklist>>) => plainText(pdf.pages.map((p) => p.text).join('\n')).replace(/\s+/g, ' ');

describe('the readiness checklist PDF', () => {
  it('lists every checklist item with its status, and a summary of the dossier', async () => {
    const dossier = completeCantineDossier();
    const pdf = await checklist(dossier);
    const text = allText(pdf);
    for (const item of buildVerdict(dossier, '2026-11-26').checklist) expect(text).toContain(plainText(item.label).replace(/\s+/g, ' '));
    expect(text).toContain('Rien ne reste à faire ni à revoir');
    for (const family of ['Conformité réglementaire : conforme', 'Conformité RGPD : conforme', 'Conformité SSI : conforme']) expect(text).toContain(family);
    expect(text).toContain('Revenu fiscal de référence : Demandée');
    expect(text).toContain('Claire Martin');
    expect(pdf.title).toBe('Liste de contrôle avant le dépôt de la demande – Cantine – Saint-Exemple');
  });

  it('lists every DataPass request of the project, what it needs first and what the user recorded of it', async () => {
    const d = completeCantineDossier();
    const text = allText(
      await checklist({
        ...d,
        useCase: { ...d.useCase, id: 'creche' },
        datapassRequests: { 'impot-editeur': { number: '4521', filedOn: '2026-11-20', state: 'en-instruction' } },
      }),
    );
    expect(text).toContain('Les demandes DataPass du projet');
    expect(text).toContain('1. API Impôt particulier – avec votre éditeur');
    expect(text).toContain("D4521, déposée le 20 novembre 2026 : En cours d'instruction");
    expect(text).toContain('2. API Particulier – participation familiale en crèche');
    expect(text).toContain('À vérifier : La convention d');
    expect(text).toContain('Pas encore sur DataPass');
  });

  it('stops saying "prêt" for a point an instructor would object to, and shows the reason once it is kept', async () => {
    const d = completeCantineDossier();
    const inProgress = { ...d, gdpr: { ...d.gdpr, dpia: 'en-cours' as const } };
    const reviewText = allText(await checklist(inProgress));
    expect(reviewText).toContain('Presque prêt : 1 point à revoir, à corriger');
    expect(reviewText).toContain("L'analyse d'impact est en cours");
    expect(reviewText).toContain('Conformité RGPD : objection probable');
    expect(reviewText).not.toContain('Rien ne reste à faire');
    const finding = buildVerdict(inProgress, '2026-11-26').findings[0]!;
    const kept = keepReview(inProgress, finding, 'Le DPD a validé le calendrier : conclusions attendues le 15 janvier.');
    const keptText = allText(await checklist(kept));
    expect(keptText).toContain('Rien ne reste à faire ni à revoir');
    expect(keptText).toContain('Maintenu par la collectivité, pour cette raison : Le DPD a validé le calendrier');
  });

  it('for a dossier started from its vendor’s model, lists each vendor answer changed, with both values, and the vendor’s security documents', async () => {
    const cantine = completeCantineDossier();
    const model = modelFromDossier(cantine, {
      vendorName: 'Logiciels Famille SA',
      methods: [{ id: 'tranches-qf', scopes: ['dgfip_nbpart', 'dgfip_rfr'] }],
      securityDocuments: ['Homologation de la plateforme (2026)'],
      now,
    });
    const started = dossierFromModel(model, { id: 'depuis-modele', now });
    const unchanged = allText(await checklist(started));
    expect(unchanged).toContain('Le modèle de votre éditeur');
    expect(unchanged).toContain('Aucune des réponses fournies par l');
    expect(unchanged).toContain('Homologation de la plateforme (2026)');
    const changed = { ...started, people: { ...started.people, contactTechnique: { ...started.people.contactTechnique, email: 'dsi@saint-exemple.fr' } } };
    const text = allText(await checklist(changed));
    expect(text).toContain('Responsable technique › Adresse e-mail');
    expect(text).toContain(`Fourni par l'éditeur : ${cantine.people.contactTechnique.email}`);
    expect(text).toContain('Dans le dossier : dsi@saint-exemple.fr');
    expect(text).not.toContain('Aucune des réponses fournies par l');
    expect(allText(await checklist(cantine))).not.toContain('Le modèle de votre éditeur');
  });

  it('numbers every page and repeats the dossier title and date at the top', async () => {
    const pdf = await checklist(completeCantineDossier());
    expect(pdf.pages.length).toBeGreaterThan(1);
    pdf.pages.forEach((page, i) => {
      expect(page.text).toContain(`Page ${i + 1} sur ${pdf.pages.length}`);
      expect(page.text).toContain('Cantine – Saint-Exemple – généré le 26 novembre 2026');
    });
  });

  it('says what to do for each missing item, and still generates for an empty dossier', async () => {
    const pdf = await checklist(newDossier('vide', 'Dossier vide'));
    const text = allText(pdf);
    expect(text).toContain('À faire');
    expect(text).toContain('→ Choisissez un cas d');
    expect(text).toContain('Nom : à compléter');
    expect(text).not.toMatch(/undefined|null|NaN/);
  });

  it('draws French typography with its embedded font, including the narrow no-break space', async () => {
    const d = completeCantineDossier();
    const amount = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(1234.5);
    expect(amount).toContain('\u202f');
    const pdf = await checklist({ ...d, organisation: { ...d.organisation, name: `Œuvre « l’Été » ${amount}` } });
    expect(allText(pdf)).toContain("Œuvre « l'Été » 1 234,50 €");
  });

  it('wraps and paginates long text without letting anything run off the page', async () => {
    const d = completeCantineDossier();
    const long = `${'Justification très détaillée de la nécessité de cette donnée. '.repeat(80)}${'x'.repeat(400)}`;
    const pdf = await checklist({ ...d, data: { ...d.data, scopes: [...d.data.scopes, 'dgfip_sitfam'], justifications: { dgfip_sitfam: long } } });
    const short = await checklist(d);
    expect(pdf.pages.length).toBeGreaterThan(short.pages.length);
    for (const page of pdf.pages) {
      for (const item of page.items) {
        expect(item.x).toBeGreaterThanOrEqual(50);
        expect(item.x + item.width).toBeLessThanOrEqual(page.width - 50);
        expect(item.y).toBeGreaterThanOrEqual(20);
        expect(item.y).toBeLessThanOrEqual(page.height - 20);
      }
    }
  });

  it('survives hostile text: no exception, unknown characters replaced', async () => {
    const d = completeCantineDossier();
    for (const hostile of HOSTILE_STRINGS) {
      const pdf = await checklist({ ...d, title: hostile, organisation: { ...d.organisation, name: hostile }, gdpr: { ...d.gdpr, recipients: hostile } });
      const text = allText(pdf);
      // eslint-disable-next-line no-control-regex -- checks that no control character of a hostile text reaches the document
      expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      if (hostile.startsWith('🎉')) expect(text).toContain("\uFFFD Fête de l'école");
    }
  });
});

describe('the checklist PDF after a DPO review', () => {
  it('carries the opinion, the remarks still open, and what changed since the version reviewed', async () => {
    const text = allText(await checklist(reviewedCantineDossier()));
    expect(text).toContain('Avis favorable avec réserves');
    expect(text).toContain('Par Nadia Petit, le 1er décembre 2026, sur la version 1 du dossier (version en cours : 2).');
    expect(text).toContain('Ramenez la conservation à 12 mois.');
    expect(text).toContain('Préciser la finalité exacte du nombre de parts.');
    expect(text).toContain('Traitement des données personnelles – Durée de conservation : 24 mois → 12 mois');
  });

  it('says when no opinion has been received yet', async () => {
    expect(allText(await checklist(completeCantineDossier()))).toContain("Aucun avis du DPD n'a encore été reçu");
  });
});
