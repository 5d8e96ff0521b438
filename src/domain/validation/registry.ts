import type { z } from 'zod';
import {
  dataSectionSchema,
  gdprSectionSchema,
  legalSectionSchema,
  methodSectionSchema,
  organisationSectionSchema,
  peopleSectionSchema,
  securitySectionSchema,
  useCaseSectionSchema,
  type SectionKey,
  type SectionOf,
} from '../dossier/model';
import type { IssuePath, SectionRules, SectionWarnings } from './core';
import { organisationRules, organisationWarnings } from './organisation-rules';
import { useCaseRules } from './use-case-rules';
import { methodRules, methodWarnings } from './method-rules';
import { dataRules, dataWarnings } from './data-rules';
import { legalRules, legalWarnings } from './legal-rules';
import { gdprRules, gdprWarnings } from './gdpr-rules';
import { peopleRules, peopleWarnings } from './people-rules';
import { securityRules, securityWarnings } from './security-rules';

interface SectionValidation<K extends SectionKey> {
  schema: z.ZodType<SectionOf<K>>;
  rules: SectionRules<SectionOf<K>, IssuePath<K>>;
  warnings: SectionWarnings<SectionOf<K>>;
}

const none = () => [];

export const SECTION_VALIDATION: { [K in SectionKey]: SectionValidation<K> } = {
  organisation: { schema: organisationSectionSchema, rules: organisationRules, warnings: organisationWarnings },
  useCase: { schema: useCaseSectionSchema, rules: useCaseRules, warnings: none },
  method: { schema: methodSectionSchema, rules: methodRules, warnings: methodWarnings },
  data: { schema: dataSectionSchema, rules: dataRules, warnings: dataWarnings },
  legal: { schema: legalSectionSchema, rules: legalRules, warnings: legalWarnings },
  gdpr: { schema: gdprSectionSchema, rules: gdprRules, warnings: gdprWarnings },
  people: { schema: peopleSectionSchema, rules: peopleRules, warnings: peopleWarnings },
  security: { schema: securitySectionSchema, rules: securityRules, warnings: securityWarnings },
};
