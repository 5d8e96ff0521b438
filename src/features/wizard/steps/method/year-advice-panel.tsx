import { scopeByKey } from '../../../../domain/catalogue/scopes';
import { formatFrenchDate } from '../../../../domain/dates';
import { adviseYears } from '../../../../domain/years';
import { Notice } from '../../../../ui/notice';

/** Which income years the API will return during the campaign, and the year to ask for. */
export function YearAdvicePanel({ start, end }: { start: string; end: string }) {
  const advice = adviseYears(start, end);
  if (!advice) {
    return (
      <p className="field-hint" aria-live="polite">
        Indiquez les deux dates pour savoir quelle année de revenus demander.
      </p>
    );
  }
  return (
    <div aria-live="polite">
      <Notice kind="info" title={`Année conseillée : ${scopeByKey(advice.recommended).label}`}>
        <p>{advice.reason}</p>
        <ul>
          {advice.periods.map((p) => (
            <li key={p.from}>
              Du {formatFrenchDate(p.from)} au {formatFrenchDate(p.to)} : revenus {p.incomeYear} ({p.relative})
            </li>
          ))}
        </ul>
        {advice.forecast && <p className="field-hint">La date de calcul de l'impôt de cette année est une prévision : la DGFiP la publie chaque année.</p>}
      </Notice>
    </div>
  );
}
