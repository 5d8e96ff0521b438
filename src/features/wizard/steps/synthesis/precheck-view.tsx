import { PRECHECK_OUTCOME_LABELS, type PrecheckFamily, type PrecheckOutcome } from '../../../../domain/verdict';

const BADGE: Record<PrecheckOutcome, string> = { passes: 'passes', objection: 'objection', todo: 'incomplete', 'not-applicable': 'not-applicable' };

/** The DGFiP's three families of controls, read as the instructor would before deciding. */
export function PrecheckView({ precheck }: { precheck: readonly PrecheckFamily[] }) {
  return (
    <section aria-labelledby="precontrole">
      <h2 id="precontrole">Les contrôles de l'instructeur</h2>
      <p>
        La DGFiP contrôle la conformité réglementaire, la conformité RGPD et la conformité SSI de chaque demande. Voici ce que l'outil a vérifié pour chacun de
        ses contrôles, ce qui passe et ce qui attirerait une objection.
      </p>
      {precheck.map((family) => (
        <div key={family.id} className="precheck-family">
          <h3>
            {family.title} : {PRECHECK_OUTCOME_LABELS[family.outcome].toLowerCase()}
          </h3>
          {family.controls.map((control) => (
            <div key={control.label} className="checklist-item checklist-item--wide">
              <span className={`badge badge--${BADGE[control.outcome]}`}>{PRECHECK_OUTCOME_LABELS[control.outcome]}</span>
              <div>
                <p className="checklist-label">{control.label}</p>
                <p>
                  <strong>Vérifié :</strong> {control.checked}
                </p>
                {control.passing.length > 0 && (
                  <p>
                    <strong>Ce qui passe :</strong> {control.passing.join(' ; ')}.
                  </p>
                )}
                {control.problems.length > 0 && (
                  <div>
                    <p>
                      <strong>Ce qui attirerait une objection ou reste à faire :</strong>
                    </p>
                    <ul>
                      {control.problems.map((problem) => (
                        <li key={problem.label}>
                          {problem.label} : {problem.messages.join(' ')}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </div>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
