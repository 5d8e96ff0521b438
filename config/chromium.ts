/**
 * Debian's Chromium, as the browser tests, the bench and the crash measure drive it: no sandbox
 * (root in a container), no GPU, and nothing that would talk to Google in the background.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
