import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resourceById } from '../api/resources';
import { curlCommands, powershellCommands, powershellQuote, relayCommand, shellQuote, type CommandInput } from './commands';

const input: CommandInput = {
  base: 'https://passerelle.exemple.fr',
  resource: resourceById('ir-assiette'),
  mode: 'spi',
  spi: '3999999000118',
  year: '2025',
  correlationId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  teleserviceId: "CANTINE'01",
};

describe('commands to call outside the browser', () => {
  it('curl: token with the resource’s scope, then the exact call with its three headers', () => {
    const text = curlCommands(input);
    expect(text).toContain("--data-urlencode 'scope=RessourceIR'");
    expect(text).toContain("'https://passerelle.exemple.fr/token'");
    expect(text).toContain("curl -sS -i 'https://passerelle.exemple.fr/impotparticulier/1.0/spi/3999999000118/situations/ir/assiettes/annrev/2025'");
    expect(text).toContain('-H "Authorization: Bearer $DGFIP_TOKEN"');
    expect(text).toContain("-H 'X-Correlation-ID: 3f2504e0-4f89-41d3-9a0c-0305e82c3301'");
    // A quote in a value cannot break out of the shell string.
    expect(text).toContain("-H 'ID_Teleservice: CANTINE'\\''01'");
    expect(text).not.toContain('X-FranceConnect-OAuth');
  });

  it('PowerShell: the same call, with the FranceConnect header in that mode', () => {
    const text = powershellCommands({ ...input, mode: 'france-connect', resource: resourceById('ir-derniere-situation-deux-ans') });
    expect(text).toContain("-Uri 'https://passerelle.exemple.fr/impotparticulier/1.0/dernieresituation/ir/assiettes/deuxans'");
    expect(text).toContain("scope = 'RessourceIRDerniere2'");
    expect(text).toContain("'X-FranceConnect-OAuth' = $fcToken");
    expect(text).toContain("'ID_Teleservice' = 'CANTINE''01'");
  });

  it('never holds a secret: they are asked for when the commands run', () => {
    for (const text of [curlCommands(input), powershellCommands(input)]) {
      expect(text).toMatch(/read -r -s -p|Get-Credential/);
    }
  });

  it('starts the relay for this host and this page', () => {
    expect(relayCommand('https://passerelle.exemple.fr', 'http://127.0.0.1:4173', 8787)).toBe(
      "npm run relay -- --target 'https://passerelle.exemple.fr' --origin 'http://127.0.0.1:4173' --port 8787",
    );
  });
});

/*
 * Whatever a user types (or pastes from a document) must stay one literal string in the commands.
 * The readers below implement the two shells' quoting rules, independently of commands.ts, so that
 * the commands can be parsed back as the shells would read them.
 */

/** PowerShell's single quotes: the ASCII one and the typographic ones it treats the same way. */
const PS_SINGLE = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B']);
const PS_DOUBLE = new Set(['"', '\u201C', '\u201D', '\u201E']);

interface Literal {
  value: string;
  /** Index just after the closing quote. */
  end: number;
}

/** PowerShell: any single quote opens; inside, one followed by another stands for the second, else it closes. */
function readPowerShellLiteral(text: string, start: number): Literal {
  if (!PS_SINGLE.has(text[start]!)) throw new Error(`no single quote at ${start}`);
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!;
    if (!PS_SINGLE.has(c)) value += c;
    else if (PS_SINGLE.has(text[i + 1] ?? '')) value += text.charAt(++i);
    else return { value, end: i + 1 };
  }
  throw new Error(`string opened at ${start} never closes`);
}

/** POSIX shell: a word made of '…' parts (nothing escaped inside) and \x escapes, glued together. */
function readShellWord(text: string, start: number): Literal {
  let value = '';
  let i = start;
  for (;;) {
    if (text[i] === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) throw new Error(`string opened at ${i} never closes`);
      value += text.slice(i + 1, close);
      i = close + 1;
    } else if (text[i] === '\\' && i + 1 < text.length && text[i + 1] !== '\n') {
      value += text.charAt(i + 1);
      i += 2;
    } else {
      return { value, end: i };
    }
  }
}

/** A script split into its code, where each single-quoted literal is <S>, and the literals' values. */
interface Scan {
  skeleton: string;
  literals: string[];
}

