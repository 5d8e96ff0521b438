import { dossierForm } from '../../../domain/datapass/dossier-form';
import { LABELS } from '../../../domain/datapass/blocks';
import { companionRequests } from '../../../domain/datapass/companions';
import { prefillLink } from '../../../domain/datapass/prefill-link';
import type { Dossier } from '../../../domain/dossier/model';

/**
 * The one-click start of the DataPass request: a plain link the user follows (the app itself
 * sends nothing), with what it fills and what it leaves to the user.
 */
export function PrefillLinkSection({ dossier }: { dossier: Dossier }) {
  const form = dossierForm(dossier);
  const fc = dossier.organisation.accessMode === 'france-connect';
  return (
    <section aria-labelledby="lien-datapass">
      <h2 id="lien-datapass">Ouvrir le formulaire DataPass prérempli</h2>
      {!form ? (
        <p>Choisissez d'abord le cas d'usage, le logiciel et l'étape (bac à sable ou production) : le lien dépend du formulaire DataPass à utiliser.</p>
      ) : !form.startableByApplicant ? (
        <p>
          Votre demande de production (formulaire « {form.name} ») ne se démarre pas par un lien : sur DataPass, ouvrez votre demande bac à sable validée et cliquez
          sur « {LABELS.startProduction} ». Ses étapes reviennent en lecture seule ; remplissez les étapes de production avec la fiche ci-dessous.
        </p>
      ) : (
        <PrefillLink formName={form.name} link={prefillLink(dossier, form)!} fc={fc} />
      )}
      <CompanionRequests dossier={dossier} />
    </section>
  );
}

/** The other requests the project needs, each with its own prefilled link. */
function CompanionRequests({ dossier }: { dossier: Dossier }) {
  const requests = companionRequests(dossier);
  if (requests.length === 0) return null;
  return (
    <>
      <h3>Les autres demandes DataPass de votre projet</h3>
      <ul>
        {requests.map((r) => (
          <li key={r.uid}>
            <strong>{r.name}</strong> ({r.uid}) : {r.why}{' '}
            <a href={r.url} target="_blank" rel="noopener noreferrer">
              Ouvrir DataPass avec ces réponses<span className="visually-hidden"> ({r.name})</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

function PrefillLink({ formName, link, fc }: { formName: string; link: NonNullable<ReturnType<typeof prefillLink>>; fc: boolean }) {
  return (
    <>
      <p>
        Le lien ouvre le formulaire « {formName} » avec {link.carried.length} réponses du dossier déjà saisies (nom du projet, description, cadre juridique,
        modalité, données, conservation…). Connectez-vous à DataPass, relisez chaque étape : rien n'est déposé avant que vous ne soumettiez la demande.
      </p>
      <p>
        <a className="button" href={link.url} target="_blank" rel="noopener noreferrer">
          Ouvrir DataPass avec ces réponses
        </a>
      </p>
      <p>
        Le lien ne remplit pas, volontairement, les personnes impliquées : DataPass refuse de les recevoir par un lien. Copiez-les depuis la fiche ci-dessous,
        joignez les fichiers (délibération, décision d'homologation le cas échéant), cochez vous-même les attestations
        {fc ? " et sélectionnez l'habilitation FranceConnect de votre organisation" : ''}.
        {link.tooLong.length > 0 && ` Trop longs pour le lien, à coller depuis la fiche : ${link.tooLong.map((f) => `« ${f.label} »`).join(', ')}.`}
      </p>
    </>
  );
}
