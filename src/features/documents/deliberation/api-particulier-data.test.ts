import { describe, expect, it } from 'vitest';
import { completeCantineDossier } from '../../../../test/fixtures/dossiers';
import { readDocx } from '../../../../test/documents/read-docx';
import { plainText } from '../../../../test/documents/plain-text';
import type { Dossier } from '../../../domain/dossier/model';
import { generateDeliberation } from '../generate';
import { nodeTemplates } from '../node-assets';

/**
 * API Particulier asks for "la délibération tarifaire explicitant l'usage des données demandées":
 * the draft names each datum its requests ask for, with its purpose, beside the DGFiP's.
 */
const text = async (d: Dossier) => plainText(readDocx((await generateDeliberation(d, nodeTemplates())).bytes).paragraphs.join(' ')).replace(/\s+/g, ' ');
const cantine = completeCantineDossier();

describe('the deliberation and the API Particulier requests', () => {
  it('names the QF CAF & MSA and its purpose when the method starts from the CAF quotient', async () => {
    const t = await text({ ...cantine, method: { ...cantine.method, id: 'qf-caf' } });
    expect(t).toContain("de l'API Impôt particulier de la DGFiP et de l'API Particulier");
    expect(t).toContain('« Quotient familial CAF & MSA » : déterminer');
  });

  it('names the four data of the crèche request, the address purpose left to complete', async () => {
    const t = await text({ ...cantine, useCase: { ...cantine.useCase, id: 'creche' }, method: { ...cantine.method, id: 'bareme-cnaf' } });
    for (const datum of ['Identités allocataire et conjoint', 'Identités enfants', 'Adresse du foyer', 'Paramètres pris en compte pour le calcul du tarif'])
      expect(t).toContain(`« ${datum} » :`);
    expect(t).toContain("et de l'API Particulier pour les familles allocataires");
  });

  it('says nothing of API Particulier when no request needs it', async () => {
    expect(await text(cantine)).not.toContain('API Particulier');
  });
});
