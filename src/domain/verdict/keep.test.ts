import { describe, expect, it } from 'vitest';
import { completeCantineDossier } from '../../../test/fixtures/dossiers';
import { keepReview, unkeepReview } from './keep';
import { countText } from './labels';

describe('a point "à revoir" kept, then reopened', () => {
  it('is kept with the reason and the message it had, beside the points already kept', () => {
    const d = keepReview(completeCantineDossier(), { key: 'a', message: 'Message A' }, 'Raison A');
    const both = keepReview(d, { key: 'b', message: 'Message B' }, 'Raison B');
    expect(both.keptReviews).toEqual({ a: { reason: 'Raison A', message: 'Message A' }, b: { reason: 'Raison B', message: 'Message B' } });
    expect(both.organisation).toBe(d.organisation);
  });

  it('is reopened alone, the others staying kept', () => {
    const d = keepReview(keepReview(completeCantineDossier(), { key: 'a', message: 'A' }, 'Raison A'), { key: 'b', message: 'B' }, 'Raison B');
    expect(unkeepReview(d, 'a').keptReviews).toEqual({ b: { reason: 'Raison B', message: 'B' } });
    expect(unkeepReview(d, 'inconnu').keptReviews).toEqual(d.keptReviews);
  });
});

describe('a count in words', () => {
  it('is singular for 0 and 1, plural beyond', () => {
    expect(countText(0, 'point à revoir', 'points à revoir')).toBe('0 point à revoir');
    expect(countText(1, 'point à revoir', 'points à revoir')).toBe('1 point à revoir');
    expect(countText(2, 'point à revoir', 'points à revoir')).toBe('2 points à revoir');
  });
});
