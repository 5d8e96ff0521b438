import { useId, useMemo, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { formatFrenchDate } from '../../domain/dates';
import { dossierContent } from '../../domain/dossier/content';
import { diffContents } from '../../domain/review/diff';
import { OPINION_LABELS } from '../../domain/review/review-labels';
import { readReview, reviewRequest, withReceivedReview, withSentVersion } from '../../domain/review/review-files';
import { latestReview, remarks } from '../../domain/review/review-state';
import { staleness } from '../../domain/review/staleness';
import { scopeDisplayLabel } from '../../domain/catalogue/scopes';
import { stepById } from '../../domain/steps';
import { safeFileName } from '../../domain/dossier/file-name';
import { Notice } from '../../ui/notice';
import { STEP_PATHS } from '../../ui/step-paths';
import { downloadFile } from '../storage';
import { useDossier } from '../storage/editing';
import { DiffTable } from './diff-table';
import { RemarkItem } from './remark-list';

/**
 * The project lead's side of the review loop, on the synthesis: send the current version to
 * the DPO, import the review that comes back, see the opinion, what changed since, and the
 * remarks still to deal with.
 */
export function ReviewPanel() {
  const { dossier, update } = useDossier();
  const inputId = useId();
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [compareWith, setCompareWith] = useState<number | null>(null);
  const review = latestReview(dossier);
  const stale = useMemo(() => (review ? staleness(dossier, review) : null), [dossier, review]);
  const all = review ? remarks(review) : [];
  const open = all.filter((r) => !r.resolved);

  const send = () => {
    const request = reviewRequest(dossier, new Date());
    update((d) => withSentVersion(d, request));
    downloadFile(`revue-dpd-v${dossier.version}-${safeFileName(dossier.title, 'json')}`, JSON.stringify(request, null, 2), 'application/json');
    setMessage({
      kind: 'success',
      text: `La version ${dossier.version} est prête à être envoyée : transmettez le fichier téléchargé à votre DPD, qui l'ouvrira dans cet outil.`,
    });
  };

  const importReview = async (file: File | undefined) => {
    if (!file) return;
    const read = readReview(await file.text(), dossier);
    if (!read.ok) {
      setMessage({ kind: 'error', text: read.message });
      return;
    }
    update((d) => withReceivedReview(d, read.review, read.hash, new Date()));
    setMessage({
      kind: 'success',
      text: `L'avis de ${read.review.reviewerName || 'votre DPD'} est importé. Vos modifications suivantes forment la version ${read.review.dossierVersion === dossier.version ? dossier.version + 1 : dossier.version}.`,
    });
  };

  const compared = compareWith === null ? null : dossier.review.sent.find((s) => s.version === compareWith);
  const targetOf = (r: (typeof all)[number]) =>
    r.item.target.kind === 'step'
      ? { step: r.item.target.step, label: stepById(r.item.target.step).title }
      : { step: 'donnees' as const, label: scopeDisplayLabel(r.item.target.scope) };

  return (
    <section aria-labelledby="avis-dpd" className="review-panel">
      <h2 id="avis-dpd">Avis du délégué à la protection des données</h2>
      <p>
        Version du dossier en cours : <strong>{dossier.version}</strong>.{' '}
        {dossier.review.sent.length > 0 && `Versions envoyées au DPD : ${dossier.review.sent.map((s) => s.version).join(', ')}.`}
      </p>
      <div role="status">
        {message && (
          <Notice kind={message.kind}>
            <p>{message.text}</p>
          </Notice>
        )}
      </div>

      {review ? (
        <div className="review-opinion">
          <p className="review-opinion-title">{review.opinion ? OPINION_LABELS[review.opinion] : 'Avis sans conclusion générale'}</p>
          <p>
            Par {review.reviewerName || 'le DPD'}
            {review.date && `, le ${formatFrenchDate(review.date)}`}, sur la version {review.dossierVersion}.
          </p>
          {review.generalComment.trim() && <p className="remark-comment">{review.generalComment}</p>}
          {stale?.stale && (
            <Notice kind="warning" title={`Le dossier a changé depuis la version ${review.dossierVersion} examinée par le DPD`}>
              <DiffTable changes={stale.changes} caption={`Changements depuis la version ${review.dossierVersion}`} />
              <p>Envoyez la nouvelle version au DPD pour qu'il les examine.</p>
            </Notice>
          )}
          {all.length > 0 && (
            <>
              <h3>Remarques : {open.length === 0 ? 'toutes traitées' : `${open.length} à traiter sur ${all.length}`}</h3>
              <ul className="remark-list">
                {all.map((r) => {
                  const target = targetOf(r);
                  return (
                    <li key={r.key} className="remark-target">
                      <p>
                        <Link to={STEP_PATHS[target.step]} params={{ dossierId: dossier.id }}>
                          {target.label}
                        </Link>
                      </p>
                      <ul>
                        <RemarkItem remark={r} reviewer={review.reviewerName} />
                      </ul>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
      ) : (
        <p>Aucun avis reçu pour l'instant. Envoyez le dossier à votre DPD : il pourra donner un avis sur chaque étape et sur chaque donnée demandée.</p>
      )}

      <div className="review-actions">
        <button type="button" className="button button--primary" onClick={send}>
          Envoyer la version {dossier.version} au DPD (.json)
        </button>
        <div className="field">
          <label htmlFor={inputId} className="field-label">
            Importer l'avis du DPD (.json)
          </label>
          <input
            id={inputId}
            type="file"
            accept=".json,application/json"
            className="input-file"
            onChange={(e) => {
              void importReview(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </div>
      </div>

      {dossier.review.sent.length > 0 && (
        <div className="field">
          <label htmlFor={`${inputId}-comparer`} className="field-label">
            Comparer le dossier actuel avec une version envoyée
          </label>
          <select
            id={`${inputId}-comparer`}
            className="input select input--medium"
            value={compareWith ?? ''}
            onChange={(e) => setCompareWith(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">Choisissez une version…</option>
            {dossier.review.sent.map((s) => (
              <option key={s.version} value={s.version}>
                Version {s.version}, envoyée le {new Date(s.sentAt).toLocaleDateString('fr-FR')}
              </option>
            ))}
          </select>
          {compared && (
            <DiffTable changes={diffContents(compared.snapshot, dossierContent(dossier))} caption={`Changements depuis la version ${compared.version}`} />
          )}
        </div>
      )}
    </section>
  );
}
