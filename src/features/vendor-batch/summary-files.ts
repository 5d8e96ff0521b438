import Papa from 'papaparse';
import { STATE_LABELS, problemText, summaryCounts, type BatchEntry, type BatchSummary } from '../../domain/batch';
import { escapeHtml, hrefOf, htmlPage } from './html';

/**
 * The batch's summary, as two files beside the rows' folders: synthese.html to read (and to
 * click through to each collectivité's files), synthese.csv to sort and filter in a spreadsheet.
 * Both say, row by row, the verdict's state and what the verdict still finds missing.
 */
export interface SummaryContext {
  vendorName: string;
  tableName: string;
  /** "2 décembre 2026 à 10 h 00". */
  producedAt: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export function summaryHeadline(summary: BatchSummary): string {
  const c = summaryCounts(summary);
  const produced = summary.entries.length;
  const rows = produced + c.refused;
  return `${plural(produced, 'collectivité produite', 'collectivités produites')} sur ${plural(rows, 'ligne', 'lignes')} : ${plural(c.ready, 'prête', 'prêtes')} à déposer, ${c.todo} avec des points à faire, ${c.review} avec des points à revoir ; ${plural(c.refused, 'ligne refusée', 'lignes refusées')}.`;
}

/** The verdict's points, step by step, folded: a batch of many rows stays readable. */
function missingCell(entry: BatchEntry): string {
  if (entry.missing.length === 0) return 'Rien : le dossier est prêt.';
  const steps = [...new Set(entry.missing.map((m) => m.step))];
  const items = steps
    .map((step) => {
      const points = entry.missing.filter((m) => m.step === step).map((m) => `<li>${escapeHtml(`${STATE_LABELS[m.level]} : ${m.message}`)}</li>`);
      return `<li>${escapeHtml(step)}<ul>${points.join('')}</ul></li>`;
    })
    .join('');
  const todo = entry.missing.filter((m) => m.level === 'todo').length;
  const review = entry.missing.length - todo;
  const what = [todo ? plural(todo, 'point à faire', 'points à faire') : '', review ? plural(review, 'point à revoir', 'points à revoir') : '']
    .filter(Boolean)
    .join(', ');
  return `<details><summary>${what}</summary><ul>${items}</ul></details>`;
}

function filesCell(entry: BatchEntry): string {
  const links = entry.files.map((f) => `<li><a href="${escapeHtml(hrefOf(`${entry.folder}/${f.path}`))}">${escapeHtml(f.label)}</a></li>`).join('');
  return `<ul class="files">${links}</ul>`;
}

export function summaryHtml(summary: BatchSummary, context: SummaryContext): string {
  const rows = summary.entries
    .map(
      (e) => `<tr>
<td>${e.line}</td><th scope="row">${escapeHtml(e.name)}</th><td class="nowrap">${escapeHtml(e.siret)}</td><td>${escapeHtml(e.useCase)}</td>
<td class="state state-${e.state}">${STATE_LABELS[e.state]}</td><td>${e.counts.todo}</td><td>${e.counts.review}</td>
<td>${missingCell(e)}</td><td>${filesCell(e)}</td>
</tr>`,
    )
    .join('\n');
  const refused = summary.refused.flatMap((r) =>
    r.problems.map((p) => `<tr><td>${p.line}</td><td>${escapeHtml(p.column ?? 'la ligne entière')}</td><td>${escapeHtml(p.message)}</td></tr>`),
  );
  const ignored = summary.ignoredColumns.length
    ? `<p>Colonnes ignorées, que l’outil ne connaît pas : ${summary.ignoredColumns.map((c) => `« ${escapeHtml(c)} »`).join(', ')}.</p>`
    : '';
  const body = `<h1>Synthèse du lot – modèle de ${escapeHtml(context.vendorName)}</h1>
<p>Tableau <strong>${escapeHtml(context.tableName)}</strong>, produit le ${escapeHtml(context.producedAt)}.</p>
<p><strong>${escapeHtml(summaryHeadline(summary))}</strong></p>
<p>L’état de chaque collectivité est celui de la synthèse de son dossier : « Prêt » veut dire qu’un instructeur accepterait la demande ; « À faire », qu’une réponse manque ou qu’une démarche reste à accomplir ; « À revoir », qu’un instructeur ou un DPD contesterait un point.</p>
${ignored}
<h2 id="produites">Collectivités produites</h2>
${
  summary.entries.length
    ? `<table aria-labelledby="produites">
<thead><tr><th scope="col">Ligne</th><th scope="col">Collectivité</th><th scope="col">SIRET</th><th scope="col">Cas d’usage</th><th scope="col">État</th><th scope="col">À faire</th><th scope="col">À revoir</th><th scope="col">Ce qui manque</th><th scope="col">Fichiers</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : '<p>Aucune.</p>'
}
<h2 id="refusees">Lignes refusées</h2>
${
  refused.length
    ? `<p>Corrigez ces lignes dans le tableau, puis relancez le lot : les autres lignes ont été produites.</p>
<table aria-labelledby="refusees" class="refused-table">
<thead><tr><th scope="col">Ligne</th><th scope="col">Colonne</th><th scope="col">Raison</th></tr></thead>
<tbody>
${refused.join('\n')}
</tbody>
</table>`
    : '<p>Aucune.</p>'
}`;
  return htmlPage(`Synthèse du lot – modèle de ${context.vendorName}`, body);
}

const CSV_FIELDS = ['Ligne', 'Collectivité', 'SIRET', 'Cas d’usage', 'État', 'À faire', 'À revoir', 'Maintenus', 'Ce qui manque', 'Dossier'];

/** For a spreadsheet in French: « ; » between cells, a BOM so that Excel reads the accents. */
export function summaryCsv(summary: BatchSummary): string {
  const produced = summary.entries.map((e) => ({
    line: e.line,
    cells: [
      e.line,
      e.name,
      e.siret,
      e.useCase,
      STATE_LABELS[e.state],
      e.counts.todo,
      e.counts.review,
      e.counts.kept,
      e.missing.map((m) => `${STATE_LABELS[m.level]} – ${m.step} : ${m.message}`).join('\n'),
      e.folder,
    ],
  }));
  const refused = summary.refused.map((r) => ({
    line: r.line,
    cells: [r.line, '', '', '', 'Ligne refusée', '', '', '', r.problems.map(problemText).join('\n'), ''],
  }));
  const data = [...produced, ...refused].sort((a, b) => a.line - b.line).map((r) => r.cells);
  return `\uFEFF${Papa.unparse({ fields: CSV_FIELDS, data }, { delimiter: ';', newline: '\r\n', escapeFormulae: true })}\r\n`;
}
