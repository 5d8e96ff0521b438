import { describe, expect, it } from 'vitest';
import {
  explainInvalidRequest,
  explainNetworkFailure,
  explainNotJson,
  explainStatus,
  explainTimeout,
  explainTokenFailure,
  serverMessageOf,
  type ExplainContext,
  type Explanation,
} from './explanations';

const ctx: ExplainContext = { target: 'local', resourceId: 'ir-assiette', requestedYear: 2025, day: '2026-03-01', retryAfter: null, serverMessage: null };
const title = (status: number, body: unknown, c: Partial<ExplainContext> = {}) => explainStatus(status, body, { ...ctx, ...c })?.title;

describe('error explanations', () => {
  it('say nothing about a success', () => {
    expect(explainStatus(200, {}, ctx)).toBeNull();
  });

  it('tell "not yet taxed" from "no data" with the day of the call', () => {
    const notTaxed = explainStatus(410, { erreur: { code: 4101 } }, ctx)!;
    expect(notTaxed.title).toBe('Année pas encore taxée (410, code 4101)');
    expect(notTaxed.text).toContain('Au 1er mars 2026, les revenus 2025 ne sont pas encore disponibles');
    expect(notTaxed.text).toContain('22 juillet 2026');
    expect(notTaxed.next[0]).toBe("Appelez l'année 2024.");
    expect(title(410, { erreur: { code: 4101 } }, { requestedYear: 2023 })).toBe('Aucun résultat pour cette année (410, code 4101)');
  });

  it('name each documented code and each gateway error', () => {
    expect(title(400, { erreur: { code: 4001 } })).toBe('Numéro fiscal mal formé (400, code 4001)');
    expect(title(400, { erreur: { code: 4002 } })).toBe('Année mal formée (400, code 4002)');
    expect(title(400, { erreur: { message: 'x' } })).toBe('Requête mal formée (400)');
    expect(title(410, { erreur: { code: 4102 } })).toBe('Numéro fiscal inconnu (410, code 4102)');
    expect(title(401, { code: '900902' })).toBe('Jeton absent ou invalide (401)');
    expect(title(401, { code: '900901' }, { serverMessage: 'Access token expired' })).toBe('Jeton expiré (401)');
    expect(title(418, null)).toBe('Réponse inattendue (418)');
  });

  it('say which data open a refused resource, and when to retry after the quota', () => {
    const refused = explainStatus(403, { erreur: { code: 4031 } }, { ...ctx, resourceId: 'ifi' })!;
    expect(refused.text).toContain('scope RessourceIFI');
    expect(refused.text).toContain('« Indicateur ISF/IFI »');
    const assiette = explainStatus(403, { erreur: { code: 4031 } }, ctx)!;
    expect(assiette.text).toMatch(/Cette ressource est ouverte par : « [^»]+ », « [^»]+ », « [^»]+ »\.$/);
    expect(explainStatus(429, null, { ...ctx, retryAfter: '12' })!.next[0]).toBe("Attendez 12 secondes avant de relancer l'appel.");
  });

  it('explain CORS and network failures honestly, and bodies that are not JSON', () => {
    expect(explainNetworkFailure({ host: 'https://passerelle.exemple.fr', throughRelay: false }).text).toContain('CORS');
    expect(explainNetworkFailure({ host: 'http://127.0.0.1:8787', throughRelay: true }).title).toBe('Le relais local ne répond pas');
    expect(explainNotJson(200, 'text/html').text).toContain('« text/html »');
    expect(explainTokenFailure(401, { error: 'invalid_client' }).title).toBe('Identifiants refusés');
  });
});

/** An explanation as the tester shows it: its title, its text, then each thing to do. */
const read = (e: Explanation | null) => (e ? [`## ${e.title}`, e.text, ...e.next.map((n) => `- ${n}`)].join('\n') : '(aucune explication : succès)');
const together = (parts: Record<string, Explanation | null>) =>
  `${Object.entries(parts)
    .map(([what, e]) => `=== ${what}\n${read(e)}`)
    .join('\n\n')}\n`;
const status = (code: number, body: unknown, c: Partial<ExplainContext> = {}) => explainStatus(code, body, { ...ctx, ...c });

