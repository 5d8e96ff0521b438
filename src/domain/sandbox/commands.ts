import type { ApiResource } from '../api/resources';
import { resourcePath, type AccessModeId } from './routes';

/**
 * The commands that make the same call outside the browser, where CORS does not apply: bash
 * with curl, and PowerShell for Windows workstations. Secrets are never written into them: the
 * commands ask for the client id and secret when they run and keep the token in a variable, so
 * nothing sensitive lands in a shell history, a screenshot or a ticket.
 */
export interface CommandInput {
  /** Gateway base, as read by readHost. */
  base: string;
  resource: ApiResource;
  mode: AccessModeId;
  spi: string;
  year: string;
  correlationId: string;
  teleserviceId: string;
}

/**
 * Single-quoted for a POSIX shell: nothing inside is interpreted, newlines included. A quote
 * cannot be written inside, so it closes the string, is written escaped, and reopens one.
 */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * PowerShell closes a single-quoted string on the typographic single quotes too (‘ ’ ‚ ‛), which
 * word processors and web pages put in place of ': a value copied from a document could otherwise
 * end the string and run the rest as code.
 */
const POWERSHELL_SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g;

/**
 * Single-quoted for PowerShell, the only kind of string a typed value is put in: no `$`, no
 * backtick, no double quote is interpreted there. Inside, any of PowerShell's single quotes
 * followed by another one stands for the second, so doubling each keeps it and the string open.
 */
export function powershellQuote(value: string): string {
  return `'${value.replace(POWERSHELL_SINGLE_QUOTES, '$&$&')}'`;
}

const sh = shellQuote;
const ps = powershellQuote;

function callUrl(input: CommandInput): string {
  return input.base + resourcePath(input.resource, input.mode, { spi: input.spi, annrev: input.year });
}

export function curlCommands(input: CommandInput): string {
  const fc = input.mode === 'france-connect';
  return [
    '# 1. Jeton : saisissez l’identifiant et le secret du compte APIM quand ils sont demandés.',
    "read -r -p 'Identifiant client : ' DGFIP_CLIENT_ID",
    "read -r -s -p 'Secret client : ' DGFIP_CLIENT_SECRET; echo",
    ...(fc ? ["read -r -s -p 'Jeton FranceConnect de l’usager : ' FC_TOKEN; echo"] : []),
    'DGFIP_TOKEN=$(curl -sS -u "$DGFIP_CLIENT_ID:$DGFIP_CLIENT_SECRET" \\',
    "  --data-urlencode 'grant_type=client_credentials' \\",
    `  --data-urlencode ${sh(`scope=${input.resource.tokenScope}`)} \\`,
    `  ${sh(`${input.base}/token`)} | sed -n 's/.*"access_token" *: *"\\([^"]*\\)".*/\\1/p')`,
    '',
    '# 2. Appel : -i affiche le statut et les en-têtes de la réponse.',
    `curl -sS -i ${sh(callUrl(input))} \\`,
    '  -H "Authorization: Bearer $DGFIP_TOKEN" \\',
    ...(fc ? ['  -H "X-FranceConnect-OAuth: $FC_TOKEN" \\'] : []),
    `  -H ${sh(`X-Correlation-ID: ${input.correlationId}`)} \\`,
    `  -H ${sh(`ID_Teleservice: ${input.teleserviceId}`)}`,
  ].join('\n');
}

export function powershellCommands(input: CommandInput): string {
  const fc = input.mode === 'france-connect';
  return [
    '# 1. Jeton : une fenêtre demande l’identifiant et le secret du compte APIM.',
    "$cred = Get-Credential -Message 'Identifiant et secret client APIM'",
    '$pair = "$($cred.UserName):$($cred.GetNetworkCredential().Password)"',
    '$basic = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($pair))',
    `$token = (Invoke-RestMethod -Method Post -Uri ${ps(`${input.base}/token`)} -Headers @{ Authorization = "Basic $basic" } -Body @{ grant_type = 'client_credentials'; scope = ${ps(input.resource.tokenScope)} }).access_token`,
    // The prompt's apostrophe is a typographic one, a string end for PowerShell: quoted like a value.
    ...(fc ? [`$fcToken = Read-Host -Prompt ${ps('Jeton FranceConnect de l’usager')}`] : []),
    '',
    '# 2. Appel (PowerShell 7 : ajoutez -SkipHttpErrorCheck pour lire aussi les réponses d’erreur).',
    '$headers = @{',
    '  Authorization = "Bearer $token"',
    ...(fc ? ["  'X-FranceConnect-OAuth' = $fcToken"] : []),
    `  'X-Correlation-ID' = ${ps(input.correlationId)}`,
    `  'ID_Teleservice' = ${ps(input.teleserviceId)}`,
    '}',
    `$response = Invoke-WebRequest -UseBasicParsing -Uri ${ps(callUrl(input))} -Headers $headers`,
    '$response.StatusCode',
    '$response.Content',
  ].join('\n');
}

/** The command that starts the relay for this host and this page's origin. */
export function relayCommand(base: string, origin: string, port: number): string {
  return `npm run relay -- --target ${sh(base)} --origin ${sh(origin)} --port ${port}`;
}
