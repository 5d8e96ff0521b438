import type { ReactNode } from 'react';
import { TextField } from '../../../../ui/fields';

/**
 * Name, job title, e-mail and phone of one person of the request, with the autocomplete hints
 * that let the browser fill in the user's own details (demandeur) and not others'.
 */
export function PersonFields({
  role,
  legend,
  hint,
  self = false,
  children,
}: {
  role: string;
  legend: string;
  hint?: ReactNode;
  self?: boolean;
  children?: ReactNode;
}) {
  // "section-" scopes the autofill so that the four people are never mixed up.
  const ac = (token: string) => (self ? token : `section-${role} ${token}`);
  return (
    <fieldset className="field fieldset person">
      <legend className="field-label field-label--large">{legend}</legend>
      {hint && <div className="field-hint">{hint}</div>}
      <div className="field-row">
        <TextField name={`${role}.givenName`} label="Prénom" autoComplete={ac('given-name')} width="medium" />
        <TextField name={`${role}.familyName`} label="Nom" autoComplete={ac('family-name')} width="medium" />
      </div>
      <TextField name={`${role}.jobTitle`} label="Fonction" autoComplete={ac('organization-title')} />
      <div className="field-row">
        <TextField name={`${role}.email`} label="Adresse e-mail" type="email" autoComplete={ac('email')} inputMode="email" spellCheck={false} width="medium" />
        <TextField name={`${role}.phone`} label="Téléphone" type="tel" autoComplete={ac('tel')} inputMode="tel" width="medium" />
      </div>
      {children}
    </fieldset>
  );
}
