import { describe, expect, it } from 'vitest';
import { cantineWith, stepSaysOf } from '../../../test/fixtures/step-says';
import type { Dossier } from '../dossier/model';

const organisation = (answers: Partial<Dossier['organisation']>) => cantineWith({ organisation: answers });

describe('the organisation step', () => {
  it('says what is missing or wrong in who the organisation is', async () => {
    await expect(
      stepSaysOf('organisation', {
        'Réponses complètes': organisation({}),
        'Rien de renseigné': organisation({ type: '', name: ' ', siret: '', software: '', softwareConfirmed: false, accessMode: '' }),
        'Entreprise privée': organisation({ type: 'autre-prive' }),
        Banque: organisation({ type: 'banque' }),
        'SIRET de 13 chiffres': organisation({ siret: '2199000120001' }),
        'SIRET d’un chiffre': organisation({ siret: '2' }),
        'SIRET avec une lettre': organisation({ siret: '2199000120001A' }),
        'SIRET à la clé fausse': organisation({ siret: '21990001200011' }),
        'SIRET écrit avec des espaces': organisation({ siret: '219 900 012 00010' }),
        'Éditeur, sans administration pour laquelle il agit': organisation({ type: 'editeur', onBehalfOf: ' ' }),
        'Éditeur, pour une commune': organisation({ type: 'editeur', onBehalfOf: 'Commune de Saint-Exemple' }),
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/rules/organisation-identite.txt');
  });

  it('says what is missing in the software, the path and the access mode', async () => {
    await expect(
      stepSaysOf('organisation', {
        'Éditeur validé, sans nom ni confirmation': organisation({ softwareVendorName: '', softwareConfirmed: false }),
        'Éditeur en cours, sans demande choisie ni confirmation': organisation({ software: 'editeur-en-cours', stage: '', softwareConfirmed: false }),
        'Développement interne, sans nom d’éditeur, bac à sable': organisation({ software: 'interne', softwareVendorName: '', stage: 'bac-a-sable' }),
        'Développement interne, sans demande choisie': organisation({ software: 'interne', softwareVendorName: '', stage: '' }),
        'FranceConnect, sans réponse sur l’habilitation': organisation({ accessMode: 'france-connect', hasFranceConnectHabilitation: '' }),
        'FranceConnect, sans habilitation': organisation({ accessMode: 'france-connect', hasFranceConnectHabilitation: 'non' }),
        'FranceConnect, habilitation validée': organisation({ accessMode: 'france-connect', hasFranceConnectHabilitation: 'oui' }),
        'Numéro fiscal, réponse « non » sur FranceConnect (non demandée)': organisation({ accessMode: 'spi', hasFranceConnectHabilitation: 'non' }),
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/rules/organisation-logiciel-et-acces.txt');
  });
});
