import { useEffect, useMemo } from 'react';
import { Link } from '@tanstack/react-router';
import { DocumentDownloads } from '../../../documents';
import { NextSteps, RequestsOverview } from '../../../requests';
import { ReviewPanel } from '../../../review';
import { summariseDossier } from '../../../../domain/summary';
import { buildVerdict } from '../../../../domain/verdict';
import { vendorReport } from '../../../../domain/vendor/changes';
import { downloadDossier } from '../../../storage';
import { useDossier } from '../../../storage/editing';
import { StepLayout } from '../../step-layout';
import { AnswersView } from './answers-view';
import { ChecklistView } from './checklist-view';
import { DataRulesView } from './data-rules-view';
import { PrecheckView } from './precheck-view';
import { VerdictBanner } from './verdict-banner';
import { VendorView } from './vendor-view';

/** The synthesis lays out the domain's verdict and summary; it judges nothing itself. */
export function SynthesisStep() {
  const { dossier, update, today, loadable } = useDossier();
  const verdict = useMemo(() => buildVerdict(dossier, today), [dossier, today]);
  const summary = useMemo(() => summariseDossier(dossier), [dossier]);
  const vendor = useMemo(() => vendorReport(dossier), [dossier]);

  useEffect(() => {
    if (!dossier.visitedSteps.includes('synthese')) update((d) => ({ ...d, visitedSteps: [...d.visitedSteps, 'synthese'] }));
  }, [dossier.visitedSteps, update]);

  return (
    <StepLayout
      stepId="synthese"
      intro={
        <p>Ce qui est prêt, ce qui reste à faire ou à revoir et où le faire, puis toutes vos réponses à relire avant de déposer la demande sur DataPass.</p>
      }
    >
      <VerdictBanner verdict={verdict} />
      <ChecklistView parts={verdict.checklistParts} />
      <PrecheckView precheck={verdict.precheck} />
      <DataRulesView data={verdict.data} />
      {vendor && <VendorView report={vendor} />}
      <RequestsOverview />
      <NextSteps />
      <ReviewPanel />
      <AnswersView summary={summary} />

      <section aria-labelledby="suite">
        <h2 id="suite">Documents</h2>
        <p>
          Produits à partir de ce dossier, dans votre navigateur. La fiche de saisie de chaque demande est aussi{' '}
          <Link to="/dossiers/$dossierId/demandes" params={{ dossierId: dossier.id }}>
            consultable à l'écran, avec un bouton de copie par champ
          </Link>
          .
        </p>
        <DocumentDownloads dossier={dossier} state={verdict.state} />
        <p>Exportez aussi le dossier pour le transmettre à votre délégué à la protection des données ou le reprendre sur un autre ordinateur.</p>
        <button type="button" className="button button--secondary" onClick={() => downloadDossier(loadable())}>
          Exporter le dossier (.json)
        </button>
      </section>
    </StepLayout>
  );
}
