import { describe, expect, it } from 'vitest';
import { cantineWith, stepSaysOf } from '../../../test/fixtures/step-says';
import type { Dossier, Person } from '../dossier/model';

const people = (answers: Partial<Dossier['people']>) => cantineWith({ people: answers });
const blank: Person = { familyName: ' ', givenName: '', jobTitle: '', email: '', phone: '' };
const cantine = cantineWith({});

describe('the people step', () => {
  it('asks for each person’s name, first name, job, e-mail and phone, naming the role', async () => {
    await expect(
      stepSaysOf('people', {
        'Réponses complètes': people({}),
        'Demandeur sans rien': people({ demandeur: { ...blank, hasProConnect: '' } }),
        'Responsable de traitement sans rien': people({ responsableTraitement: blank }),
        'DPD sans rien': people({ dpd: blank }),
        'Responsable technique sans rien': people({ contactTechnique: { ...blank, side: '' } }),
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/rules/personnes-renseignees.txt');
  });

  it('says which e-mail or phone is not one, and what the organisational documents still lack', async () => {
    const { demandeur, dpd, contactTechnique, responsableTraitement } = cantine.people;
    await expect(
      stepSaysOf('people', {
        'E-mail et téléphone du demandeur incomplets': people({ demandeur: { ...demandeur, email: 'claire.martin@mairie', phone: '01 23 45' } }),
        'E-mail du DPD incomplet, téléphone international': people({ dpd: { ...dpd, email: 'dpd@', phone: '+262 262 12 34 56' } }),
        'Téléphone du responsable technique incomplet': people({ contactTechnique: { ...contactTechnique, phone: '0456' } }),
        'E-mail du responsable de traitement incomplet': people({ responsableTraitement: { ...responsableTraitement, email: 'dgs' } }),
        'Adresse technique générique incomplète': people({ technicalExtraEmail: 'support@' }),
        'Adresse technique générique vide': people({ technicalExtraEmail: ' ' }),
        'Documents organisationnels non remplis': people({
          employerCertificateDemandeur: false,
          employerCertificateTechnique: false,
          designationDemandeur: false,
        }),
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/rules/personnes-contacts-et-documents.txt');
  });
});
