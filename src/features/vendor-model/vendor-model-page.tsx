import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { Link } from '@tanstack/react-router';
import type { VendorMethod } from '../../domain/dossier/model';
import { MAX_VENDOR_SECURITY_DOCUMENTS } from '../../domain/dossier/limits';
import { modelFromDossier, providedFromDossier, serializeVendorModel, vendorModelProblems } from '../../domain/vendor/export-model';
import { downloadFile, listDossiers, safeFileName, subscribe } from '../storage';
import { loadDossier, type LoadResult } from '../storage/dossier-repository';
import { defaultMethodScopes } from '../../domain/vendor/methods';
import { Notice } from '../../ui/notice';
import { APP_NAME } from '../../ui/app-name';
import { focusHeadingAfterNavigation } from '../../ui/focus-heading';
import { MethodChoices } from './method-choices';
import { ProvidedPreview } from './provided-preview';

/**
 * The vendor's space: it picks the dossier in which it filled its own parts, ticks the methods
 * its software supports with the data each needs, names itself, lists its hosting's security
 * documents and downloads its model, for each collectivité to start from.
 */
const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

export function VendorModelPage() {
  const dossiers = useSyncExternalStore(subscribe, listDossiers, () => []);
  const readable = dossiers.filter((d) => !d.unreadable);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = useId();
  const [dossierId, setDossierId] = useState('');
  const [loaded, setLoaded] = useState<LoadResult | null>(null);
  const dossier = loaded?.ok ? loaded.dossier : null;
  const [vendorName, setVendorName] = useState('');
  const [methods, setMethods] = useState<VendorMethod[]>([]);
  const [documents, setDocuments] = useState('');
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [downloaded, setDownloaded] = useState<string | null>(null);

  useEffect(() => {
    document.title = `Espace éditeur – ${APP_NAME}`;
    focusHeadingAfterNavigation(headingRef);
  }, []);

  // A dossier chosen brings its own answers: the vendor's name, and its method as a first choice.
  const choose = (id: string) => {
    setDossierId(id);
    setProblems(new Map());
    setDownloaded(null);
    const chosen = id ? loadDossier(id) : null;
    setLoaded(chosen);
    if (chosen?.ok) {
      const { organisation, method } = chosen.dossier;
      setVendorName(organisation.softwareVendorName);
      setMethods(method.id ? [{ id: method.id, scopes: defaultMethodScopes(method, method.id) }] : []);
    }
  };

  const exportModel = () => {
    if (!dossier) return;
    const model = modelFromDossier(dossier, { vendorName, methods, securityDocuments: lines(documents), now: new Date() });
    const found = vendorModelProblems(model);
    if (methods.length === 0) found.set('methods', 'Cochez au moins une méthode de calcul que votre logiciel sait appliquer.');
    setProblems(found);
    setDownloaded(null);
    if (found.size > 0) return;
    const filename = `modele-editeur-${safeFileName(model.vendorName, 'json')}`;
    downloadFile(filename, serializeVendorModel(model), 'application/json');
    setDownloaded(filename);
  };

  const nameError = problems.get('vendorName') ?? null;
  const documentsErrors = [...problems].filter(([path]) => path.startsWith('securityDocuments'));
  const documentsError =
    documentsErrors.length === 0
      ? null
      : documentsErrors.map(([path, message]) => (path === 'securityDocuments' ? message : `Ligne ${Number(path.split('.')[1]) + 1} : ${message}`)).join(' ');
  const methodsError = problems.get('methods') ?? [...problems].find(([path]) => path.startsWith('methods.'))?.[1] ?? null;
  const inHouse = dossier?.organisation.software === 'interne';

  return (
    <div className="page vendor-model">
      <h1 ref={headingRef} tabIndex={-1}>
        Espace éditeur : le modèle de vos collectivités
      </h1>
      <div className="lead">
        <p>
          Vous équipez des collectivités d'un logiciel qui appellera l'API Impôt particulier. Remplissez une fois, dans un dossier de cet outil, ce qui relève
          de vous : votre logiciel et le parcours DataPass (étape 1), l'information que votre portail donne aux usagers (étape 6), votre responsable technique
          (étape 7), la volumétrie (étape 8). Téléchargez ensuite ici votre <strong>modèle</strong>, et transmettez ce fichier aux collectivités.
        </p>
        <p>
          Chacune commence son dossier à partir de ce modèle (« Commencer à partir du modèle de votre éditeur », sur l'accueil) : vos réponses y sont déjà
          remplies et marquées comme les vôtres. Ce qu'elle en change est listé dans sa synthèse et sa liste de contrôle : rien ne vous est envoyé, demandez-lui
          cette liste de contrôle. La demande reste déposée sur DataPass par la collectivité elle-même.
        </p>
        <p>
          Votre modèle prêt, vous pouvez aussi préparer d'un coup les dossiers de nombreuses collectivités à partir d'un tableau :{' '}
          <Link to="/editeur/lot">Préparer un lot de collectivités</Link>.
        </p>
      </div>

      {readable.length === 0 ? (
        <Notice kind="info">
          <p>
            Aucun dossier dans ce navigateur. <Link to="/">Commencez une demande depuis l'accueil</Link>, remplissez les étapes qui vous concernent, puis
            revenez ici.
          </p>
        </Notice>
      ) : (
        <form
          className="step-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            exportModel();
          }}
        >
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-dossier`}>
              Le dossier où vous avez rempli vos réponses
            </label>
            <select id={`${ids}-dossier`} className="input select" value={dossierId} onChange={(e) => choose(e.target.value)}>
              <option value="">Choisissez…</option>
              {readable.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title}
                  {/* A title often names the organisation already ("Cantine scolaire – Commune de…"). */}
                  {d.organisationName && !d.title.includes(d.organisationName) ? ` (${d.organisationName})` : ''}
                </option>
              ))}
            </select>
          </div>
          {loaded && !loaded.ok && (
            <Notice kind="error">
              <p>{loaded.message}</p>
            </Notice>
          )}

          {dossier && (
            <>
              <section aria-labelledby={`${ids}-fourni`}>
                <h2 id={`${ids}-fourni`}>Ce que votre modèle fournira à chaque collectivité</h2>
                {inHouse && (
                  <Notice kind="warning">
                    <p>
                      Ce dossier indique un développement interne : le modèle ne dira pas qui développe le logiciel. À l'étape 1, choisissez « Un éditeur de
                      logiciel… ».
                    </p>
                  </Notice>
                )}
                <ProvidedPreview dossier={dossier} provided={providedFromDossier(dossier, vendorName)} />
              </section>

              <div className={`field${nameError ? ' field--error' : ''}`}>
                <label className="field-label" htmlFor={`${ids}-nom`}>
                  Nom de votre société (éditeur)
                </label>
                {nameError && (
                  <p className="field-error" id={`${ids}-nom-erreur`}>
                    <span className="visually-hidden">Erreur : </span>
                    {nameError}
                  </p>
                )}
                <input
                  id={`${ids}-nom`}
                  className="input input--medium"
                  autoComplete="organization"
                  value={vendorName}
                  aria-invalid={nameError ? true : undefined}
                  aria-describedby={nameError ? `${ids}-nom-erreur` : undefined}
                  onChange={(e) => setVendorName(e.target.value)}
                />
              </div>

              <MethodChoices method={dossier.method} value={methods} onChange={setMethods} error={methodsError} />

              <div className={`field${documentsError ? ' field--error' : ''}`}>
                <label className="field-label" htmlFor={`${ids}-documents`}>
                  Documents de sécurité de votre hébergement (facultatif)
                </label>
                <p className="field-hint" id={`${ids}-documents-aide`}>
                  Un titre par ligne ({MAX_VENDOR_SECURITY_DOCUMENTS} au plus), par exemple « Décision d'homologation de la plateforme, 2026 ». Ils seront
                  rappelés à chaque collectivité, à l'étape 8 et dans sa liste de contrôle, pour qu'elle les joigne à son homologation.
                </p>
                {documentsError && (
                  <p className="field-error" id={`${ids}-documents-erreur`}>
                    <span className="visually-hidden">Erreur : </span>
                    {documentsError}
                  </p>
                )}
                <textarea
                  id={`${ids}-documents`}
                  className="input textarea"
                  rows={4}
                  value={documents}
                  aria-invalid={documentsError ? true : undefined}
                  aria-describedby={`${ids}-documents-aide${documentsError ? ` ${ids}-documents-erreur` : ''}`}
                  onChange={(e) => setDocuments(e.target.value)}
                />
              </div>

              <div role="status">
                {problems.size > 0 && (
                  <Notice kind="error">
                    <p>Le modèle n'a pas été téléchargé : corrigez {problems.size > 1 ? 'les champs signalés' : 'le champ signalé'}.</p>
                  </Notice>
                )}
                {downloaded && (
                  <Notice kind="success">
                    <p>
                      Votre modèle est téléchargé ({downloaded}). Transmettez ce fichier aux collectivités que vous équipez : chacune le choisira sur l'accueil
                      de l'outil, avec « Commencer à partir du modèle de votre éditeur ».
                    </p>
                  </Notice>
                )}
              </div>
              <div className="step-nav">
                <button type="submit" className="button button--primary">
                  Télécharger le modèle (.json)
                </button>
              </div>
            </>
          )}
        </form>
      )}
    </div>
  );
}
