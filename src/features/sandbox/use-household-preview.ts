import { useEffect, useState } from 'react';
import { resourceById } from '../../domain/api/resources';
import type { IsoDate } from '../../domain/dates';
import { uuidV4, YEAR_PATTERN } from '../../domain/sandbox/formats';
import type { Habilitation } from '../../domain/sandbox/habilitation';
import { HOUSEHOLDS } from '../../domain/sandbox/households';
import { createLocalSandbox, LOCAL_CLIENT } from '../../domain/sandbox/local-sandbox';
import { callApi, requestToken } from './client';
import { LOCAL_TELESERVICE_ID, type RequestValues } from './request-values';
import { LOCAL_BASE, localTransport } from './transports';
import type { Exchange } from './use-sandbox-session';

/** No preview should ever meet the quota: it is the page's, not the user's calls. */
const PREVIEW_QUOTA = 1_000_000;

/**
 * What the local sandbox answers for the household, resource and year the form holds, computed
 * as the user picks them, with no click. It asks a sandbox of its own, with its own token: the
 * user's session (its quota, its token, its history) is left as it is.
 */
export function useHouseholdPreview(values: RequestValues, habilitation: Habilitation, day: IsoDate): Exchange | null {
  const [preview, setPreview] = useState<Exchange | null>(null);
  const { target, resourceId, mode, fcHouseholdId } = values;
  const spi = values.spi.trim();
  const year = values.year.trim();

  useEffect(() => {
    if (target !== 'local' || habilitation.tokenScopes.length === 0) {
      setPreview(null);
      return;
    }
    let cancelled = false;
    // Read through a function: the cleanup below sets it while the calls are awaited, which
    // TypeScript's narrowing of the variable does not see.
    const isCancelled = () => cancelled;
    const transport = localTransport(
      createLocalSandbox({
        subscribedScopes: habilitation.tokenScopes,
        modes: habilitation.modes,
        settings: () => ({ today: day, callsPerMinute: PREVIEW_QUOTA }),
      }),
    );
    const resource = resourceById(resourceId);
    void (async () => {
      const issued = await requestToken(transport, { clientId: LOCAL_CLIENT.id, clientSecret: LOCAL_CLIENT.secret }, habilitation.tokenScopes);
      if (!issued.ok || isCancelled()) return;
      const record = await callApi(transport, {
        resource,
        mode,
        spi,
        year,
        token: issued.token,
        correlationId: uuidV4(),
        teleserviceId: LOCAL_TELESERVICE_ID,
        franceConnectToken: HOUSEHOLDS.find((h) => h.id === fcHouseholdId)?.franceConnectToken ?? '',
      });
      if (isCancelled()) return;
      setPreview({
        record,
        asked: {
          resourceId,
          requestedYear: resource.takesYear && YEAR_PATTERN.test(year) ? Number(year) : null,
          day,
          target: 'local',
          host: LOCAL_BASE,
          throughRelay: false,
        },
      });
    })();
    return () => {
      cancelled = true;
    };
  }, [target, resourceId, mode, spi, year, fcHouseholdId, day, habilitation]);

  return preview;
}
