import { z } from 'zod';

// The app's Content-Security-Policy forbids eval: zod must not even try its compiled mode.
// Every module of the app takes zod from here, so that this holds whichever loads first.
z.config({ jitless: true });

export { z };
