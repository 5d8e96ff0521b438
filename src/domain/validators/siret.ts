/**
 * SIRET: 14 digits whose Luhn checksum is valid. La Poste's establishments (SIREN 356 000 000)
 * are the one documented exception: INSEE checks them by a sum of digits divisible by 5.
 */
const LA_POSTE_SIREN = '356000000';

export function normaliseSiret(input: string): string {
  return input.replace(/[\s\u00a0\u202f.-]/g, '');
}

export function luhnIsValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      // Stryker disable next-line EqualityOperator: a doubled digit is even, never 9, so > 9 and >= 9 agree.
      if (d > 9) d -= 9;
    }
    // Stryker disable next-line AssignmentOperator: a negative sum is a multiple of 10 exactly when its opposite is.
    sum += d;
  }
  return sum % 10 === 0;
}

export type SiretProblem = 'not-14-digits' | 'bad-checksum';

export function siretProblem(input: string): SiretProblem | null {
  const siret = normaliseSiret(input);
  if (!/^\d{14}$/.test(siret)) return 'not-14-digits';
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== '35600000000048') {
    // Stryker disable next-line ArithmeticOperator: a negative sum is a multiple of 5 exactly when its opposite is.
    const digitSum = Array.from(siret).reduce((s, d) => s + Number(d), 0);
    return digitSum % 5 === 0 ? null : 'bad-checksum';
  }
  return luhnIsValid(siret) ? null : 'bad-checksum';
}
