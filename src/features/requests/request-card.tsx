import type { ProjectRequest } from '../../domain/datapass/project-requests';
import { REQUEST_STATE_LABELS, REQUEST_STATES, isFiled } from '../../domain/datapass/request-tracking';
import { countText } from '../../domain/verdict';
import { SelectField, TextField } from '../../ui/fields';
import { SheetRows, SheetView } from './sheet-view';

const PREREQUISITE_TEXT: Readonly<Record<string, string>> = { true: 'Prêt', false: 'À faire', null: 'À vérifier' };
const PREREQUISITE_BADGE: Readonly<Record<string, string>> = { true: 'ready', false: 'todo', null: 'review' };

const STATE_OPTIONS = [
  { value: '', label: 'Pas encore sur DataPass' },
  ...REQUEST_STATES.map((state) => ({ value: state, label: REQUEST_STATE_LABELS[state] })),
];

/**
 * One DataPass request of the project: why it is needed, what must be ready first, the link
 * that opens it already filled (a plain link the user follows: the app itself sends nothing),
 * what the user types or attaches by hand, and what the user records of it once filed.
 */
export function RequestCard({ request, position }: { request: ProjectRequest; position: number }) {
  const id = `demande-${request.key}`;
  return (
    <section className="request-card" aria-labelledby={id}>
      <h2 id={id}>
        {position}. {request.title}
      </h2>
      <p>{request.why}</p>
      <p className="request-form">
        Formulaire DataPass : « {request.formName} » <code className="sheet-key">{request.formUid}</code>
      </p>

      {request.prerequisites.length > 0 && (
        <>
          <h3>Avant de la déposer</h3>
          <ul className="request-prerequisites">
            {request.prerequisites.map((p) => (
              <li key={p.text} className="prerequisite">
                <span className={`badge badge--${PREREQUISITE_BADGE[String(p.met)]}`}>{PREREQUISITE_TEXT[String(p.met)]}</span> {p.text}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Sur DataPass</h3>
      <p>{request.opening}</p>
      {request.link && (
        <>
          <p>
            <a className="button" href={request.link.url} target="_blank" rel="noopener noreferrer">
              Ouvrir le formulaire DataPass prérempli<span className="visually-hidden"> : {request.title}</span>
            </a>
          </p>
          <p className="field-hint">
            Le lien remplit {request.link.carried.length} champs : {request.link.carried.map((f) => f.label).join(' ; ')}. Connectez-vous avec ProConnect et
            relisez chaque étape : rien n’est déposé avant que vous ne soumettiez la demande.
          </p>
        </>
      )}

      {request.byHand.length > 0 && (
        // Folded once the request is on DataPass: the page then mostly serves to follow it.
        <details className="disclosure" open={!isFiled(request.tracking)}>
          <summary>À saisir, joindre ou cocher vous-même ({countText(request.byHand.length, 'champ', 'champs')})</summary>
          <p className="field-hint">
            Ce qu’aucun lien ne peut porter : les personnes (DataPass refuse de les recevoir par un lien), les fichiers, les choix à faire et les attestations.
          </p>
          <SheetRows fields={request.byHand} />
        </details>
      )}

      {request.sheet && (
        <details className="disclosure">
          <summary>Toute la fiche de saisie, étape par étape</summary>
          <SheetView steps={request.sheet} idPrefix={`fiche-${request.key}`} />
        </details>
      )}

      <fieldset className="fieldset request-tracking">
        <legend className="field-label">Son suivi sur DataPass</legend>
        <p className="field-hint">Notez-le une fois la demande créée : il reste dans le dossier, figure dans la synthèse et dans le fichier exporté.</p>
        <div className="request-tracking-fields">
          <TextField
            name={`${request.key}.number`}
            label="Numéro de la demande"
            hint={
              request.key === 'impot-production'
                ? 'Celui de la demande bac à sable : DataPass la transforme en demande de production.'
                : 'En haut de la demande sur DataPass, par exemple D12345.'
            }
            width="short"
          />
          <TextField name={`${request.key}.filedOn`} label="Date de dépôt" type="date" width="medium" />
          <SelectField name={`${request.key}.state`} label="État sur DataPass" options={STATE_OPTIONS} />
        </div>
      </fieldset>
    </section>
  );
}
