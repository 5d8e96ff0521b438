import { z } from '../zod';
import { dossierSchema } from './model';
import { CURRENT_SCHEMA_VERSION } from './format';

/** The dossier file's JSON Schema, generated from the zod model so that the two never differ. */
export function dossierJsonSchema(): Record<string, unknown> {
  return {
    // Stryker disable next-line ObjectLiteral: draft 2020-12 is also zod's default target; it is named here for the reader.
    ...z.toJSONSchema(dossierSchema, { target: 'draft-2020-12' }),
    $id: `https://habilitation-impot-particulier.example/dossier.schema.v${CURRENT_SCHEMA_VERSION}.json`,
    title: "Dossier de demande d'habilitation à l'API Impôt particulier",
    description:
      "Format des fichiers .json exportés par l'outil. Les montants et taux sont gardés tels que saisis (virgule décimale acceptée) ; une réponse non donnée est une chaîne vide.",
  };
}
