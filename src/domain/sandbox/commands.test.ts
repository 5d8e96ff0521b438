import { describe, expect, it } from 'vitest';
import { resourceById } from '../api/resources';
import { curlCommands, powershellCommands, relayCommand, type CommandInput } from './commands';

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
    expect(relayCommand('https://passerelle.exemple.fr', 'http://127.0.0.1:4173', 8787)).toBe("npm run relay -- --target 'https://passerelle.exemple.fr' --origin 'http://127.0.0.1:4173' --port 8787");
  });
});
