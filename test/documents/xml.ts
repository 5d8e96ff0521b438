import { JSDOM } from 'jsdom';

const { DOMParser } = new JSDOM('').window;

/** Whether a string is well-formed XML (what Word needs before anything else). */
export function xmlIsWellFormed(xml: string): boolean {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return doc.getElementsByTagName('parsererror').length === 0;
}
