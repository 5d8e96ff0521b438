import { describe, expect, it } from 'vitest';
import { explainNetworkFailure, explainNotJson, explainStatus, explainTokenFailure, type ExplainContext } from './explanations';

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
    expect(explainStatus(429, null, { ...ctx, retryAfter: '12' })!.next[0]).toBe("Attendez 12 secondes avant de relancer l'appel.");
  });

  it('explain CORS and network failures honestly, and bodies that are not JSON', () => {
    expect(explainNetworkFailure({ host: 'https://passerelle.exemple.fr', throughRelay: false }).text).toContain('CORS');
    expect(explainNetworkFailure({ host: 'http://127.0.0.1:8787', throughRelay: true }).title).toBe('Le relais local ne répond pas');
    expect(explainNotJson(200, 'text/html').text).toContain('« text/html »');
    expect(explainTokenFailure(401, { error: 'invalid_client' }).title).toBe('Identifiants refusés');
  });
});