const atLineStart = (skeleton: string) => /(?:^|\n)[ \t]*$/.test(skeleton);

function scanPowerShell(script: string): Scan {
  let skeleton = '';
  const literals: string[] = [];
  let i = 0;
  while (i < script.length) {
    const c = script[i]!;
    if (c === '#' && atLineStart(skeleton)) {
      const end = script.indexOf('\n', i) < 0 ? script.length : script.indexOf('\n', i);
      skeleton += script.slice(i, end);
      i = end;
    } else if (PS_SINGLE.has(c)) {
      const literal = readPowerShellLiteral(script, i);
      literals.push(literal.value);
      skeleton += '<S>';
      i = literal.end;
    } else if (PS_DOUBLE.has(c)) {
      // Double-quoted strings are expanded: kept whole in the code, so a value in one would show.
      let j = i + 1;
      while (j < script.length) {
        if (script[j] === '`') j += 2;
        else if (!PS_DOUBLE.has(script[j]!)) j++;
        else if (PS_DOUBLE.has(script[j + 1] ?? '')) j += 2;
        else break;
      }
      skeleton += script.slice(i, j + 1);
      i = j + 1;
    } else {
      skeleton += c;
      i++;
    }
  }
  return { skeleton, literals };
}

function scanShell(script: string): Scan {
  let skeleton = '';
  const literals: string[] = [];
  let i = 0;
  while (i < script.length) {
    const c = script[i]!;
    if (c === '#' && atLineStart(skeleton)) {
      const end = script.indexOf('\n', i) < 0 ? script.length : script.indexOf('\n', i);
      skeleton += script.slice(i, end);
      i = end;
    } else if (c === "'" || (c === '\\' && i + 1 < script.length && script[i + 1] !== '\n')) {
      const word = readShellWord(script, i);
      literals.push(word.value);
      skeleton += '<S>';
      i = word.end;
    } else if (c === '"') {
      let j = i + 1;
      while (j < script.length && script[j] !== '"') j += script[j] === '\\' ? 2 : 1;
      skeleton += script.slice(i, j + 1);
      i = j + 1;
    } else {
      skeleton += c;
      i++;
    }
  }
  return { skeleton, literals };
}

/** What breaks out of a string in one shell or the other, and what is expanded in a double-quoted one. */
const TRICKY = [
  "'",
  '\u2018',
  '\u2019',
  '\u201A',
  '\u201B',
  '"',
  '\u201C',
  '\u201D',
  '\u201E',
  '$',
  '`',
  '\\',
  '\n',
  '\r',
  ';',
  '&',
  '|',
  '(',
  ')',
  '{',
  '}',
  '#',
  '@',
  ' ',
];
const trickyString = fc.string({ unit: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 40 });

const HOSTILE = [
  'X’ + (Start-Process calc) + ’',
  "X' ; Remove-Item -Recurse C:\\ ; '",
  '$(calc)',
  '`$(calc)`',
  '“$(calc)”',
  "X‘; calc; ‛\n'; calc #",
  "a\nb'\n$(rm -rf ~)\n'",
];