describe('each answer that is not a success, explained in French', () => {
  it('names each documented error and says what to do, in the local sandbox and on a real host', async () => {
    await expect(
      together({
        '200 (succès)': status(200, {}),
        '299 (succès)': status(299, {}),
        'Statut 300': status(300, null),
        'Statut 199': status(199, null),
        '400, code 4001': status(400, { erreur: { code: 4001 } }),
        '400, code 4002': status(400, { erreur: { code: 4002 } }),
        '400, code 4007': status(400, { erreur: { codeapp: '4007' } }),
        '400 sans code': status(400, { erreur: { message: 'Requete mal formée' } }),
        '401, jeton manquant': status(401, { code: '900902' }),
        '401, jeton expiré': status(401, { code: '900901' }, { serverMessage: 'Access Token EXPIRED' }),
        '403, code 4031, IFI, bac à sable local': status(403, { erreur: { code: 4031 } }, { resourceId: 'ifi' }),
        '403 sans code, LEP, hôte réel': status(403, null, { resourceId: 'lep', target: 'real' }),
        '404, bac à sable local': status(404, null),
        '404, hôte réel': status(404, null, { target: 'real' }),
        'Statut 405': status(405, null),
        '410, code 4101, année pas encore taxée, bac à sable local': status(410, { erreur: { code: 4101 } }),
        '410, code 4101, année pas encore taxée, hôte réel, date publiée': status(
          410,
          { erreur: { code: 4101 } },
          { target: 'real', day: '2025-03-01', requestedYear: 2024 },
        ),
        '410, code 4101, dernière année disponible': status(410, { erreur: { code: 4101 } }, { requestedYear: 2024 }),
        '410, code 4101, deux ans demandés': status(410, { erreur: { code: 4101 } }, { requestedYear: null }),
        '410, code 4101, IFI': status(410, { erreur: { code: 4101 } }, { resourceId: 'ifi', requestedYear: 2023 }),
        '410, code 4102, bac à sable local': status(410, { erreur: { code: 4102 } }),
        '410, code 4102, hôte réel': status(410, { erreur: { code: 4102 } }, { target: 'real' }),
        '429, réessayer dans 1 seconde': status(429, { code: '900800' }, { retryAfter: '1' }),
        '429, réessayer dans 30 secondes': status(429, null, { retryAfter: '30' }),
        '429 sans délai': status(429, null),
        'Statut 500': status(500, null),
        'Statut 502': status(502, null),
        'Statut 503': status(503, null),
        'Statut 504': status(504, null),
        '418, dernière situation IR': status(418, null, { resourceId: 'ir-derniere-situation' }),
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/sandbox/explications-statuts.txt');
  });

  it('explains what is not an answer of the API: network, request, time, content, token', async () => {
    await expect(
      together({
        'Relais local injoignable': explainNetworkFailure({ host: 'http://127.0.0.1:8787', throughRelay: true }),
        'Hôte injoignable depuis le navigateur': explainNetworkFailure({ host: 'https://passerelle.exemple.fr', throughRelay: false }),
        'Requête refusée par le navigateur': explainInvalidRequest(),
        'Pas de réponse en 30 secondes': explainTimeout(30),
        'Page HTML au lieu de JSON': explainNotJson(200, 'text/html'),
        'Contenu sans type': explainNotJson(502, ''),
        'Jeton : 401': explainTokenFailure(401, null),
        'Jeton : client invalide (400)': explainTokenFailure(400, { error: 'invalid_client' }),
        'Jeton : scope invalide': explainTokenFailure(400, { error: 'invalid_scope' }),
        'Jeton : autre refus, avec description': explainTokenFailure(400, { error: 'invalid_request', error_description: 'grant_type manquant' }),
        'Jeton : autre refus, sans message': explainTokenFailure(500, 'panne'),
      }),
    ).toMatchFileSnapshot('../../../test/fixtures/sandbox/explications-autres.txt');
  });

  it('reads the message of an error body, whichever shape it has', () => {
    expect(serverMessageOf({ erreur: { message: 'mauvais format de spi', description: 'détail' } })).toBe('mauvais format de spi — détail');
    expect(serverMessageOf({ message: 'Invalid Credentials', description: 'Access token expired' })).toBe('Invalid Credentials — Access token expired');
    expect(serverMessageOf({ error: 'invalid_request', error_description: 'grant_type manquant' })).toBe('grant_type manquant');
    expect(serverMessageOf({ erreur: 'texte', message: 'à plat' })).toBe('à plat');
    expect(serverMessageOf({ message: '', description: 12 })).toBeNull();
    expect(serverMessageOf(null)).toBeNull();
    expect(serverMessageOf('Service Unavailable')).toBeNull();
  });
});
