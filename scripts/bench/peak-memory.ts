/**
 * Loaded before a measured command (`node --import`): at its exit, writes the process's peak
 * resident memory, in kilobytes, to the file BENCH_PEAK_RSS_FILE names. Worker threads count:
 * they share the process.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
