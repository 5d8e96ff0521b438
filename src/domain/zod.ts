import { z } from 'zod';
import { frenchIssueMessage } from './french-errors';

// The app's Content-Security-Policy forbids eval: zod must not even try its compiled mode.
// Every module of the app takes zod from here, so that this holds whichever loads first, and so
// that no English message of zod's can reach a user.
z.config({ jitless: true, customError: frenchIssueMessage });

export { z };
