import type { IsoDate } from '../../domain/dates';
import type { ResourceId } from '../../domain/api/resources';
import type { CallRecord } from './client';

/** What a call asked for, without its secrets: enough to explain and filter the answer. */
export interface Asked {
  resourceId: ResourceId;
  requestedYear: number | null;
  day: IsoDate;
  target: 'local' | 'real';
  host: string;
  throughRelay: boolean;
}

export interface Exchange {
  record: CallRecord;
  asked: Asked;
}
