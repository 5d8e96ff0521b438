import { describe, expect, it } from 'vitest';
import { completeCantineDossier } from '../../../../test/fixtures/dossiers';
import { HOSTILE_STRINGS } from '../../../../test/documents/hostile';
import { newDossier } from '../../../domain/dossier/new-dossier';
import { buildDataPassSheet } from '../../../domain/datapass-sheet';
import { generateSheet } from '../generate';
import { nodeTemplates } from '../node-assets';
import { plainText } from '../../../../test/documents/plain-text';

const now = new Date('2026-11-26T10:00:00Z');
const typeset = async (d: Parameters<typeof generateSheet>[0]) => new TextDecoder().decode((await generateSheet(d, nodeTemplates(), now)).bytes);
const sheet = async (d: Parameters<typeof generateSheet>[0]) => plainText(await typeset(d));

describe('the DataPass entry sheet', () => {
  it('gives the value of every DataPass field, step by step', async () => {
    const text = await sheet(completeCantineDossier());
    for (const step of buildDataPassSheet(completeCantineDossier())) expect(text).toContain(step.title);
    expect(text).toContain('Nom du projet [intitule]\r\n  Dites-le-nous une fois – Cantine scolaire');
    expect(text).toContain('Durée de conservation des données en mois [duree_conservation_donnees_caractere_personnel]\r\n  24');
    expect(text).toContain('délibération n° 2026-045 du conseil municipal du 12 juin 2026');
    expect(text).toContain('Agrégats fiscaux : Revenu fiscal de référence [dgfip_rfr]');
    expect(text).not.toContain('recette');
    expect(text).toContain('https://datapass.api.gouv.fr/formulaires/api-impot-particulier-cantine-scolaire-editeur/demande/nouveau?intitule=');
    expect(text).toContain('Maquette du projet [maquette_projet]');
    expect(text).toContain('Email du contact supplémentaire [extra_organization_contact_email]');
  });

  it('sends a production request to the validated sandbox request, never to a form to start', async () => {
    const d = completeCantineDossier();
    const text = await sheet({ ...d, organisation: { ...d.organisation, software: 'interne', stage: 'production' } });
    expect(text).toContain('Formulaire [api-impot-particulier-cantine-scolaire-production]\r\n  Cantine scolaire\r\n');
    expect(text).toContain("Démarrer ma demande d'habilitation en production");
    expect(text).toContain('lecture seule');
    expect(text).not.toContain('/demande/nouveau');
    expect(text).not.toContain('Nom du projet [intitule]');
    expect(text).not.toMatch(/\(production\)/i);
  });

  it('adds the other requests of the project, each with its prefilled link and what to type by hand', async () => {
    const d = completeCantineDossier();
    const text = await sheet({ ...d, method: { ...d.method, id: 'qf-caf' } });
    expect(text).toContain('Les autres demandes DataPass du projet');
    expect(text).toContain('[api-particulier-tarification-municipale-enfance]');
    expect(text).toContain('https://datapass.api.gouv.fr/formulaires/api-particulier-tarification-municipale-enfance/demande/nouveau?intitule=');
    expect(text).toContain('Contact métier [contact_metier]');
    expect(await sheet(d)).not.toContain('Les autres demandes DataPass du projet');
  });

  it('prints DataPass’s labels word for word, straight apostrophes included, and typesets only its own sentences', async () => {
    const d = completeCantineDossier();
    const text = await typeset(d);
    const lines = text.split('\r\n');
    // Every label of the sheet appears as its own line, as DataPass writes it (blocks.ts).
    for (const field of buildDataPassSheet(d).flatMap((step) => step.fields)) {
      expect(lines).toContain(`${field.label}${field.key ? ` [${field.key}]` : ''}`);
    }
    expect(text).toContain("Modalité d'accès aux données");
    // The tool's notes: a no-break space before a colon, one apostrophe.
    const notes = lines.filter((line) => line.startsWith('  Note'));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      expect(note).not.toMatch(/\p{L}'\p{L}/u);
      expect(note).not.toMatch(/ [:;!?»]/);
    }
  });

  it('marks what the dossier does not say yet', async () => {
    const text = await sheet(newDossier('vide', 'Vide'));
    expect(text).toContain('(à compléter)');
    expect(text).not.toMatch(/undefined|null/);
  });

  it('keeps hostile text readable and free of control characters', async () => {
    const d = completeCantineDossier();
    for (const hostile of HOSTILE_STRINGS) {
      const text = await sheet({ ...d, useCase: { ...d.useCase, description: hostile } });
      // eslint-disable-next-line no-control-regex -- checks that no control character of a hostile text reaches the document
      expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uE000-\uE002]/);
    }
  });
});
