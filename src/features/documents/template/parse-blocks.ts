import { SOFT_BREAK, USER_END, USER_START } from './text-safety';
import { must } from '../../../domain/must';

/**
 * The rendered deliberation template, read line by line into document blocks. Markup is only
 * recognised in the template's own text, never inside a user value (see text-safety.ts).
 */
export interface Run {
  text: string;
  /** A part to adapt or to complete, highlighted and listed at the end. */
  adapt: boolean;
  /** A line break before this run. */
  breakBefore: boolean;
}

export type Block =
  | { kind: 'title' | 'heading' | 'article'; runs: Run[] }
  | { kind: 'paragraph' | 'bullet'; runs: Run[]; optional: boolean }
  | { kind: 'table'; name: string }
  | { kind: 'list'; name: string };

/** Splits a line into runs, following [[…]] markers outside user values. */
export function parseRuns(line: string): Run[] {
  const runs: Run[] = [];
  let text = '';
  let adapt = false;
  let inUser = false;
  let breakBefore = false;
  const flush = () => {
    if (text) runs.push({ text, adapt, breakBefore });
    text = '';
    breakBefore = false;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (c === USER_START) inUser = true;
    else if (c === USER_END) inUser = false;
    else if (c === SOFT_BREAK) {
      flush();
      breakBefore = true;
    } else if (!inUser && c === '[' && line[i + 1] === '[') {
      flush();
      adapt = true;
      i++;
    } else if (!inUser && adapt && c === ']' && line[i + 1] === ']') {
      flush();
      adapt = false;
      i++;
    } else text += c;
  }
  flush();
  return runs;
}

const OPTIONAL = '[facultatif]';

export function parseBlocks(rendered: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of rendered.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const directive = /^@(tableau|liste) (\S+)$/.exec(line);
    if (directive) {
      blocks.push({ kind: directive[1] === 'tableau' ? 'table' : 'list', name: must(directive[2], 'the name of a table or list') });
      continue;
    }
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      const kind = must((['title', 'heading', 'article'] as const)[must(heading[1], 'the hashes of a heading').length - 1], 'the kind of a heading');
      blocks.push({ kind, runs: parseRuns(must(heading[2], 'the text of a heading')) });
      continue;
    }
    const optional = line.startsWith(OPTIONAL);
    const body = optional ? line.slice(OPTIONAL.length).trim() : line;
    if (body.startsWith('- ')) blocks.push({ kind: 'bullet', runs: parseRuns(body.slice(2)), optional });
    else blocks.push({ kind: 'paragraph', runs: parseRuns(body), optional });
  }
  return blocks;
}

/** The plain text of runs, as a reader sees it. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => (r.breakBefore ? '\n' : '') + r.text).join('');
}
