import type { ApiResource } from '../../domain/api/resources';
import { uuidV4 } from '../../domain/sandbox/formats';
import type { FictionalHousehold } from '../../domain/sandbox/household-model';
import { HOUSEHOLDS, mainSpi } from '../../domain/sandbox/households';
import { callApi, type CallRecord, type Transport } from './client';

/**
 * Every fictional household for several income years, one call after the other as a
 * téléservice would make them, through the tester's own client. The total duration is what the
 * benchmark reads.
 */
export interface BatchRow {
  household: FictionalHousehold;
  year: number;
  record: CallRecord;
}

export interface BatchResult {
  rows: BatchRow[];
  durationMs: number;
}

export interface BatchOptions {
  resource: ApiResource;
  years: readonly number[];
  token: string;
  teleserviceId: string;
  households?: readonly FictionalHousehold[];
}

export async function runBatch(transport: Transport, options: BatchOptions): Promise<BatchResult> {
  const rows: BatchRow[] = [];
  const started = performance.now();
  for (const household of options.households ?? HOUSEHOLDS) {
    for (const year of options.years) {
      const record = await callApi(transport, {
        resource: options.resource,
        mode: 'spi',
        spi: mainSpi(household),
        year: String(year),
        token: options.token,
        correlationId: uuidV4(),
        teleserviceId: options.teleserviceId,
        franceConnectToken: '',
      });
      rows.push({ household, year, record });
    }
  }
  return { rows, durationMs: performance.now() - started };
}
