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
const text = (el: HTMLElement) => (el.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ');

async function send(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Envoyer la requête' }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('sandbox page', () => {
  it('lets a new user call the local sandbox and see what the habilitation returns, withholds, and the tariff', async () => {
    const { user } = await openSandbox();
    // The habilitation, from the dossier: two data, N-2 at the campaign's start.
    const facts = screen.getByRole('region', { name: 'Ce que votre habilitation ouvrirait' });
    expect(text(facts)).toContain('Nombre de parts, Revenu fiscal de référence');
    expect(text(facts)).toContain('Au 15 mai 2027 (date simulée) : revenus 2025');

    await send(user);
    await waitFor(() => expect(text(live())).toMatch(/^Réponse 200 OK en [\d,]+ ms\.$/));
    const filtered = screen.getByRole('region', { name: 'Ce que votre habilitation recevrait (revenus 2025)' });
    expect(within(filtered).getByRole('heading', { name: 'Renvoyé : 2 champs' })).toBeInTheDocument();
    expect(text(filtered)).toContain('rfr = 52340');
    expect(text(filtered)).toContain('nbPart = 3');
    expect(within(filtered).getByRole('heading', { name: /^Retenu par la DGFiP : \d+ champs$/ })).toBeInTheDocument();
    expect(text(filtered)).toContain("« Nom (déclarant 1) » n'est pas cochée :nmUsaDec1 = « MARTIN »");

    const tariff = screen.getByRole('region', { name: 'Tarif de ce foyer' });
    expect(text(tariff)).toContain('Simulation sans valeur contractuelle');
    // 52 340 ÷ 3 ÷ 12 = 1 453,89 → the open tranche of the cantine grid.
    expect(text(tariff)).toContain('QF = revenu fiscal de référence 52 340,00 € ÷ 3 parts ÷ 12 = 1 453,89 €');
    expect(text(tariff)).toContain('Tarif : 4,80 €');

    expect(within(screen.getByRole('table', { name: /le plus récent en premier/ })).getAllByRole('row')).toHaveLength(3);
  });

  it('calls in FranceConnect mode with a fictional user’s token, when the dossier chose that mode', async () => {
    const d = completeCantineDossier();
    const { user } = await openSandbox({ ...d, organisation: { ...d.organisation, accessMode: 'france-connect' } });
    expect(screen.getByLabelText('Avec FranceConnect')).toBeChecked();
    await user.selectOptions(screen.getByLabelText('Usager FranceConnect fictif'), 'faure');
    await send(user);
    await waitFor(() => expect(text(live())).toMatch(/^Réponse 200 OK/));
    const response = screen.getByRole('region', { name: 'Dernière réponse' });
    expect(text(response)).toContain('GET https://bac-a-sable-local.invalid/impotparticulier/1.0/situations/ir/assiettes/annrev/2025');
    expect(text(response)).toContain('x-franceconnect-oauth•••••••• (masqué)');
    // 19 760 ÷ 2,5 ÷ 12 = 658,67 → second tranche.
    expect(text(screen.getByRole('region', { name: 'Tarif de ce foyer' }))).toContain('Tarif : 2,40 €');
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
    await waitFor(() => expect(text(live())).toBe(`Réponse 400 Bad Request en ${text(live()).match(/en ([\d,]+ ms)/)?.[1]} : Numéro fiscal mal formé (400, code 4001).`));
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
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    const { user } = await openSandbox();
    await toReal(user, 'https://passerelle.exemple.fr');
    await send(user);
    await waitFor(() => expect(text(live())).toBe("Échec de l'appel : Appel impossible depuis le navigateur."));
    expect(screen.getByText(/la passerelle n'autorise pas les appels depuis une page web \(CORS\)/)).toBeInTheDocument();
    const curl = screen.getByLabelText('Commandes bash (Linux, macOS) avec curl');
    expect(curl.textContent).toContain("curl -sS -i 'https://passerelle.exemple.fr/impotparticulier/1.0/spi/3999999000118/situations/ir/assiettes/annrev/2025'");
    expect(screen.getByLabelText('Commande du relais').textContent).toContain("npm run relay -- --target 'https://passerelle.exemple.fr'");
  });

  it('explains an answer that is not JSON', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html><body>Authentification du proxy</body></html>', { status: 200, headers: { 'Content-Type': 'text/html' } })));
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
      vi.fn(async (_url: string, init: RequestInit) => {
        seen.push(new Headers(init.headers));
        return new Response(JSON.stringify({ code: '900901', message: 'Invalid Credentials' }), { status: 401, headers: { 'Content-Type': 'application/json' } });
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
    const places = [storages, document.cookie, window.location.href, router.state.location.href, screen.getByRole('region', { name: 'Historique de la session' }).textContent ?? '', screen.getByRole('region', { name: 'Dernière réponse' }).textContent ?? ''];
    for (const spy of logged) places.push(JSON.stringify(spy.mock.calls));
    for (const secret of Object.values(secrets)) for (const place of places) expect(place).not.toContain(secret);
    expect(readRaw(dossier.id)).toBe(stored);
  });
});

describe('sandbox page: any value a field can hold', () => {
  const advice = (field: HTMLElement) => document.getElementById(`${field.id}-conseil`)?.textContent ?? '';

  it(
    'goes on with today while the simulated date is typed halfway, and says so beside the field and in the habilitation',
    async () => {
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
    },
    60_000,
  );

  it(
    'writes the commands of a call whose numéro fiscal holds half an emoji, and refuses a relay port of 1e3',
    async () => {
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
    },
    60_000,
  );
});
