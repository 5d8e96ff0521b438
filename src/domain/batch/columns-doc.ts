import { BATCH_COLUMNS } from './columns';

/** The columns as the README's table lists them (checked against the README by a test). */
export function batchColumnsMarkdown(): string {
  const rows = BATCH_COLUMNS.map((c) => `| ${c.header} | ${c.required ? 'oui' : 'non'} | ${c.description} |`);
  return ['| Colonne | Obligatoire | Ce qu’elle contient |', '|---|---|---|', ...rows].join('\n');
}