describe('quoting what the user typed', () => {
  it('POSIX: the literal reads back as the value and ends where the quoting ends', () => {
    fc.assert(
      fc.property(trickyString, fc.string(), (value, after) => {
        const quoted = shellQuote(value);
        expect(readShellWord(quoted + ' ' + after, 0)).toEqual({ value, end: quoted.length });
      }),
    );
  });

  it('PowerShell: the literal reads back as the value and ends where the quoting ends, typographic quotes included', () => {
    fc.assert(
      fc.property(trickyString, fc.string(), (value, after) => {
        const quoted = powershellQuote(value);
        expect(readPowerShellLiteral(quoted + ' ' + after, 0)).toEqual({ value, end: quoted.length });
      }),
    );
    expect(powershellQuote('X’ + (Start-Process calc) + ’')).toBe("'X’’ + (Start-Process calc) + ’’'");
    expect(powershellQuote("‘‚‛'")).toBe("'‘‘‚‚‛‛'''");
  });

  it.skipIf(process.platform === 'win32')('POSIX: a real sh prints the value back unchanged', () => {
    // The reader above is a model; this checks the model against a shell, on values it cannot hold (no NUL).
    for (const value of HOSTILE) expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(value)}`], { encoding: 'utf8' })).toBe(value);
    fc.assert(
      fc.property(
        trickyString.filter((s) => !s.includes('\0')),
        (value) => execFileSync('sh', ['-c', `printf %s ${shellQuote(value)}`], { encoding: 'utf8' }) === value,
      ),
      { numRuns: 10 },
    );
  });

  /** Values easy to find in the commands, standing where the user's go. */
  const MARKED: CommandInput = { ...input, spi: 'SPIMARK', year: 'YEARMARK', correlationId: 'CORRMARK', teleserviceId: 'TELEMARK' };

  function expectedLiterals(marked: string[], values: CommandInput): string[] {
    const replacements: Record<string, string> = {
      SPIMARK: encodeURIComponent(values.spi),
      YEARMARK: encodeURIComponent(values.year),
      CORRMARK: values.correlationId,
      TELEMARK: values.teleserviceId,
    };
    return marked.map((literal) => literal.replace(/SPIMARK|YEARMARK|CORRMARK|TELEMARK/g, (mark) => replacements[mark]!));
  }

  const commandInputs = fc.record({
    resource: fc.constantFrom(resourceById('ir-assiette'), resourceById('ir-derniere-situation-deux-ans')),
    mode: fc.constantFrom('spi' as const, 'france-connect' as const),
    spi: trickyString,
    year: trickyString,
    correlationId: trickyString,
    teleserviceId: trickyString,
  });

  it.each([
    ['curl', curlCommands, scanShell],
    ['PowerShell', powershellCommands, scanPowerShell],
  ] as const)('%s: whatever is typed, the code around the values is the same and each value is one literal', (_, commands, scan) => {
    const check = (values: CommandInput) => {
      const reference = scan(commands({ ...MARKED, resource: values.resource, mode: values.mode }));
      const actual = scan(commands(values));
      expect(actual.skeleton).toBe(reference.skeleton);
      expect(actual.literals).toEqual(expectedLiterals(reference.literals, values));
    };
    for (const teleserviceId of HOSTILE)
      for (const mode of ['spi', 'france-connect'] as const) check({ ...input, mode, teleserviceId, correlationId: teleserviceId });
    fc.assert(fc.property(commandInputs, (values) => check({ ...input, ...values })));
  });

  it('PowerShell: a hostile ID_Teleservice stays a string in the headers table', () => {
    const text = powershellCommands({ ...input, teleserviceId: 'X’ + (Start-Process calc) + ’' });
    expect(text).toContain("'ID_Teleservice' = 'X’’ + (Start-Process calc) + ’’'\n}");
  });

  it('PowerShell: the FranceConnect prompt’s own apostrophe does not end its string', () => {
    const text = powershellCommands({ ...input, mode: 'france-connect' });
    expect(scanPowerShell(text).literals).toContain('Jeton FranceConnect de l’usager');
    expect(scanPowerShell(text).skeleton).toContain('$fcToken = Read-Host -Prompt <S>\n');
  });
});

describe('the same call outside the browser', () => {
  const inMode = (mode: CommandInput['mode']): CommandInput => ({
    base: 'https://passerelle.exemple.fr',
    resource: resourceById('ir-assiette'),
    mode,
    spi: '3999999000118',
    year: '2025',
    correlationId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    teleserviceId: 'tele’service',
  });

  it('is written for bash with curl and for PowerShell, by number and with FranceConnect, asking for every secret when it runs', async () => {
    const text = [
      '=== curl, numéro fiscal',
      curlCommands(inMode('spi')),
      '=== curl, FranceConnect',
      curlCommands(inMode('france-connect')),
      '=== PowerShell, numéro fiscal',
      powershellCommands(inMode('spi')),
      '=== PowerShell, FranceConnect',
      powershellCommands(inMode('france-connect')),
      '=== Relais local',
      relayCommand('https://passerelle.exemple.fr', "https://outil.exemple.fr/l'app", 8787),
    ].join('\n\n');
    await expect(`${text}\n`).toMatchFileSnapshot('../../../test/fixtures/sandbox/commandes.txt');
  });
});
