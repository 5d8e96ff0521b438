import { countText, type Verdict } from '../../../../domain/verdict';
import { Notice } from '../../../../ui/notice';

/** The verdict in one sentence: "prêt" only when an instructor would accept the request. */
export function VerdictBanner({ verdict }: { verdict: Verdict }) {
  const { todo, review, kept } = verdict.counts;
  const keptText = kept > 0 ? ` ${countText(kept, 'point est maintenu', 'points sont maintenus')} avec votre explication, que l'instructeur lira.` : '';
  if (verdict.state === 'ready') {
    return (
      <Notice kind="success" title="Votre dossier est prêt">
        <p>Rien ne reste à faire ni à revoir.{keptText} Relisez vos réponses ci-dessous, puis déposez la demande sur DataPass.</p>
      </Notice>
    );
  }
  if (verdict.state === 'review') {
    return (
      <Notice kind="warning" title={`Presque prêt : ${countText(review, 'point à revoir', 'points à revoir')}`}>
        <p>
          Le formulaire accepte ces réponses, mais un instructeur de la DGFiP ou votre délégué à la protection des données les contesterait. Corrigez-les, ou
          maintenez-les en expliquant pourquoi.{keptText}
        </p>
      </Notice>
    );
  }
  return (
    <Notice kind="error" title={`${countText(todo, 'chose', 'choses')} à faire avant de déposer la demande`}>
      <p>
        {review > 0 ? `Et ${countText(review, 'point', 'points')} à revoir. ` : ''}Chaque élément ci-dessous dit quoi faire et mène à la question concernée.
      </p>
    </Notice>
  );
}
