// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { DocumentDownloads } from './document-downloads';

const hintOf = (name: RegExp) => {
  const id = screen.getByRole('button', { name }).getAttribute('aria-describedby')?.split(' ')[0] ?? '';
  return document.getElementById(id)?.textContent;
};

describe('the deliberation’s download', () => {
  it('says the draft is optional when the deliberation already voted names each datum and its purpose', () => {
    render(<DocumentDownloads dossier={completeCantineDossier()} state="ready" />);
    expect(hintOf(/Projet de délibération/)).toMatch(
      /^Facultatif : votre délibération n° 2026-045 du 12 juin 2026 cite déjà chaque donnée et sa finalité, elle suffit pour DataPass\./,
    );
  });

  it('asks for the draft to be voted when the deliberation is still to adopt', () => {
    const d = completeCantineDossier();
    render(<DocumentDownloads dossier={{ ...d, legal: { ...d.legal, deliberationStatus: 'a-adopter' } }} state="ready" />);
    expect(hintOf(/Projet de délibération/)).toBe('À adapter puis à faire voter ; les parties à adapter sont surlignées en orange.');
  });
});
