import { describe, expect, it } from 'vitest';
import { cantineWith } from '../../../test/fixtures/step-says';
import { TODAY } from '../../../test/fixtures/dossiers';
import { checkDateYears, requireJustification, requireText, type Reporter } from './core';
import { validateSection } from './validate';

/** A reporter that writes down what the rules report. */
function recorder() {
  const lines: string[] = [];
  const report: Reporter = {
    missing: (path, message) => lines.push(`à compléter · ${path.join('.')} : ${message}`),
    invalid: (path, message) => lines.push(`erreur · ${path.join('.')} : ${message}`),
  };
  return { lines, report };
}

describe('the rules every step shares', () => {
  it('count a text of spaces as blank', () => {
    const { lines, report } = recorder();
    expect(requireText(report, ' \n ', ['name'], 'Indiquez le nom.')).toBe(false);
    expect(requireText(report, ' A ', ['name'], 'Indiquez le nom.')).toBe(true);
    expect(lines).toEqual(['à compléter · name : Indiquez le nom.']);
  });

  it('count a justification’s characters without the spaces around it, in the singular for one', () => {
    const { lines, report } = recorder();
    requireJustification(report, '   Pics.   ', ['j'], 'Justifiez.');
    requireJustification(report, ' x ', ['j'], 'Justifiez.');
    requireJustification(report, `  ${'x'.repeat(20)}  `, ['j'], 'Justifiez.');
    expect(lines).toEqual([
      "erreur · j : Cette justification est trop courte (5 caractères) : écrivez au moins 20 caractères pour que l'instructeur comprenne.",
      "erreur · j : Cette justification est trop courte (1 caractère) : écrivez au moins 20 caractères pour que l'instructeur comprenne.",
    ]);
  });

  it('judge the year only of what is written as a date, leaving the rest to the section’s schema', () => {
    const { lines, report } = recorder();
    const section = { a: 'x1949-01-01', b: ['1949-01-01'], c: '1949', d: '', e: '1949-01-01', f: '1950-01-01', g: '2100-12-31', h: '2101-01-01' };
    checkDateYears(report, section, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(lines).toEqual([
      'erreur · e : Vérifiez l’année (1949) : une date entre 1950 et 2100 est attendue.',
      'erreur · h : Vérifiez l’année (2101) : une date entre 1950 et 2100 est attendue.',
    ]);
  });

  it('report issues at the field’s path, list indexes kept as numbers', () => {
    const d = cantineWith({
      method: {
        tranches: [
          { upTo: '500', price: '' },
          { upTo: '', price: '1' },
        ],
      },
    });
    expect(validateSection('method', d, TODAY)).toEqual([{ path: ['tranches', 0, 'price'], message: 'Indiquez le tarif de la tranche 1.', kind: 'missing' }]);
  });
});
