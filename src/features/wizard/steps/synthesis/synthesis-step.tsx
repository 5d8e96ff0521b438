import { useEffect, useMemo } from 'react';
import { Link } from '@tanstack/react-router';
import { DocumentDownloads } from '../../../documents';
import { ReviewPanel } from '../../../review';
import { buildChecklist, CHECKLIST_CATEGORIES, type ChecklistStatus } from '../../../../domain/checklist';
import { scopeRuleViolations } from '../../../../domain/catalogue/scope-rules';
import { compareWithMinimum } from '../../../../domain/minimisation';
import { summariseDossier } from '../../../../domain/summary';
import { Notice } from '../../../../ui/notice';
import { downloadDossier, useDossier } from '../../../storage';
import { StepLayout } from '../../step-layout';
import { GoToField } from './go-to-field';

const STATUS_TEXT: Record<ChecklistStatus, string> = { ready: 'Prêt', missing: 'À faire', 'not-applicable': 'Sans objet' };

function DataPassVerdict() {
  const { dossier } = useDossier();
  const violations = scopeRuleViolations(dossier.data.scopes, { hasSpecificRequirements: dossier.data.hasSpecificRequirements, organisationType: dossier.organisation.type });
  const { extra, missing } = compareWithMinimum(dossier, dossier.data.scopes);
  const unjustified = extra.filter((k) => (dossier.data.justifications[k] ?? '').trim().length === 0);
  const ok = violations.length === 0 && missing.length === 0 && unjustified.length === 0 && dossier.data.scopes.length > 0;
  return (
    <section aria-labelledby="verdict">
      <h2 id="verdict">Règles de DataPass sur les données</h2>
      {ok ? (
        <Notice kind="success">
          <p>
            Les {dossier.data.scopes.length} données cochées respectent les règles de DataPass{extra.length > 0 ? `, et les ${extra.length} données au-delà du minimum sont justifiées` : ', et se limitent au minimum nécessaire'}.
          </p>
        </Notice>
      ) : (
        <Notice kind="error" title="Les données cochées ne passeraient pas DataPass en l'état">
          <ul>
            {dossier.data.scopes.length === 0 && <li>Aucune donnée n'est cochée.</li>}
            {violations.map((v) => (
              <li key={v.rule + v.scopes.join()}>{v.message}</li>
            ))}
            {missing.length > 0 && <li>{missing.length} donnée(s) nécessaire(s) à la méthode de calcul ne sont pas cochées.</li>}
            {unjustified.length > 0 && <li>{unjustified.length} donnée(s) au-delà du minimum ne sont pas justifiées.</li>}
          </ul>
          <p>
            <GoToField step="donnees" path={null}>
              Corriger les données
            </GoToField>
          </p>
        </Notice>
      )}
    </section>
  );
}

export function SynthesisStep() {
  const { dossier, update, today, loadable } = useDossier();
  const checklist = useMemo(() => buildChecklist(dossier, today), [dossier, today]);
  const summary = useMemo(() => summariseDossier(dossier), [dossier]);
  const missing = checklist.filter((i) => i.status === 'missing').length;
  const ready = checklist.filter((i) => i.status === 'ready').length;

  useEffect(() => {
    if (!dossier.visitedSteps.includes('synthese')) update((d) => ({ ...d, visitedSteps: [...d.visitedSteps, 'synthese'] }));
  }, [dossier.visitedSteps, update]);

  return (
    <StepLayout stepId="synthese" intro={<p>Ce qui est prêt, ce qui manque et où le compléter, puis toutes vos réponses à relire avant de déposer la demande sur DataPass.</p>}>
      {missing === 0 ? (
        <Notice kind="success" title="Votre dossier est prêt">
          <p>Tous les éléments à préparer sont réunis. Relisez vos réponses ci-dessous, puis déposez la demande sur DataPass.</p>
        </Notice>
      ) : (
        <Notice kind="warning" title={`${missing} élément${missing > 1 ? 's' : ''} à compléter avant de déposer la demande`}>
          <p>
            {ready} élément{ready > 1 ? 's' : ''} prêt{ready > 1 ? 's' : ''} sur {checklist.filter((i) => i.status !== 'not-applicable').length}. Chaque élément manquant indique quoi faire et mène à la question concernée.
          </p>
        </Notice>
      )}

      <DataPassVerdict />

      <section aria-labelledby="liste">
        <h2 id="liste">Liste des éléments à connaître et préparer</h2>
        {CHECKLIST_CATEGORIES.map((category) => (
          <div key={category.id} className="checklist-group">
            <h3>{category.label}</h3>
            <ul className="checklist">
              {checklist
                .filter((i) => i.category === category.id)
                .map((item) => (
                  <li key={item.id} className={`checklist-item checklist-item--${item.status}`}>
                    <span className={`badge badge--${item.status}`}>{STATUS_TEXT[item.status]}</span>
                    <div>
                      <p className="checklist-label">{item.label}</p>
                      {item.detail && <p className="checklist-detail">{item.detail}</p>}
                      {item.status === 'missing' && (
                        <p className="checklist-todo">
                          {item.todo}{' '}
                          <GoToField step={item.step} path={item.path}>
                            Compléter<span className="visually-hidden"> : {item.label}</span>
                          </GoToField>
                        </p>
                      )}
                    </div>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </section>

      <ReviewPanel />

      <section aria-labelledby="reponses">
        <h2 id="reponses">Vérifiez vos réponses</h2>
        {summary.map((section) => (
          <div key={section.step} className="answers">
            <h3>{section.title}</h3>
            <dl>
              {section.rows.map((row, i) => (
                <div className="answers-row" key={`${row.label}-${i}`}>
                  <dt>{row.label}</dt>
                  <dd>{row.value ?? <span className="answers-empty">Non renseigné</span>}</dd>
                  <dd className="answers-change">
                    <GoToField step={section.step} path={row.path}>
                      Modifier<span className="visually-hidden"> : {row.label}</span>
                    </GoToField>
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </section>

      <section aria-labelledby="suite">
        <h2 id="suite">Documents</h2>
        <p>
          Produits à partir de ce dossier, dans votre navigateur. La fiche de saisie DataPass est aussi{' '}
          <Link to="/dossiers/$dossierId/documents" params={{ dossierId: dossier.id }}>
            consultable à l'écran, avec un bouton de copie par champ
          </Link>
          .
        </p>
        <DocumentDownloads dossier={dossier} incomplete={missing > 0} />
        <p>Exportez aussi le dossier pour le transmettre à votre délégué à la protection des données ou le reprendre sur un autre ordinateur.</p>
        <button type="button" className="button button--secondary" onClick={() => downloadDossier(loadable())}>
          Exporter le dossier (.json)
        </button>
      </section>
    </StepLayout>
  );
}
