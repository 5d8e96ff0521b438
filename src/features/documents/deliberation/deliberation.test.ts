import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { completeCantineDossier, reviewedCantineDossier } from '../../../../test/fixtures/dossiers';
import { readDocx, tableRows } from '../../../../test/documents/read-docx';
import { HOSTILE_STRINGS } from '../../../../test/documents/hostile';
import { xmlIsWellFormed } from '../../../../test/documents/xml';
import { SCOPE_KEYS } from '../../../domain/catalogue/scopes';
import { deliberationDatumLabel } from './deliberation-view';
import { METHOD_IDS } from '../../../domain/catalogue/methods';
import { newDossier } from '../../../domain/dossier/new-dossier';
import type { Dossier } from '../../../domain/dossier/model';
import { generateDeliberation } from '../generate';
import { nodeTemplates } from '../node-assets';
import { frenchTypography } from '../template/typography';

const templates = nodeTemplates();
const deliberation = async (d: Dossier) => readDocx((await generateDeliberation(d, templates)).bytes);
/** The text as read, with French spaces and non-breaking hyphens made plain for comparison. */
const plain = (text: string) =>
  text
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/\u2011/g, '-')
    .replace(/’/g, "'");

describe('the deliberation draft', () => {
  it('names an « autre » use case’s object as the démarche, its project’s name quoted, in the object line and its article', async () => {
    const d = completeCantineDossier();
    const text = plain((await deliberation({ ...d, useCase: { ...d.useCase, id: 'autre', projectName: "Aide Pass'Sport communale" } })).paragraphs.join('\n'));
    expect(text).toContain("de la DGFiP pour la démarche « Aide Pass'Sport communale »");
    expect(text).not.toContain("pour Aide Pass'Sport");
  });

  it('names the R. 114-9-4 domain the démarche falls within, as a part to check, or to complete when none plainly covers it', async () => {
    const d = completeCantineDossier();
    // (a part to check or to complete is followed by its number in the list « Avant le vote »)
    expect(plain((await deliberation(d)).paragraphs.join('\n'))).toMatch(
      /R\. 114-9-4 du même code, la démarche relevant du 4° de cet article \(« Famille, notamment enfance, protection des personnes, succession, union et séparation »\) – à vérifier\[\d+\], et que/,
    );
    const parking = plain((await deliberation({ ...d, useCase: { ...d.useCase, id: 'stationnement' } })).paragraphs.join('\n'));
    expect(parking).toMatch(/R\. 114-9-4 du même code, à compléter : domaine de l'article R\. 114-9-4 dont relève la démarche\[\d+\], et que/);
  });

  it('cites the statutes of an EPCI, which give it the competence, among the visas; a commune’s has none', async () => {
    const d = completeCantineDossier();
    const statutes = /^Vu les statuts de l'établissement, arrêté préfectoral n° … du …, et compétence exercée pour ce service – à compléter\[\d+\] ;$/m;
    expect(plain((await deliberation({ ...d, organisation: { ...d.organisation, type: 'epci' } })).paragraphs.join('\n'))).toMatch(statutes);
    expect(plain((await deliberation(d)).paragraphs.join('\n'))).not.toMatch(/Vu les statuts/);
  });

  it('spaces its lines in proportion to their font, so that LibreOffice does not draw a two-line title on itself', async () => {
    const styles = strFromU8(unzipSync((await generateDeliberation(completeCantineDossier(), templates)).bytes)['word/styles.xml']!);
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:spacing [^>]*w:lineRule="auto"/);
  });

  it('names each datum by the label of its DataPass box, which the instructor matches, the « N-1 ou N-2 » year included', () => {
    expect(deliberationDatumLabel('dgfip_annee_n_moins_2_si_indispo_n_moins_1')).toBe(
      'Avant-dernière année de revenu, si la dernière année de revenu est indisponible (N-1 ou N-2)',
    );
    expect(deliberationDatumLabel('dgfip_rfr')).toBe('Revenu fiscal de référence');
  });

  it('lists exactly the data ticked, one row each with its purpose, for any selection', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray([...SCOPE_KEYS]),
        fc.constantFrom(...METHOD_IDS),
        fc.dictionary(fc.constantFrom(...SCOPE_KEYS), fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string())),
        async (scopes, method, justifications) => {
          const base = completeCantineDossier();
          const dossier: Dossier = { ...base, method: { ...base.method, id: method }, data: { ...base.data, scopes, justifications } };
          const content = await deliberation(dossier);
          expect(xmlIsWellFormed(content.xml)).toBe(true);
          const rows = tableRows(content, 'Donnée');
          if (scopes.length === 0) {
            expect(rows.map((r) => plain(r[0]!))).toEqual([expect.stringMatching(/^à compléter : données demandées\[\d+\]$/)]);
            return;
          }
          expect(rows.map((r) => r[0])).toEqual(scopes.map((s) => frenchTypography(deliberationDatumLabel(s))));
          for (const row of rows) expect(row[1]!.trim()).not.toBe('');
        },
      ),
      { numRuns: 40 },
    );
  });

  it('is a real Word document: heading styles, Word-numbered articles, tables with set widths', async () => {
    const content = await deliberation(completeCantineDossier());
    expect(content.files).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/numbering.xml']));
    expect(content.xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(content.xml.match(/<w:pStyle w:val="Heading2"\/><w:numPr>/g)?.length).toBe(12);
    expect(content.xml).toMatch(/<w:tblW w:type="dxa" w:w="9638"\/>/);
    expect(content.xml).toMatch(/<w:tblLayout w:type="fixed"\/>/);
    expect(content.xml).toContain('<w:gridCol');
  });

  it('follows the dossier: body, visas, method parameters, tranche grid', async () => {
    const content = await deliberation(completeCantineDossier());
    const text = plain(content.paragraphs.join('\n'));
    expect(text).toContain('Conseil municipal – séance du');
    expect(text).not.toContain('Extrait du registre');
    expect(text).toContain('Vu le code général des collectivités territoriales, notamment son article L. 2121-29');
    expect(text).toContain("Vu le code de l'éducation, notamment ses articles R. 531-52 et R. 531-53");
    expect(text).toContain('Vu la délibération n° 2026-045 du 12 juin 2026 fixant les tarifs en vigueur');
    expect(text).toContain('Les données obtenues sont conservées pendant 24 mois');
    expect(tableRows(content, 'Quotient familial mensuel').map((row) => row.map(plain))).toEqual([
      ["Jusqu'à 500 €", '1 € par repas'],
      ["Au-delà de 500 € et jusqu'à 900 €", '2,40 € par repas'],
      ["Au-delà de 900 € et jusqu'à 1 400 €", '3,60 € par repas'],
      ['Au-delà de 1 400 €', '4,80 € par repas'],
    ]);
    // The grid is recalled, not fixed again, next to the tariff deliberation in force.
    expect(text).toContain('Le tarif du repas est fixé par la délibération n° 2026-045 du 12 juin 2026, que la présente délibération ne modifie pas');
    expect(text).toContain('La présente délibération complète la délibération n° 2026-045 du 12 juin 2026');
  });

  it('picks the deliberating body of each organisation', async () => {
    const base = completeCantineDossier();
    const bodies = {
      epci: ['Conseil communautaire', 'Le président est chargé'],
      departement: ['Conseil départemental', 'Le président du conseil départemental est chargé'],
      region: ['Conseil régional', 'Le président du conseil régional est chargé'],
      ccas: ["Conseil d'administration du centre communal d'action sociale", "Le président du conseil d'administration et le directeur du CCAS sont chargés"],
    } as const;
    for (const [type, [body, executive]] of Object.entries(bodies)) {
      const text = plain((await deliberation({ ...base, organisation: { ...base.organisation, type: type as keyof typeof bodies } })).paragraphs.join('\n'));
      expect(text).toContain(`${body} – séance du`);
      expect(text).toContain(executive);
    }
  });

  it('highlights the parts to adapt, numbers them, and lists them at the end', async () => {
    const content = await deliberation(completeCantineDossier());
    const highlighted = content.xml.match(/<w:shd w:fill="FFE8CC"/g)?.length ?? 0;
    expect(highlighted).toBeGreaterThanOrEqual(4);
    const list = content.paragraphs.slice(content.paragraphs.findIndex((p) => plain(p) === 'Avant le vote : parties à adapter'));
    expect(list.filter((p) => /^\[\d+\] «\u00A0/.test(p))).toHaveLength(highlighted);
    expect(plain(list.join('\n'))).toContain('[1] « à compléter : date de la séance » (Projet de délibération');
    const base = completeCantineDossier();
    const toAdopt = await deliberation({ ...base, legal: { ...base.legal, deliberationStatus: 'a-adopter', plannedSessionDate: '2027-03-18' } });
    expect(toAdopt.paragraphs.some((p) => plain(p).startsWith('Clause facultative : '))).toBe(true);
  });

  it('still generates for an empty dossier, every missing part marked "à compléter"', async () => {
    const content = await deliberation(newDossier('vide', 'Vide'));
    const text = content.paragraphs.join('\n');
    expect(xmlIsWellFormed(content.xml)).toBe(true);
    expect(plain(text)).toContain("à compléter : nom de l'organisation");
    expect(plain(text)).toContain('à compléter : méthode de calcul');
    expect(text).not.toMatch(/undefined|null|\{\{|\[\[/);
  });

  it('keeps hostile text as text: no broken XML, no injected structure', async () => {
    const base = completeCantineDossier();
    for (const hostile of HOSTILE_STRINGS) {
      const dossier: Dossier = {
        ...base,
        organisation: { ...base.organisation, name: hostile },
        useCase: { ...base.useCase, id: 'autre', description: hostile, projectName: hostile },
        legal: { ...base.legal, otherLegalBasis: hostile },
        gdpr: { ...base.gdpr, recipients: hostile, informationWhere: '' },
        data: { ...base.data, scopes: [...base.data.scopes, 'dgfip_sitfam'], justifications: { dgfip_sitfam: hostile } },
      };
      const content = await deliberation(dossier);
      expect(xmlIsWellFormed(content.xml), hostile.slice(0, 30)).toBe(true);
      const text = content.paragraphs.join('\n');
      // eslint-disable-next-line no-control-regex -- checks that no control character of a hostile text reaches the document
      expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uE000-\uE002]/);
      if (hostile.startsWith('# Titre')) {
        expect(text).toContain('[[pas une partie à adapter]] @tableau donnees {{organisation}} [facultatif]');
        expect(content.xml.match(/<w:pStyle w:val="Title"\/>/g)).toHaveLength(1);
      }
      if (hostile.startsWith('Tom')) expect(text).toContain(frenchTypography(`Tom & Jerry <script>alert("x")</script> 'quote' "double"`));
    }
  });
});

describe('the deliberation draft after a DPO review', () => {
  it('carries each remark still open as a Word comment on the part it concerns', async () => {
    const { bytes } = await generateDeliberation(reviewedCantineDossier(), templates);
    const files = unzipSync(bytes);
    const comments = strFromU8(files['word/comments.xml']!);
    expect(comments).toContain('w:author="Nadia Petit"');
    expect(comments).toContain('À revoir. Ramenez la conservation à 12 mois.');
    expect(comments).toContain('Non conforme. Préciser la finalité exacte du nombre de parts.');
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml.match(/<w:commentRangeStart /g)).toHaveLength(2);
    // The datum's comment sits on its row of the data table.
    const row = xml.slice(xml.lastIndexOf('<w:tr', xml.indexOf('Nombre de parts</w:t>')), xml.indexOf('</w:tr>', xml.indexOf('Nombre de parts</w:t>')));
    expect(row).toContain('<w:commentRangeStart w:id="1"/>');
    expect(xmlIsWellFormed(xml)).toBe(true);
  });
});
