/** Writes docs/dossier.schema.json from the zod model. Run with `npm run schema`. */
import { writeFileSync } from 'node:fs';
import { dossierJsonSchema } from '../src/domain/dossier/json-schema';

const target = new URL('../docs/dossier.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(dossierJsonSchema(), null, 2)}\n`);
console.log(`Écrit : ${target.pathname}`);
