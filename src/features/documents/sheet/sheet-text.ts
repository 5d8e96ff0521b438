import { buildDataPassSheet, type SheetField } from '../../../domain/datapass-sheet';
import { projectRequests } from '../../../domain/datapass/project-requests';
import type { Dossier } from '../../../domain/dossier/model';
import { templateSections } from '../template/render-template';
import { cleanText } from '../template/text-safety';
import { frenchTypography } from '../template/typography';

/**
 * The DataPass entry sheet as a plain-text file: one block per DataPass step, one line per field.
 * French typography (’, non-breaking spaces) goes on the tool's own sentences only: DataPass's
 * labels are printed as DataPass writes them, straight apostrophes included, so that they can be
 * found on the form, and the values as they are to be typed.
 */
export function sheetText(dossier: Dossier, template: string, now: Date): string {
  const sections = templateSections(template, { dossier: cleanText(dossier.title), date: now.toLocaleDateString('fr-FR') });
  const t = (name: string) => frenchTypography(sections(name));
  const lines = [t('titre'), '='.repeat(Math.min(80, t('titre').length)), '', t('introduction'), ''];
  const fieldLines = (fields: readonly SheetField[]) => {
    for (const field of fields) {
      lines.push(`${field.label}${field.key ? ` [${field.key}]` : ''}`);
      lines.push(`  ${field.value === null ? `(${t('non-renseigne')})` : cleanText(field.value).replace(/\n/g, '\n  ')}`);
      if (field.note) lines.push(frenchTypography(`  Note : ${field.note}`));
    }
    lines.push('');
  };
  for (const step of buildDataPassSheet(dossier)) {
    lines.push(step.title, '-'.repeat(step.title.length));
    fieldLines(step.fields);
  }
  // The FranceConnect and API Particulier requests, which have no step-by-step sheet of their own.
  const others = projectRequests(dossier).filter((request) => request.sheet === null);
  if (others.length > 0) {
    lines.push(t('autres-demandes'), '='.repeat(Math.min(80, t('autres-demandes').length)), '');
    for (const request of others) {
      const title = `${request.title} – formulaire « ${request.formName} » [${request.formUid}]`;
      lines.push(title, '-'.repeat(Math.min(80, title.length)), frenchTypography(request.why), '');
      if (request.link) lines.push(t('lien-prerempli'), `  ${request.link.url}`, '');
      fieldLines(request.byHand);
    }
  }
  lines.push(t('genere-le'), '');
  // Windows users open .txt files in Notepad, which wants CRLF line ends in older versions.
  return lines.join('\r\n');
}
