/**
 * Whatever the user typed must come out of the documents as typed, never as structure: a name
 * starting with "#" must not become a heading, "[[" must not open a highlight, and control
 * characters must not break the XML of a .docx (Word then refuses to open it).
 *
 * User values are therefore wrapped in private-use sentinels before the template is rendered;
 * the block parser treats what lies between them as plain text.
 */
export const USER_START = '\uE000';
export const USER_END = '\uE001';
/** A line break inside a user value (which must not split the template's lines). */
export const SOFT_BREAK = '\uE002';

// C0 controls except tab and newline, DEL and C1 controls, non-characters, lone surrogates.
// eslint-disable-next-line no-control-regex -- finds the control characters a pasted text may hold, to remove them
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SENTINELS = /[\uE000-\uE002]/g;

/** Text safe for any document format: no control characters, no sentinels, normal line ends. */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(UNSAFE, '').replace(SENTINELS, '');
}

/** A user value, ready to be placed in a template. */
export function userText(value: string): string {
  const clean = cleanText(value).trim().replace(/\t/g, ' ').replace(/\n/g, SOFT_BREAK);
  return `${USER_START}${clean}${USER_END}`;
}
