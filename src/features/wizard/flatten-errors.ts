import type { FieldErrors } from 'react-hook-form';

export interface FlatError {
  path: string;
  message: string;
}

function isLeaf(value: unknown): value is { message: string } {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string' && 'type' in value;
}

/** react-hook-form's nested error object as a flat list of dotted paths and messages. */
export function flattenErrors(errors: FieldErrors | Record<string, unknown>, prefix = ''): FlatError[] {
  const flat: FlatError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (key === 'ref' || key === 'root' || value === undefined) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (isLeaf(value)) flat.push({ path, message: value.message });
    if (typeof value === 'object' && value !== null) {
      const { message: _m, type: _t, ref: _r, types: _ts, ...children } = value as Record<string, unknown>;
      flat.push(...flattenErrors(children, path));
    }
  }
  return flat;
}
