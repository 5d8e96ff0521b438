import type { Dossier } from '../../domain/dossier/model';
import { projectRequests, type ProjectRequest } from '../../domain/datapass/project-requests';
import { escapeHtml, htmlPage } from './html';

/**
 * A collectivité's DataPass requests, in filing order, each with its prefilled link: what the
 * "Vos demandes DataPass" page shows, as files the vendor sends along (HTML to click, text to
 * paste in a mail). The full entry sheet is the fiche DataPass beside them.
 */
const MET = (met: boolean | null) => (met === true ? 'fait' : met === false ? 'à faire' : 'à vérifier');

function byHandCount(request: ProjectRequest): string {
  const n = request.byHand.length;
  return n === 0 ? 'Rien à saisir à la main.' : `${n} champ${n > 1 ? 's' : ''} à saisir, joindre ou cocher à la main (voir la fiche DataPass).`;
}

export function linksText(d: Dossier): string {
  const requests = projectRequests(d);
  const lines = [`Demandes DataPass – ${d.title}`, '', `${requests.length} demande${requests.length > 1 ? 's' : ''}, dans l’ordre de dépôt.`, ''];
  requests.forEach((r, i) => {
    lines.push(`${i + 1}. ${r.title} (formulaire « ${r.formName} »)`, `   ${r.why}`);
    for (const p of r.prerequisites) lines.push(`   Avant : ${p.text} – ${MET(p.met)}`);
    lines.push(r.link ? `   Lien pré-rempli : ${r.link.url}` : `   ${r.opening}`, `   ${byHandCount(r)}`, '');
  });
  lines.push(
    'Ces liens ouvrent DataPass avec les réponses du dossier ; la demande est déposée par le demandeur de la collectivité, avec son compte ProConnect.',
  );
  return `${lines.join('\n')}\n`;
}

export function linksHtml(d: Dossier): string {
  const requests = projectRequests(d);
  const items = requests.map((r) => {
    const prerequisites = r.prerequisites.length
      ? `<p>Avant de déposer :</p><ul>${r.prerequisites.map((p) => `<li>${escapeHtml(p.text)} : <strong>${MET(p.met)}</strong></li>`).join('')}</ul>`
      : '';
    const link = r.link
      ? `<p><a href="${escapeHtml(r.link.url)}">Ouvrir le formulaire « ${escapeHtml(r.formName)} » déjà rempli</a></p><p class="url">${escapeHtml(r.link.url)}</p>`
      : `<p>${escapeHtml(r.opening)}</p>`;
    return `<li><h2>${escapeHtml(r.title)}</h2><p>${escapeHtml(r.why)}</p>${prerequisites}${link}<p>${escapeHtml(byHandCount(r))}</p></li>`;
  });
  return htmlPage(
    `Demandes DataPass – ${d.title}`,
    `<h1>Demandes DataPass – ${escapeHtml(d.title)}</h1>
<p>${requests.length} demande${requests.length > 1 ? 's' : ''}, dans l’ordre de dépôt. Ces liens ouvrent DataPass avec les réponses du dossier ; la demande est déposée par le demandeur de la collectivité, avec son compte ProConnect.</p>
<ol>${items.join('\n')}</ol>`,
  );
}
