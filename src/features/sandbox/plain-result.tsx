import { formatFrenchDate, type IsoDate } from '../../domain/dates';
import type { FilterResult } from '../../domain/sandbox/filter';
import { Notice } from '../../ui/notice';
import { plainPeriods, withheldSummary } from './plain-facts';

function WithheldSentence({ result }: { result: FilterResult }) {
  const { notTicked, unopenable } = withheldSummary(result.withheld);
  if (notTicked.length === 0 && unopenable === 0) return <p>La DGFiP ne retiendrait rien de cette réponse.</p>;
  return (
    <p className="sandbox-plain-withheld">
      <strong>Retenu par la DGFiP</strong>
      {notTicked.length > 0 && <> (votre dossier ne coche pas ces données) : {notTicked.join(', ')}</>}
      {unopenable > 0 && (
        <>
          {notTicked.length > 0 ? ' ; et ' : ' : '}
          {unopenable} {unopenable > 1 ? 'autres informations' : 'autre information'} qu'aucune donnée de DataPass n'ouvre
        </>
      )}
      .
    </p>
  );
}

/**
 * What the habilitation receives from one response, in words and figures, then what the DGFiP
 * keeps back, named by the data that would open it.
 */
export function PlainResult({ result, day, coveredYears }: { result: FilterResult; day: IsoDate; coveredYears: readonly number[] }) {
  if (!result.yearCovered) {
    return (
      <Notice
        kind="warning"
        title={result.year === null ? "L'année de la réponse est inconnue" : `Les revenus ${result.year} ne sont pas couverts par votre habilitation`}
      >
        <p>
          Au {formatFrenchDate(day)}, votre habilitation couvre {coveredYears.length > 0 ? `les revenus ${coveredYears.join(' et ')}` : 'aucune année'} : la
          DGFiP ne renverrait rien de cette réponse.
        </p>
      </Notice>
    );
  }
  const periods = plainPeriods(result.returnedFields);
  return (
    <div className="sandbox-plain">
      {periods.length === 0 ? (
        <p>Rien : cette réponse ne contient aucune des données que votre dossier coche.</p>
      ) : (
        periods.map((period, i) => (
          <div key={period.title ?? `p${i}`}>
            {period.title && <p className="sandbox-plain-period">{period.title}</p>}
            <dl className="sandbox-facts sandbox-plain-facts">
              {period.facts.map((fact) => (
                <div key={fact.label}>
                  <dt>{fact.label}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))
      )}
      <WithheldSentence result={result} />
    </div>
  );
}
