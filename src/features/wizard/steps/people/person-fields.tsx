import type { ReactNode } from 'react';
import { TextField } from '../../../../ui/fields';
import { PERSON_QUESTIONS } from '../../../../domain/question-labels';

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
        <TextField name={`${person}.givenName`} label={PERSON_QUESTIONS.givenName} autoComplete={ac('given-name')} width="medium" />
        <TextField name={`${person}.familyName`} label={PERSON_QUESTIONS.familyName} autoComplete={ac('family-name')} width="medium" />
      </div>
      <TextField name={`${person}.jobTitle`} label={PERSON_QUESTIONS.jobTitle} autoComplete={ac('organization-title')} />
      <div className="field-row">
        <TextField
          name={`${person}.email`}
          label={PERSON_QUESTIONS.email}
          type="email"
          autoComplete={ac('email')}
          inputMode="email"
          spellCheck={false}
          width="medium"
        />
        <TextField name={`${person}.phone`} label={PERSON_QUESTIONS.phone} type="tel" autoComplete={ac('tel')} inputMode="tel" width="medium" />
      </div>
      {children}
    </fieldset>
  );
}
