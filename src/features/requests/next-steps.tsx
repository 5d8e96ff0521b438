import { useMemo } from 'react';
import { INSTRUCTION_TIMES, procedure, type ProcedureStatus } from '../../domain/datapass/procedure';
import { projectRequests } from '../../domain/datapass/project-requests';
import { useDossier } from '../storage/editing';

const STATUS_TEXT: Readonly<Record<ProcedureStatus, string>> = { done: 'Fait', current: 'Vous en êtes là', later: 'Ensuite' };
const STATUS_BADGE: Readonly<Record<ProcedureStatus, string>> = { done: 'ready', current: 'todo', later: 'not-started' };

/** "Et ensuite ?": the procedure after the tool, where the project stands, and how long instruction takes. */
export function NextSteps({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { dossier, today } = useDossier();
  const steps = useMemo(() => procedure(dossier, projectRequests(dossier), today), [dossier, today]);
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="procedure" aria-labelledby="et-ensuite">
      <Heading id="et-ensuite">Et ensuite ?</Heading>
      <p>
        La suite, dans l’ordre. Une étape est marquée faite d’après le dossier : la délibération datée, ou la demande notée déposée ou validée sur la page « Vos
        demandes DataPass ».
      </p>
      <ol className="procedure-steps">
        {steps.map((step) => (
          <li key={step.id} className={`procedure-step procedure-step--${step.status}`} aria-current={step.status === 'current' ? 'step' : undefined}>
            <span className={`badge badge--${STATUS_BADGE[step.status]}`}>{STATUS_TEXT[step.status]}</span>
            <span className="procedure-step-text">
              <strong>{step.label}</strong>
              <span className="procedure-step-detail">{step.detail}</span>
            </span>
          </li>
        ))}
      </ol>
      <Heading id="delais" className="procedure-times-heading">
        Combien de temps ?
      </Heading>
      <ul className="procedure-times" aria-labelledby="delais">
        {INSTRUCTION_TIMES.map((t) => (
          <li key={t.source}>
            {t.text} <span className={t.toCheck ? 'procedure-source procedure-source--to-check' : 'procedure-source'}>Source : {t.source}.</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
