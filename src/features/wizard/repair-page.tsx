import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { applyRepairs, diagnose, labelOf, pathKey, readablePart, type Decision, type UnreadableValue } from '../../domain/dossier/repair';
import { summariseDossier } from '../../domain/summary';
import { Notice } from '../../ui/notice';
import { fieldId, focusById } from '../../ui/field-id';
import { downloadFile, safeFileName, writeDossier } from '../storage';

/**
 * A stored dossier that does not load opens here, never on a blank page: what reads fine is
 * shown, each unreadable value is listed with its stored text, and the user corrects it or drops
 * it. The raw file can be exported first, as it is, whatever happens next.
 */
export function RepairPage({ dossierId, raw, message, onRepaired }: { dossierId: string; raw: string; message: string; onRepaired: () => void }) {
  const diagnosis = useMemo(() => diagnose(raw, dossierId), [raw, dossierId]);
  const exportRaw = () => downloadFile(safeFileName(`dossier ${dossierId}`, 'json'), raw, 'application/json');

  return (
    <div className="page">
      <h1 tabIndex={-1}>Ce dossier doit être réparé pour s’ouvrir</h1>
      {diagnosis.kind === 'repairable' ? (
        <RepairForm dossierId={dossierId} base={diagnosis.base} initialProblems={diagnosis.problems} onRepaired={onRepaired} />
      ) : (
        <Notice kind="error">
          <p>{diagnosis.kind === 'unrepairable' ? diagnosis.message : message}</p>
          <p>Son contenu est conservé tel quel dans ce navigateur : exportez-le pour le garder ou le faire examiner.</p>
        </Notice>
      )}
      <div className="page-actions">
        <button type="button" className="button button--secondary" onClick={exportRaw}>
          Exporter le fichier brut (.json)
        </button>
        <Link to="/" className="button button--secondary">
          Revenir à l’accueil
        </Link>
      </div>
    </div>
  );
}

function RepairForm({
  dossierId,
  base,
  initialProblems,
  onRepaired,
}: {
  dossierId: string;
  base: Record<string, unknown>;
  initialProblems: UnreadableValue[];
  onRepaired: () => void;
}) {
  const [problems, setProblems] = useState(initialProblems);
  const [decisions, setDecisions] = useState<ReadonlyMap<string, Decision>>(
    () => new Map(initialProblems.map((p) => [pathKey(p.path), { action: 'replace', text: p.raw }])),
  );
  const [failed, setFailed] = useState(false);
  const readable = useMemo(() => readablePart(base, problems, dossierId), [base, problems, dossierId]);

  const decide = (problem: UnreadableValue, decision: Decision) => setDecisions((previous) => new Map(previous).set(pathKey(problem.path), decision));

  const save = () => {
    const result = applyRepairs(base, problems, decisions, dossierId);
    if (!result.ok) {
      // What still does not read is asked again, from the values as just corrected.
      setProblems(result.problems);
      setDecisions(new Map(result.problems.map((p) => [pathKey(p.path), { action: 'replace', text: p.raw }])));
      setFailed(true);
      requestAnimationFrame(() => focusById('reparation-valeurs'));
      return;
    }
    // Stored where it was opened from, whatever id the damaged text carried.
    writeDossier({ ...result.dossier, id: dossierId });
    onRepaired();
  };

  return (
    <>
      <p>
        {problems.length === 1 ? 'Une valeur enregistrée ne peut pas être lue' : `${problems.length} valeurs enregistrées ne peuvent pas être lues`} : elle a pu
        être abîmée par une ancienne version de l’outil, un fichier modifié à la main ou un arrêt du navigateur. Tout le reste du dossier se lit normalement.
        Pour chaque valeur, corrigez-la ou retirez-la, puis enregistrez le dossier : il s’ouvrira à l’étape où vous étiez.
      </p>
      {failed && (
        <Notice kind="error">
          <p>Certaines valeurs ne se lisent toujours pas : le message sous chacune dit pourquoi.</p>
        </Notice>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <div id="reparation-valeurs" tabIndex={-1}>
          {problems.map((problem) => (
            <UnreadableValueField
              key={pathKey(problem.path)}
              problem={problem}
              label={labelOf(problem.path, readable)}
              decision={decisions.get(pathKey(problem.path))}
              onDecide={(d) => decide(problem, d)}
            />
          ))}
        </div>
        <button type="submit" className="button button--primary">
          Enregistrer le dossier réparé et l’ouvrir
        </button>
      </form>
      {readable && (
        <details className="repair-readable answers">
          <summary>Ce qui se lit correctement</summary>
          {summariseDossier(readable).map((section) => (
            <section key={section.step}>
              <h2>{section.title}</h2>
              <dl>
                {section.rows.map((row) => (
                  <div className="answers-row" key={row.path.join('.') + row.label}>
                    <dt>{row.label}</dt>
                    <dd>{row.value ?? 'Non renseigné'}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </details>
      )}
    </>
  );
}

function UnreadableValueField({
  problem,
  label,
  decision,
  onDecide,
}: {
  problem: UnreadableValue;
  label: string;
  decision: Decision | undefined;
  onDecide: (d: Decision) => void;
}) {
  const id = fieldId(['reparation', ...problem.path]);
  const dropping = decision?.action === 'drop';
  const inList = problem.path.some((key) => typeof key === 'number');
  return (
    <fieldset className="field fieldset field--error" aria-describedby={`${id}-erreur`}>
      <legend className="field-label">{label}</legend>
      <p className="field-error" id={`${id}-erreur`}>
        <span className="visually-hidden">Erreur : </span>
        {problem.message}
      </p>
      <div className="choices">
        <div className="choice">
          <input id={`${id}-corriger`} type="radio" name={id} checked={!dropping} onChange={() => onDecide({ action: 'replace', text: problem.raw })} />
          <label htmlFor={`${id}-corriger`}>Corriger la valeur</label>
        </div>
        <div className="choice">
          <input id={`${id}-retirer`} type="radio" name={id} checked={dropping} onChange={() => onDecide({ action: 'drop' })} />
          <label htmlFor={`${id}-retirer`}>{inList ? 'Retirer cette ligne' : 'Retirer la valeur (le champ redevient vide)'}</label>
        </div>
      </div>
      {!dropping && (
        <div className="field">
          <label className="field-label" htmlFor={id}>
            {problem.absent ? 'Valeur (absente du fichier)' : 'Valeur enregistrée, à corriger'}
          </label>
          <textarea
            id={id}
            className="input textarea"
            rows={Math.min(8, Math.max(2, Math.ceil(problem.raw.length / 80)))}
            value={decision?.action === 'replace' ? decision.text : problem.raw}
            onChange={(event) => onDecide({ action: 'replace', text: event.target.value })}
          />
        </div>
      )}
    </fieldset>
  );
}
