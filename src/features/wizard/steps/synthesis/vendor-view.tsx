import { formatFrenchDate } from '../../../../domain/dates';
import type { VendorChange, VendorReport } from '../../../../domain/vendor/changes';
import { GoToField } from './go-to-field';

/**
 * The vendor gives answers, but for the method and the data it only says what its software
 * supports and needs: "fourni" would read as if it had chosen for the collectivité.
 */
function vendorSide(change: VendorChange): string {
  if (change.step === 'methode') return 'Méthodes prises en charge par le logiciel de votre éditeur :';
  if (change.step === 'donnees') return 'Données nécessaires au logiciel de votre éditeur :';
  return 'Fourni par votre éditeur :';
}

/**
 * For a dossier started from its vendor's model: what the collectivité changed of the vendor's
 * answers, each with what the vendor gave and what the dossier now says, for the vendor to see;
 * and the security documents the vendor hands over. Information, not a reason to wait.
 */
export function VendorView({ report }: { report: VendorReport }) {
  const exported = formatFrenchDate(report.modelExportedOn);
  return (
    <section aria-labelledby="modele-editeur">
      <h2 id="modele-editeur">Le modèle de votre éditeur</h2>
      <p>
        Ce dossier a été commencé à partir du modèle de <strong>{report.vendorName}</strong>, exporté le {exported}.
        {report.methods.length > 0 && <> Méthodes de calcul prises en charge par son logiciel : {report.methods.join(' ; ')}.</>}
      </p>
      {report.changes.length === 0 ? (
        <p>Aucune des réponses fournies par votre éditeur n'a été modifiée.</p>
      ) : (
        <>
          <p>
            {report.changes.length > 1 ? `Vous avez modifié ${report.changes.length} réponses` : 'Vous avez modifié une réponse'} fournie
            {report.changes.length > 1 ? 's' : ''} par votre éditeur. Ce n'est pas un obstacle au dépôt. Rien ne lui est envoyé : transmettez-lui la liste de
            contrôle (le PDF à télécharger sur cette page) pour qu'il en tienne compte.
          </p>
          <dl className="vendor-changes">
            {report.changes.map((change) => (
              <div className="answers-row" key={`${change.step}-${change.path.join('.')}`}>
                <dt>{change.label}</dt>
                <dd>
                  <div>
                    <strong>{vendorSide(change)}</strong> {change.provided ?? <span className="answers-empty">vide</span>}
                  </div>
                  <div>
                    <strong>Dans votre dossier :</strong> {change.current ?? <span className="answers-empty">vide</span>}
                  </div>
                </dd>
                <dd className="answers-change">
                  <GoToField step={change.step} path={change.path}>
                    Modifier<span className="visually-hidden"> : {change.label}</span>
                  </GoToField>
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {report.securityDocuments.length > 0 && (
        <>
          <h3>Documents de sécurité de l'hébergement, fournis par votre éditeur</h3>
          <ul>
            {report.securityDocuments.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
