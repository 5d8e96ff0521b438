import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arbitraryDossier } from '../../../test/fixtures/arbitrary-dossier';
import { RESOURCES } from '../api/resources';
import { curlCommands, powershellCommands, relayCommand } from './commands';
import { explainNetworkFailure, explainStatus, explainTokenFailure, serverMessageOf, type ExplainContext } from './explanations';
import { errorCodeOf } from './api-errors';
import { filterResponse } from './filter';
import { coveredYears, habilitationOf } from './habilitation';
import { readHost } from './host';
import { householdBySpi } from './households';
import { createLocalSandbox, LOCAL_CLIENT } from './local-sandbox';
import { isDotSegment, matchRoute, resourcePath, SIMULATED_RESOURCES } from './routes';
import { tariffFromResponse } from './tariff';
import { oddDates, oddNumbers, oddTexts } from './odd-inputs.fixture';

/**
 * Whatever is typed in the tester, pasted into it or answered by a host, the sandbox's functions
 * answer: a value, "not computable", an explanation. None of them throws.
 */
const resources = fc.constantFrom(...SIMULATED_RESOURCES);
const modes = fc.constantFrom('spi' as const, 'france-connect' as const);
const SLOW = 30_000;

describe('the sandbox domain, given any date, number or text', () => {
  it(
    'the local sandbox answers every call with an HTTP response, whatever its settings and the call',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          oddDates,
          oddNumbers,
          resources,
          modes,
          fc.oneof(oddTexts, fc.constantFrom('.', '..')),
          fc.oneof(oddTexts, fc.constantFrom('.', '..')),
          oddTexts,
          fc.boolean(),
          async (today, callsPerMinute, resource, mode, spi, year, correlation, withToken) => {
            const box = createLocalSandbox({
              subscribedScopes: [resource.tokenScope],
              modes: ['spi', 'france-connect'],
              settings: () => ({ today, callsPerMinute }),
            });
            const issued = await box.handle(
              new Request('https://bac-a-sable.test/token', {
                method: 'POST',
                headers: { Authorization: `Basic ${btoa(`${LOCAL_CLIENT.id}:${LOCAL_CLIENT.secret}`)}` },
                body: 'grant_type=client_credentials',
              }),
            );
            const token = ((await issued.json()) as { access_token: string }).access_token;
            const headers = new Headers({ 'X-Correlation-ID': correlation.replace(/[^\x20-\x7E]/g, '') });
            if (withToken) headers.set('Authorization', `Bearer ${token}`);
            if (mode === 'france-connect') headers.set('X-FranceConnect-OAuth', spi.replace(/[^\x20-\x7E]/g, ''));
            const response = await box.handle(new Request(`https://bac-a-sable.test${resourcePath(resource, mode, { spi, annrev: year })}`, { headers }));
            // A "." or ".." segment is removed by the URL parser, so the call reaches another address,
            // possibly none (the request builder refuses both before sending).
            const moved = (mode === 'spi' && isDotSegment(spi)) || (resource.takesYear && isDotSegment(year));
            expect(moved ? [200, 400, 401, 403, 404, 410, 429] : [200, 400, 401, 403, 410, 429]).toContain(response.status);
            const body: unknown = await response.json();
            expect(body).toBeTypeOf('object');
          },
        ),
        { numRuns: 150 },
      );
    },
    SLOW,
  );

  it(
    'the habilitation filter, the tariff and the explanations take any body, year and day',
    () => {
      const body = fc.oneof(
        fc.jsonValue({ maxDepth: 4 }),
        fc.record({
          rfr: oddNumbers,
          nbPart: oddNumbers,
          annRevenu: oddNumbers,
          situationsIR: fc.array(fc.record({ rfr: oddNumbers, nbPart: oddNumbers }), { maxLength: 3 }),
        }),
      );
      fc.assert(
        fc.property(
          arbitraryDossier,
          body,
          oddDates,
          fc.option(oddNumbers, { nil: null }),
          fc.array(oddNumbers, { maxLength: 3 }),
          (dossier, value, day, requestedYear, covered) => {
            const habilitation = habilitationOf(dossier);
            const years = coveredYears(habilitation, day);
            expect(Array.isArray(years)).toBe(true);
            const filtered = filterResponse(value, habilitation, { requestedYear, coveredYears: [...covered, ...years] });
            const tariff = tariffFromResponse(filtered.returned, dossier.method);
            expect(tariff.ok ? tariff.result : tariff.reason).toMatch(/\S/);
            expect(tariffFromResponse(value, dossier.method)).toBeTypeOf('object');
          },
        ),
        { numRuns: 300 },
      );
    },
    SLOW,
  );

  it(
    'explains any status with any body, day, year and Retry-After',
    () => {
      const context: fc.Arbitrary<ExplainContext> = fc.record({
        target: fc.constantFrom('local' as const, 'real' as const),
        resourceId: fc.constantFrom(...RESOURCES.map((r) => r.id)),
        requestedYear: fc.option(fc.oneof(oddNumbers, fc.integer({ min: 0, max: 99_999 })), { nil: null }),
        day: oddDates,
        retryAfter: fc.option(oddTexts, { nil: null }),
        serverMessage: fc.option(oddTexts, { nil: null }),
      });
      fc.assert(
        fc.property(fc.oneof(fc.integer({ min: 100, max: 599 }), oddNumbers), fc.jsonValue({ maxDepth: 3 }), context, oddTexts, (status, body, ctx, host) => {
          const explanation = explainStatus(status, body, ctx);
          if (explanation) expect(explanation.title).toMatch(/\S/);
          expect(explainTokenFailure(status, body).title).toMatch(/\S/);
          expect(explainNetworkFailure({ host, throughRelay: false }).text).toContain(host);
          serverMessageOf(body);
          errorCodeOf(body);
        }),
        { numRuns: 300 },
      );
    },
    SLOW,
  );

  it(
    'reads any host, path and numéro fiscal, and writes the commands of any call',
    () => {
      fc.assert(
        fc.property(oddTexts, resources, modes, oddTexts, oddTexts, oddTexts, oddNumbers, (host, resource, mode, spi, year, other, port) => {
          const read = readHost(host);
          const base = read.ok ? read.base : 'https://passerelle.exemple.fr';
          const path = resourcePath(resource, mode, { spi, annrev: year });
          expect(matchRoute(path)?.resource.id).toBe(resource.id);
          matchRoute(other);
          householdBySpi(spi);
          const input = { base, resource, mode, spi, year, correlationId: other, teleserviceId: other };
          expect(curlCommands(input)).toContain('curl');
          expect(powershellCommands(input)).toContain('Invoke-WebRequest');
          expect(relayCommand(base, 'http://localhost:5173', port)).toContain('npm run relay');
        }),
        { numRuns: 300 },
      );
    },
    SLOW,
  );

  it('filters a body nested deeper than any API answer without running out of stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = { a: deep };
    const habilitation = habilitationOf({ data: { scopes: ['dgfip_rfr'], dependantBoxes: [] }, organisation: { accessMode: '' } } as never);
    const filtered = filterResponse({ rfr: 1, profond: deep }, habilitation, { requestedYear: 2025, coveredYears: [2025] });
    expect(filtered.returnedFields.map((f) => f.path)).toEqual(['rfr']);
    expect(filtered.withheld.some((f) => f.path.startsWith('profond.a'))).toBe(true);
  });
});
