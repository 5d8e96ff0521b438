import { formatNumber } from '../../domain/validators/number';

/** "0,4 ms", "12 ms": a tenth of a millisecond matters only below ten. */
export function formatDuration(ms: number): string {
  return `${formatNumber(ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms))} ms`;
}

export function formatTime(date: Date): string {
  return date.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** A value as the API wrote it, for lists of fields. */
export function formatValue(value: unknown): string {
  return typeof value === 'string' ? `« ${value} »` : JSON.stringify(value);
}
