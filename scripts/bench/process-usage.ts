/**
 * Loaded before a measured command (`node --import`): at its exit, writes to the file
 * BENCH_USAGE_FILE names the process's peak resident memory (kilobytes) and the CPU time it used
 * (milliseconds, user and system, every thread of the process counted), as JSON.
 */
import { writeFileSync } from 'node:fs';

export interface ProcessUsage {
  peakRssKb: number;
  cpuMs: number;
}

const file = process.env.BENCH_USAGE_FILE;
if (file)
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    const usage: ProcessUsage = { peakRssKb: process.resourceUsage().maxRSS, cpuMs: (user + system) / 1000 };
    writeFileSync(file, JSON.stringify(usage));
  });
