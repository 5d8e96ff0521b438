import { resourceById } from '../../domain/api/resources';
import { curlCommands, powershellCommands, relayCommand } from '../../domain/sandbox/commands';
import { readHost } from '../../domain/sandbox/host';
import { TERMS } from './header-terms';
import { DEFAULT_RELAY_PORT, readPort, type RequestValues } from './request-values';
import { TechnicalDetails } from './technical-details';

/** The same call outside the browser, where CORS does not apply, and the relay's command. */
export function RealCommands({ values }: { values: RequestValues }) {
  const host = readHost(values.host);
  return (
    <section aria-labelledby="sandbox-commandes">
      <h2 id="sandbox-commandes">Appeler hors du navigateur</h2>
      {!host.ok ? (
        <p>Indiquez un hôte valide pour obtenir les commandes curl et PowerShell de cet appel.</p>
      ) : (
        <>
          <p>
            Si la passerelle refuse les appels venant de cette page, faites le même appel depuis un terminal, ou passez par un relais lancé sur votre poste.
          </p>
          <TechnicalDetails what="commandes curl et PowerShell, relais local">
            <p>{TERMS.commands}</p>
            <p>
              Ces commandes font exactement l'appel préparé ci-dessus. Elles demandent l'identifiant et le secret au moment de s'exécuter : ils n'apparaissent
              ni ici ni dans l'historique du terminal.
            </p>
            {(['bash (Linux, macOS) avec curl', 'PowerShell (Windows)'] as const).map((title, i) => {
              const input = {
                base: host.base,
                resource: resourceById(values.resourceId),
                mode: values.mode,
                spi: values.spi.trim(),
                year: values.year.trim(),
                correlationId: values.correlationId.trim(),
                teleserviceId: values.teleserviceId.trim(),
              };
              return (
                <div key={title}>
                  <h3>{title}</h3>
                  {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a <pre> that scrolls sideways must take the focus to be scrolled with the keyboard (WCAG 2.1.1) */}
                  <pre className="sandbox-command" tabIndex={0} aria-label={`Commandes ${title}`}>
                    {i === 0 ? curlCommands(input) : powershellCommands(input)}
                  </pre>
                </div>
              );
            })}
            <h3>Le relais local</h3>
            <p>
              Dans le dossier de ce projet, lancez la commande ci-dessous, laissez la fenêtre ouverte, puis cochez « Passer par le relais local ». Le relais
              écoute sur votre poste seulement (127.0.0.1) et transmet vos appels à cet hôte, sans aucun intermédiaire.
            </p>
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a <pre> that scrolls sideways must take the focus to be scrolled with the keyboard (WCAG 2.1.1) */}
            <pre className="sandbox-command" tabIndex={0} aria-label="Commande du relais">
              {relayCommand(host.base, window.location.origin, readPort(values.relayPort) ?? Number(DEFAULT_RELAY_PORT))}
            </pre>
          </TechnicalDetails>
        </>
      )}
    </section>
  );
}
