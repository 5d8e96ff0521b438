import Mustache from 'mustache';
import { must } from '../../../domain/must';

/**
 * Renders a template of templates/ with Mustache. The documents are not HTML: nothing is
 * escaped here (user values are made safe by `userText` instead).
 */
export function renderTemplate(source: string, view: object): string {
  return Mustache.render(source, view, undefined, { escape: (value: string) => value });
}

/**
 * Reads a "## key" file (checklist and DataPass sheet texts) as named sections, each rendered
 * on demand with the common values and its own. A missing key is an error, so that a renamed
 * key is caught by the tests rather than printed empty.
 */
export function templateSections(source: string, view: object): (key: string, own?: object) => string {
  const sections = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of source.split('\n')) {
    const heading = /^## (\S+)\s*$/.exec(line);
    if (heading) {
      current = [];
      sections.set(must(heading[1], 'the name of a section'), current);
    } else current?.push(line);
  }
  return (key, own = {}) => {
    const lines = sections.get(key);
    if (lines === undefined) throw new Error(`Template section "${key}" is missing`);
    return renderTemplate(lines.join('\n'), { ...view, ...own }).trim();
  };
}
