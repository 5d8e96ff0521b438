export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;
// Below 100 ms, a tenth: "16 ms" must not hide the 16.4 ms that exceeds a 16 ms budget.
export const ms = (value: number) => `${value.toFixed(value < 100 ? 1 : 0)} ms`;
