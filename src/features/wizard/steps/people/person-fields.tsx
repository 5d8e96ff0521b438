import type { ReactNode } from 'react';
import { TextField } from '../../../../ui/fields';

/**
 * Name, job title, e-mail and phone of one person of the request, with the autocomplete hints
 * that let the browser fill in the user's own details (demandeur) and not others'.
 */
export function PersonFields({
  person,
  legend,
  hint,
  self = false,
  children,
}: {
  person: string;
  legend: string;
  hint?: ReactNode;
  self?: boolean;
  children?: ReactNode;
}) {
  // "section-" scopes the autofill so that the four people are never mixed up.
  const ac = (token: string) => (self ? token : `section-${person} ${token}`);
  return (
    <fieldset className="field fieldset person">
      <legend className="field-label field-label--large">{legend}</legend>
      {hint && <div className="field-hint">{hint}</div>}
      <div className="field-row">
        <TextField name={`${person}.givenName`} label="Prénom" autoComplete={ac('given-name')} width="medium" />
        <TextField name={`${person}.familyName`} label="Nom" autoComplete={ac('family-name')} width="medium" />
      </div>
      <TextField name={`${person}.jobTitle`} label="Fonction" autoComplete={ac('organization-title')} />
      <div className="field-row">
        <TextField
          name={`${person}.email`}
          label="Adresse e-mail"
          type="email"
          autoComplete={ac('email')}
          inputMode="email"
          spellCheck={false}
          width="medium"
        />
        <TextField name={`${person}.phone`} label="Téléphone" type="tel" autoComplete={ac('tel')} inputMode="tel" width="medium" />
      </div>
      {children}
    </fieldset>
  );
}
