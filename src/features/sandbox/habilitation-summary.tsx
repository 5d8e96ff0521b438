import { Link } from '@tanstack/react-router';
import { resourceById } from '../../domain/api/resources';
import { ACCESS_MODES } from '../../domain/catalogue/software';
import { scopeByKey, DEPENDANTS_DETAIL_SCOPE } from '../../domain/catalogue/scopes';
import { formatFrenchDate, type IsoDate } from '../../domain/dates';
import { coveredYears, type Habilitation } from '../../domain/sandbox/habilitation';
import { Notice } from '../../ui/notice';

/** The habilitation the dossier would get, in four lines: the proof of minimisation up front. */
export function HabilitationSummary({
  habilitation,
  dossierId,
  boxes,
  day,
  simulated,
}: {
  habilitation: Habilitation;
  dossierId: string;
  boxes: readonly string[];
  day: IsoDate;
  /** Whether the day is the simulated one, or today for want of a whole simulated date. */
  simulated: 'date' | 'today-instead' | false;
}) {
  const data = habilitation.scopes.filter((k) => scopeByKey(k).kind === 'datum');
  const years = coveredYears(habilitation, day);
  return (
    <section aria-labelledby="sandbox-habilitation">
      <h2 id="sandbox-habilitation">Ce que votre habilitation ouvrirait</h2>
      {habilitation.resources.length === 0 && (
        <Notice kind="warning" title="Votre dossier n'ouvre encore aucune ressource">
          <p>
            Tout appel recevra une erreur 403. Cochez les données nécessaires à l'étape{' '}
            <Link to="/dossiers/$dossierId/donnees" params={{ dossierId }}>
              Les données
            </Link>
            .
          </p>
        </Notice>
      )}
      <dl className="sandbox-facts">
        <div>
          <dt>Ressources</dt>
          <dd>
            {habilitation.resources.length > 0 ? habilitation.resources.map((id) => resourceById(id).label).join(', ') : 'aucune'}
            {habilitation.tokenScopes.length > 0 && (
              <>
                {' '}
                (jeton : <code>{habilitation.tokenScopes.join(' ')}</code>)
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Données renvoyées</dt>
          <dd>
            {data.length > 0
              ? data
                  .map((k) => (k === DEPENDANTS_DETAIL_SCOPE ? `${scopeByKey(k).label} (cases ${boxes.join(', ') || 'aucune'})` : scopeByKey(k).shortLabel))
                  .join(', ')
              : 'aucune'}
          </dd>
        </div>
        <div>
          <dt>Années</dt>
          <dd>
            Au {formatFrenchDate(day)}
            {simulated === 'date' ? ' (date simulée)' : simulated === 'today-instead' ? " (date du jour, la date simulée n'étant pas complète)" : ''} :{' '}
            {years.length > 0 ? `revenus ${years.join(' et ')}` : 'aucune année cochée'}
          </dd>
        </div>
        <div>
          <dt>Mode d'accès</dt>
          <dd>
            {ACCESS_MODES.filter((m) => habilitation.modes.includes(m.id))
              .map((m) => m.label)
              .join(' ou ')}
          </dd>
        </div>
      </dl>
    </section>
  );
}
