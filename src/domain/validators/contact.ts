/**
 * Phone numbers and e-mail addresses of the people named in the request. DataPass wants a
 * deliverable e-mail, which no browser can check: we catch typing mistakes only.
 */
const PHONE_SEPARATORS = /[\s\u00a0\u202f.\-()]/g;

/** French numbers (01 23 45 67 89) and international ones (+33 1 23 45 67 89, +262 …). */
export function phoneIsValid(input: string): boolean {
  const compact = input.replace(PHONE_SEPARATORS, '');
  if (/^0[1-9]\d{8}$/.test(compact)) return true;
  if (/^\+33[1-9]\d{8}$/.test(compact)) return true;
  if (compact.startsWith('+33')) return false;
  return /^\+[1-9]\d{7,14}$/.test(compact);
}

// One @, no spaces, a dot in the domain, a top-level domain of at least two letters.
const EMAIL_PATTERN = /^[^\s@"<>(),;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

export function emailIsValid(input: string): boolean {
  const email = input.trim();
  if (email.length > 254) return false;
  if (!EMAIL_PATTERN.test(email)) return false;
  const local = email.slice(0, email.lastIndexOf('@'));
  return local.length <= 64 && !local.startsWith('.') && !local.endsWith('.') && !local.includes('..');
}
