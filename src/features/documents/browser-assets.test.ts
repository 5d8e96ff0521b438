import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

const ok = () => Promise.resolve(new Response(new Uint8Array([1, 2, 3])));

describe('the PDF fonts in the browser', () => {
  it('are fetched once per page, the same bytes for every checklist', async () => {
    const fetch = vi.fn(ok);
    vi.stubGlobal('fetch', fetch);
    const { browserFonts } = await import('./browser-assets');
    const first = await browserFonts();
    const second = await browserFonts();
    expect(second.regular).toBe(first.regular);
    expect(second.bold).toBe(first.bold);
    expect(fetch).toHaveBeenCalledTimes(2); // regular and bold, once
  });

  it('are fetched again after a failure (offline, then back online)', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockImplementation(ok);
    vi.stubGlobal('fetch', fetch);
    const { browserFonts } = await import('./browser-assets');
    await expect(browserFonts()).rejects.toThrow('Failed to fetch');
    await expect(browserFonts()).resolves.toMatchObject({ regular: new Uint8Array([1, 2, 3]) });
  });
});
