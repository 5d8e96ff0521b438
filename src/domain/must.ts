/**
 * A value the code knows is there (a regular expression's mandatory group, an entry every key of
 * a catalogue has, the item of a list it has just found): returned with `undefined` ruled out of
 * its type, or an error that says what was missing, where `value!` would let `undefined` through.
 */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Missing: ${what}`);
  return value;
}
