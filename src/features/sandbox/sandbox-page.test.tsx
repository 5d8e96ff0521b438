// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryHistory, createRouter } from '@tanstack/react-router';
import { routeTree } from '../../route-tree.gen';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { errorOf } from '../../../test/ui/render-app';
import type { Dossier } from '../../domain/dossier/model';
import { HOUSEHOLDS } from '../../domain/sandbox/households';
import { readRaw, writeDossier } from '../storage';

async function openSandbox(dossier: Dossier = completeCantineDossier()) {
  writeDossier(dossier);
  const stored = readRaw(dossier.id);
  const router = createRouter({ routeTree, history: createMemoryHistory({ initialEntries: [`/dossiers/${dossier.id}/bac-a-sable`] }) });
  const user = userEvent.setup();
  render(<RouterProvider router={router} />);
  await screen.findByRole('heading', { level: 1, name: "Bac à sable de l'API Impôt particulier" });
  // The local token is fetched on arrival.
  await screen.findByText(/^Jeton obtenu pour RessourceIR RessourceIRFacture/);
  return { user, router, dossier, stored };
}

const live = () => screen.getByText((_, el) => el?.classList.contains('sandbox-live') ?? false);
const text = (el: HTMLElement) => el.textContent.replace(/[\s\u00a0\u202f]+/g, ' ');
/** The plain facts of a section, "label : value". */
const facts = (el: HTMLElement) =>
  [...el.querySelectorAll('.sandbox-plain-facts > div')].map((d) => `${text(d.querySelector('dt')!)} : ${text(d.querySelector('dd')!)}`);

async function send(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Envoyer la requête' }));
}

// jsdom does not scroll: the tests that check the scroll put a spy in its place.
// eslint-disable-next-line @typescript-eslint/unbound-method -- kept only to be put back on the prototype, never called unbound
const originalScrollIntoView = Element.prototype.scrollIntoView;

