/**
 * Progress of a long batch on stderr: a line at each tenth, with an estimate of the time left;
 * nothing for a short table, which is over before anyone would read it.
 */
export const QUIET_BELOW = 20;

const number = (n: number) => new Intl.NumberFormat('fr-FR').format(n);

function duration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

export function progressReporter(print: (line: string) => void, clock: () => number = () => performance.now()): (done: number, total: number) => void {
  const started = clock();
  let lastTenth = 0;
  return (done, total) => {
    if (total < QUIET_BELOW) return;
    const tenth = Math.floor((done * 10) / total);
    if (tenth === lastTenth) return;
    lastTenth = tenth;
    const elapsed = clock() - started;
    const left = done < total ? `, encore environ ${duration((elapsed / done) * (total - done))}` : ` en ${duration(elapsed)}`;
    print(`Lot : ${number(done)} lignes sur ${number(total)} (${Math.round((done * 100) / total)} %)${left}.`);
  };
}
