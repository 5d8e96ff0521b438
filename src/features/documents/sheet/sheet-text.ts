import { buildDataPassSheet } from '../../../domain/datapass-sheet';
import type { Dossier } from '../../../domain/dossier/model';
import { templateSections } from '../template/render-template';
import { cleanText } from '../template/text-safety';
import { frenchTypography } from '../template/typography';

/** The DataPass entry sheet as a plain-text file: one block per DataPass step, one line per field. */
export function sheetText(dossier: Dossier, template: string, now: Date): string {
  const t = templateSections(template, { dossier: cleanText(dossier.title), date: now.toLocaleDateString('fr-FR') });
  const lines = [t('titre'), '='.repeat(Math.min(80, t('titre').length)), '', t('introduction'), ''];
  for (const step of buildDataPassSheet(dossier)) {
    lines.push(step.title, '-'.repeat(step.title.length));
    for (const field of step.fields) {
      lines.push(`${field.label}${field.key ? ` [${field.key}]` : ''}`);
      lines.push(`  ${field.value === null ? `(${t('non-renseigne')})` : cleanText(field.value).replace(/\n/g, '\n  ')}`);
      if (field.note) lines.push(`  Note : ${field.note}`);
    }
    lines.push('');
  }
  lines.push(t('genere-le'), '');
  // Windows users open .txt files in Notepad, which wants CRLF line ends in older versions.
  return frenchTypography(lines.join('\r\n'));
}
