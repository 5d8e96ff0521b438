import { describe, expect, it } from 'vitest';
import { resourceById } from '../api/resources';
import { matchRoute, resourcePath } from './routes';

describe('the paths of the resources', () => {
  it('are written percent-encoded, a broken character sent as the replacement character', () => {
    expect(resourcePath(resourceById('ir-assiette'), 'spi', { spi: 'a/b', annrev: '\uD800' })).toBe(
      '/impotparticulier/1.0/spi/a%2Fb/situations/ir/assiettes/annrev/%EF%BF%BD',
    );
    expect(resourcePath(resourceById('ir-assiette'), 'france-connect', { spi: '', annrev: '$&' })).toBe(
      '/impotparticulier/1.0/situations/ir/assiettes/annrev/%24%26',
    );
    expect(() => resourcePath(resourceById('lep'), 'france-connect', { spi: '1', annrev: '2025' })).toThrow('lep has no FranceConnect path');
  });

  it('are read back, a segment that cannot be decoded kept as it came', () => {
    expect(matchRoute('/impotparticulier/1.0/spi/%E0%A4/situations/ir/assiettes/annrev/2025')).toMatchObject({
      mode: 'spi',
      params: { spi: '%E0%A4', annrev: '2025' },
    });
    expect(matchRoute('/impotparticulier/1.0/spi/12%2034/situations/ir/assiettes/annrev/2025')?.params.spi).toBe('12 34');
    expect(matchRoute('/impotparticulier/1.0/spi/1/situations/ir/assiettes/annrev/2025/plus')).toBeNull();
  });
});
