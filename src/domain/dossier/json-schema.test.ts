import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dossierJsonSchema } from './json-schema';

describe('the documented JSON Schema', () => {
  it('is the one generated from the zod model (run `npm run schema` after changing the model)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../../docs/dossier.schema.json', import.meta.url), 'utf8')) as unknown;
    expect(committed).toEqual(dossierJsonSchema());
  });

  it('describes every section of the dossier', () => {
    const schema = dossierJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'schemaVersion', 'organisation', 'data', 'security']));
    expect(Object.keys(schema.properties)).toHaveLength(20);
  });
});