afterEach(() => {
  Element.prototype.scrollIntoView = originalScrollIntoView;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('sandbox page', () => {
  it('starts with what the habilitation returns for the household chosen, in words and figures, with its tariff, and folds the HTTP details', async () => {
    const { user } = await openSandbox();
    const brief = screen.getByRole('region', { name: 'En bref : ce que votre habilitation renverrait' });
    // The first section of the page, before the habilitation's details and the request.
    expect(screen.getAllByRole('region')[0]).toBe(brief);
    // The first fictional household, Julien and Camille Martin, revenus 2025 (N-2 at the campaign's start).
    await waitFor(() => expect(facts(brief)).toEqual(['Revenu fiscal de référence : 52 340 €', 'Nombre de parts : 3']));
    expect(text(brief)).toContain('Foyer de Julien Martin et Camille Martin · revenus 2025');
    expect(text(within(brief).getByRole('region', { name: 'Tarif de ce foyer' }))).toContain('Tarif : 4,80 €');

    await user.selectOptions(within(brief).getByLabelText('Foyer fictif'), 'faure');
    await waitFor(() => expect(facts(brief)).toEqual(['Revenu fiscal de référence : 19 760 €', 'Nombre de parts : 2,5']));
    expect(text(brief)).toMatch(/Retenu par la DGFiP \(votre dossier ne coche pas ces données\) : .*Parent isolé \(case T\)/);
    expect(text(within(brief).getByRole('region', { name: 'Tarif de ce foyer' }))).toContain('Tarif : 2,40 €');
    // The choice fills the request below.
    expect(screen.getByLabelText('Numéro fiscal (SPI)')).toHaveValue('3999999000410');
    // The user's session made no call for it: its history holds only the token fetched on arrival.
    expect(within(screen.getByRole('table', { name: /le plus récent en premier/ })).getAllByRole('row')).toHaveLength(2);

    // Token, correlation id and ID_Teleservice are folded, each explained in a sentence.
    const details = [...document.querySelectorAll('details')];
    expect(details.length).toBeGreaterThan(0);
    expect(details.every((d) => !d.open)).toBe(true);
    expect(details[0]!.querySelector('summary')?.textContent).toBe("Détails techniques : jeton d'accès et en-têtes de la requête");
    expect(details[0]).toContainElement(screen.getByLabelText('X-Correlation-ID'));
    expect(document.getElementById(`${screen.getByLabelText('ID_Teleservice').id}-aide`)?.textContent).toContain('attribué par la DGFiP');
  });

  it('after a call, brings the answer into view and focuses it: plain French first, then the folded details', async () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    const { user } = await openSandbox();
    await send(user);
    await waitFor(() => expect(text(live())).toMatch(/^Réponse 200 OK en [\d,]+ ms\.$/));
    const heading = screen.getByRole('heading', { level: 2, name: 'Dernière réponse' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(scrolled).toHaveBeenCalledWith({ behavior: 'smooth', block: 'start' });
    expect(scrolled.mock.contexts.at(-1)).toBe(heading);

    const response = screen.getByRole('region', { name: 'Dernière réponse' });
    const plain = within(response).getByRole('region', { name: 'Ce que votre habilitation recevrait (revenus 2025)' });
    expect(facts(plain)).toEqual(['Revenu fiscal de référence : 52 340 €', 'Nombre de parts : 3']);
    const tariff = within(response).getByRole('region', { name: "Tarif d'après cette réponse" });
    expect(text(tariff)).toContain('Simulation sans valeur contractuelle');
    // 52 340 ÷ 3 ÷ 12 = 1 453,89 → the open tranche of the cantine grid.
    expect(text(tariff)).toContain('QF = revenu fiscal de référence 52 340,00 € ÷ 3 parts ÷ 12 = 1 453,89 €');
    expect(text(tariff)).toContain('Tarif : 4,80 €');

    // The raw exchange, folded, field by field and with its terms explained.
    const technical = response.querySelector('details')!;
    expect(technical.open).toBe(false);
    expect(technical.querySelector('summary')?.textContent).toBe('Détails techniques : requête envoyée, en-têtes, réponse brute (JSON)');
    const fields = within(technical).getByRole('region', { name: 'Champ par champ (revenus 2025)' });
    expect(within(fields).getByRole('heading', { name: 'Renvoyé : 2 champs' })).toBeInTheDocument();
    expect(text(fields)).toContain('rfr = 52340');
    expect(text(fields)).toContain('nbPart = 3');
    expect(within(fields).getByRole('heading', { name: /^Retenu par la DGFiP : \d+ champs$/ })).toBeInTheDocument();
    expect(text(fields)).toContain("« Nom (déclarant 1) » n'est pas cochée :nmUsaDec1 = « MARTIN »");
    expect(text(technical)).toContain('x-correlation-id');
    expect(text(technical)).toContain("X-Correlation-ID est l'identifiant de cet appel précis, au format UUID");

    expect(within(screen.getByRole('table', { name: /le plus récent en premier/ })).getAllByRole('row')).toHaveLength(3);
  });

  it('scrolls to the answer without motion for those who ask their system for less', async () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(prefers-reduced-motion: reduce)',
      media: query,
      addEventListener() {},
      removeEventListener() {},
    }));
    const { user } = await openSandbox();
    await user.click(screen.getByRole('button', { name: /^Année pas encore taxée/ }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Dernière réponse' })).toHaveFocus());
    expect(scrolled).toHaveBeenCalledWith({ behavior: 'auto', block: 'start' });
  });

  it('unfolds the headers when one of them needs fixing', async () => {
    const { user } = await openSandbox();
    const correlation = screen.getByLabelText('X-Correlation-ID');
    expect(correlation.closest('details')!.open).toBe(false);
    fireEvent.change(correlation, { target: { value: '' } });
    await send(user);
    await screen.findByRole('alert');
    await waitFor(() => expect(correlation.closest('details')!.open).toBe(true));
  });

  it('calls in FranceConnect mode with a fictional user’s token, when the dossier chose that mode', async () => {
    const d = completeCantineDossier();
    const { user } = await openSandbox({ ...d, organisation: { ...d.organisation, accessMode: 'france-connect' } });
    expect(screen.getByLabelText('Avec FranceConnect')).toBeChecked();
    await user.selectOptions(screen.getByLabelText('Foyer fictif'), 'faure');
    expect(text(screen.getByRole('region', { name: 'Préparer la requête' }))).toContain('Usager FranceConnect fictif : Nadia Faure');
    await send(user);
    await waitFor(() => expect(text(live())).toMatch(/^Réponse 200 OK/));
    const response = screen.getByRole('region', { name: 'Dernière réponse' });
    expect(text(response)).toContain('GET https://bac-a-sable-local.invalid/impotparticulier/1.0/situations/ir/assiettes/annrev/2025');
    expect(text(response)).toContain('x-franceconnect-oauth•••••••• (masqué)');
    // 19 760 ÷ 2,5 ÷ 12 = 658,67 → second tranche.
    expect(text(within(response).getByRole('region', { name: "Tarif d'après cette réponse" }))).toContain('Tarif : 2,40 €');
  });

  it('puts a clear message beside each bad input, keeps what was typed, and lets the API answer a malformed SPI', async () => {
    const { user } = await openSandbox();
    const spi = screen.getByLabelText('Numéro fiscal (SPI)');
    const year = screen.getByLabelText('Année des revenus (annrev)');
    await user.clear(spi);
    await user.type(spi, '39999990001');
    await user.clear(year);
    await user.clear(screen.getByLabelText("Date simulée de l'appel"));
    await send(user);

    const summary = await screen.findByRole('alert');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Indiquez une date simulée complète (jour, mois et année).',
      "Indiquez l'année des revenus, par exemple 2025.",
    ]);
    expect(errorOf(year)).toBe("Indiquez l'année des revenus, par exemple 2025.");
    expect(document.getElementById(`${spi.id}-conseil`)?.textContent).toContain("l'API répondra 400 (code 4001)");
    expect(spi).toHaveValue('39999990001');

    const teleservice = screen.getByLabelText('ID_Teleservice');
    await user.clear(teleservice);
    await user.type(teleservice, 'CANTINE-ÉTÉ');
    expect(errorOf(teleservice)).toBe('Ce champ part dans un en-tête HTTP : retirez les accents, les retours à la ligne et les caractères spéciaux.');
    await user.clear(teleservice);
    await user.type(teleservice, 'CANTINE-ETE');
    await user.type(year, '2025');
    await user.type(screen.getByLabelText("Date simulée de l'appel"), '2027-05-15');
    await send(user);
    await waitFor(() =>
      expect(text(live())).toBe(`Réponse 400 Bad Request en ${text(live()).match(/en ([\d,]+ ms)/)?.[1]} : Numéro fiscal mal formé (400, code 4001).`),
    );
    expect(screen.getByText('Que faire ?')).toBeInTheDocument();
  });

  it.each([
    [/^Numéro fiscal mal formé/, 'Numéro fiscal mal formé (400, code 4001)'],
    [/^Année mal formée/, 'Année mal formée (400, code 4002)'],
    [/^Numéro fiscal inconnu/, 'Numéro fiscal inconnu (410, code 4102)'],
    [/^Année pas encore taxée/, 'Année pas encore taxée (410, code 4101)'],
    [/^Appel sans jeton/, 'Jeton absent ou invalide (401)'],
    [/^Jeton expiré/, 'Jeton expiré (401)'],
    [/^Ressource non accordée/, 'Ressource non accordée (403, code 4031)'],
    [/^Quota dépassé/, 'Quota dépassé (429)'],
  ])('explains the error of the scenario %s', async (button, title) => {
    const { user } = await openSandbox();
    await user.click(screen.getByRole('button', { name: button }));
    await waitFor(() => expect(text(live())).toContain(`: ${title}.`));
    expect(screen.getAllByText(title).length).toBeGreaterThan(0);
  });

  it('calls every fictional household for three years and shows the duration', async () => {
    const { user } = await openSandbox();
    await user.click(screen.getByRole('button', { name: 'Appeler tous les foyers fictifs sur 3 ans' }));
    const duration = await screen.findByTestId('sandbox-batch-duration');
    expect(duration.textContent).toMatch(/^\d+ ms$/);
    expect(Number(duration.dataset.durationMs)).toBeGreaterThan(0);
    const table = screen.getByRole('table', { name: /date simulée du 15 mai 2027/ });
    expect(within(table).getAllByRole('row')).toHaveLength(HOUSEHOLDS.length + 1);
    expect(within(table).getAllByText('200 · Tarif : 4,80 €').length).toBeGreaterThan(0);
    expect(within(table).getAllByText('200 · année non couverte').length).toBeGreaterThan(0);
  });
});

