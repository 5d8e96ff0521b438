import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BATCH_COLUMNS } from '../../src/domain/batch';
import { batchColumnsMarkdown } from '../../src/domain/batch/columns-doc';
import { readVendorModel } from '../../src/domain/vendor';
import { readTable } from '../../src/features/vendor-batch/read-table';

const file = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url));

/** The columns are described once, in the domain: the README and the sample table say the same. */
describe('the vendors’ batch documentation', () => {
  it('lists in the README every column of the table, as the domain describes it', () => {
    const readme = file('README.md').toString('utf8');
    expect(readme).toContain(batchColumnsMarkdown());
  });

  it('ships a sample table whose headers are the columns, in CSV and XLSX alike, and a sample model that reads', async () => {
    const csv = await readTable(new Uint8Array(file('examples/editeur/collectivites.csv')), 'collectivites.csv');
    const xlsx = await readTable(new Uint8Array(file('examples/editeur/collectivites.xlsx')), 'collectivites.xlsx');
    if (!csv.ok || !xlsx.ok) throw new Error('sample table unreadable');
    expect(csv.table.headers).toEqual(BATCH_COLUMNS.map((c) => c.header));
    expect(xlsx.table.headers).toEqual(csv.table.headers);
    expect(xlsx.table.rows.map((r) => r.cells[0])).toEqual(csv.table.rows.map((r) => r.cells[0]));
    expect(readVendorModel(file('examples/editeur/modele-logiciels-famille.json').toString('utf8')).ok).toBe(true);
  });
});