describe('sandbox page: the real DGFiP sandbox', () => {
  async function toReal(user: ReturnType<typeof userEvent.setup>, host: string) {
    await user.click(screen.getByLabelText('Au bac à sable de la DGFiP'));
    const field = screen.getByLabelText('Hôte de la passerelle');
    await user.clear(field);
    await user.type(field, host);
  }

  it('refuses an absurd host with a message beside the field', async () => {
    const { user } = await openSandbox();
    await toReal(user, 'bonjour');
    await send(user);
    await screen.findByRole('alert');
    expect(errorOf(screen.getByLabelText('Hôte de la passerelle'))).toBe("Indiquez l'adresse complète, qui commence par https://.");
  });

  it('explains a CORS or network failure honestly, and gives the commands', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const { user } = await openSandbox();
    await toReal(user, 'https://passerelle.exemple.fr');
    await send(user);
    await waitFor(() => expect(text(live())).toBe("Échec de l'appel : Appel impossible depuis le navigateur."));
    expect(screen.getByText(/la passerelle n'autorise pas les appels depuis une page web \(CORS\)/)).toBeInTheDocument();
    const curl = screen.getByLabelText('Commandes bash (Linux, macOS) avec curl');
    expect(curl.textContent).toContain(
      "curl -sS -i 'https://passerelle.exemple.fr/impotparticulier/1.0/spi/3999999000118/situations/ir/assiettes/annrev/2025'",
    );
    expect(screen.getByLabelText('Commande du relais').textContent).toContain("npm run relay -- --target 'https://passerelle.exemple.fr'");
  });

  it('explains an answer that is not JSON', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(new Response('<html><body>Authentification du proxy</body></html>', { status: 200, headers: { 'Content-Type': 'text/html' } })),
      ),
    );
    const { user } = await openSandbox();
    await toReal(user, 'https://passerelle.exemple.fr');
    await send(user);
    await waitFor(() => expect(text(live())).toContain('Réponse illisible'));
    expect(screen.getByText(/contenu de type « text\/html »/)).toBeInTheDocument();
  });

  it('never stores, logs or puts in the URL a token, client id or secret, and leaves the dossier untouched', async () => {
    const seen: Headers[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        seen.push(new Headers(init.headers));
        return Promise.resolve(
          new Response(JSON.stringify({ code: '900901', message: 'Invalid Credentials' }), {
            status: 401,
            headers: { 'Content-Type': 'application/json' },
          }),
        );
      }),
    );
    const logged = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level));
    const { user, router, dossier, stored } = await openSandbox();
    await toReal(user, 'https://passerelle.exemple.fr');
    const secrets = { clientId: 'identifiant-client-4521', clientSecret: 'secret-client-9876', token: 'jeton-reel-1234', fc: 'jeton-fc-5555' };
    await user.type(screen.getByLabelText('Identifiant client (client id)'), secrets.clientId);
    await user.type(screen.getByLabelText('Secret client (client secret)'), secrets.clientSecret);
    await user.click(screen.getByRole('button', { name: 'Obtenir un jeton' }));
    await screen.findByText('Identifiants refusés');
    await user.type(screen.getByLabelText("Jeton d'accès (Authorization: Bearer)"), secrets.token);
    await user.click(screen.getByLabelText('Avec FranceConnect'));
    await user.type(screen.getByLabelText("Jeton FranceConnect de l'usager (X-FranceConnect-OAuth)"), secrets.fc);
    await send(user);
    await waitFor(() => expect(text(live())).toContain('Jeton absent ou invalide (401)'));

    // They were sent to the host, as they must be…
    expect(seen[1]!.get('Authorization')).toBe(`Bearer ${secrets.token}`);
    expect(seen[1]!.get('X-FranceConnect-OAuth')).toBe(secrets.fc);
    // …and are nowhere else.
    const storages = [localStorage, sessionStorage].flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`)).join('\n');
    const places = [
      storages,
      document.cookie,
      window.location.href,
      router.state.location.href,
      screen.getByRole('region', { name: 'Historique de la session' }).textContent,
      screen.getByRole('region', { name: 'Dernière réponse' }).textContent,
    ];
    for (const spy of logged) places.push(JSON.stringify(spy.mock.calls));
    for (const secret of Object.values(secrets)) for (const place of places) expect(place).not.toContain(secret);
    expect(readRaw(dossier.id)).toBe(stored);
  });
});

describe('sandbox page: any value a field can hold', () => {
  const advice = (field: HTMLElement) => document.getElementById(`${field.id}-conseil`)?.textContent ?? '';

  it('goes on with today while the simulated date is typed halfway, and says so beside the field and in the habilitation', async () => {
    const { user } = await openSandbox();
    const date = screen.getByLabelText("Date simulée de l'appel");
    const facts = () => text(screen.getByRole('region', { name: 'Ce que votre habilitation ouvrirait' }));
    // What Chromium holds while a year is typed, a day that does not exist, a year past 9999.
    for (const typed of ['0002-05-15', '0020-05-15', '0202-05-15', '2027-02-29', '20271-05-15', '']) {
      fireEvent.change(date, { target: { value: typed } });
      await waitFor(() => expect(advice(date)).toContain("Tant que la date n'est pas complète, le bac à sable local simule la date du jour"));
      expect(date.getAttribute('aria-describedby')).toContain(`${date.id}-conseil`);
      expect(facts()).toContain("(date du jour, la date simulée n'étant pas complète)");
    }
    fireEvent.change(date, { target: { value: '0202-05-15' } });
    const quota = screen.getByLabelText('Quota simulé (appels par minute)');
    for (const typed of ['1e308', 'NaN', '-5', '12,5', '99999999999999999999', '']) {
      fireEvent.change(quota, { target: { value: typed } });
      await waitFor(() => expect(advice(quota)).toBe("Attention : Tant que ce nombre n'est pas valable, le bac à sable local applique 50 appels par minute."));
    }
    const spi = screen.getByLabelText('Numéro fiscal (SPI)');
    fireEvent.change(spi, { target: { value: '9'.repeat(10_001) } });
    await waitFor(() => expect(advice(spi)).toContain('ne compte pas exactement 13 chiffres'));

    await send(user);
    const summary = await screen.findByRole('alert');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Date incomplète ou impossible : saisissez le jour, le mois et l’année (4 chiffres).',
      "Indiquez un nombre entier d'appels par minute, entre 1 et 1\u202f000.",
    ]);
    expect(errorOf(date)).toBe('Date incomplète ou impossible : saisissez le jour, le mois et l’année (4 chiffres).');

    fireEvent.change(date, { target: { value: '2028-02-29' } });
    fireEvent.change(quota, { target: { value: '1 000' } });
    await send(user);
    await waitFor(() => expect(text(live())).toMatch(/^Réponse 400 Bad Request .* : Numéro fiscal mal formé \(400, code 4001\)\.$/));
    expect(facts()).toContain('Au 29 février 2028 (date simulée)');
  }, 60_000);

  it('writes the commands of a call whose numéro fiscal holds half an emoji, and refuses a relay port of 1e3', async () => {
    const { user } = await openSandbox();
    await user.click(screen.getByLabelText('Au bac à sable de la DGFiP'));
    fireEvent.change(screen.getByLabelText('Hôte de la passerelle'), { target: { value: 'https://passerelle.exemple.fr' } });
    fireEvent.change(screen.getByLabelText('Numéro fiscal (SPI)'), { target: { value: '3999999000118\uD83D' } });
    expect(screen.getByLabelText('Commandes bash (Linux, macOS) avec curl').textContent).toContain('/spi/3999999000118%EF%BF%BD/');
    await user.click(screen.getByLabelText('Passer par le relais local'));
    const port = screen.getByLabelText('Port du relais');
    fireEvent.change(port, { target: { value: '1e3' } });
    expect(screen.getByLabelText('Commande du relais').textContent).toContain('--port 8787');
    await send(user);
    await screen.findByRole('alert');
    expect(errorOf(port)).toBe('Indiquez le port du relais, un nombre entre 1 et 65535 (8787 par défaut).');
  }, 60_000);
});
