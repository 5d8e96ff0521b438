import { useContext, useEffect, useRef } from 'react';
import { useFieldArray, useFormContext, useWatch, get } from 'react-hook-form';
import type { MethodSection } from '../../../../domain/dossier/model';
import { fieldId, focusById } from '../../../../ui/field-id';
import { FieldMessages } from '../../../../ui/fields';
import { useFieldWarnings } from '../../../../ui/field-warnings';
import { FieldProblemsContext } from '../../../../ui/field-problems';
import { MAX_TRANCHES } from '../../../../domain/dossier/limits';

/**
 * The tranche grid: each row is an upper QF bound and a price; the last row is open-ended.
 * Laid out as a table so that each input is announced with its row and column.
 */
export function TrancheGrid() {
  const { control, register, formState } = useFormContext<MethodSection>();
  const { fields, append, remove, replace } = useFieldArray({ control, name: 'tranches' });

  // A new grid starts with three empty tranches, the usual minimum.
  useEffect(() => {
    if (fields.length === 0)
      replace([
        { upTo: '', price: '' },
        { upTo: '', price: '' },
        { upTo: '', price: '' },
      ]);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the grid first appears, not each time its rows change
  }, []);
  const problems = useContext(FieldProblemsContext);
  const gridError = problems.get('tranches') ?? get<unknown, { message?: string } | undefined>(formState.errors, 'tranches')?.message;
  const warnings = useFieldWarnings('tranches');
  const cellError = (i: number, key: 'upTo' | 'price') =>
    problems.get(`tranches.${i}.${key}`) ?? get<unknown, { message?: string } | undefined>(formState.errors, `tranches.${i}.${key}`)?.message;
  const full = fields.length >= MAX_TRANCHES;
  // The last tranche is open-ended ("et au-delà"), its bound hidden. One that holds a bound all
  // the same (the former last tranche removed, a file edited by hand) shows it, with its error,
  // so that it can be cleared; it stays shown while the page is open, not to vanish as it is.
  const bounds = useWatch({ control, name: 'tranches' });
  const shownLastBounds = useRef(new Set<string>());
  const lastField = fields.at(-1);
  if (lastField && (bounds[fields.length - 1]?.upTo ?? '').trim() !== '') shownLastBounds.current.add(lastField.id);

  const cell = (i: number, key: 'upTo' | 'price', label: string, openEnded: boolean) => {
    const id = fieldId(`tranches.${i}.${key}`);
    const error = cellError(i, key);
    return (
      <td>
        <label className="visually-hidden" htmlFor={id}>
          {label} de la tranche {i + 1}
        </label>
        {key === 'upTo' && openEnded ? (
          <span className="tranche-open">
            et au-delà
            <input id={id} type="hidden" {...register(`tranches.${i}.upTo`)} />
          </span>
        ) : (
          <span className="input-with-suffix">
            <input
              id={id}
              className="input input--short"
              inputMode="decimal"
              autoComplete="off"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-erreur` : undefined}
              {...register(`tranches.${i}.${key}`)}
            />
            <span className="input-suffix" aria-hidden="true">
              €
            </span>
          </span>
        )}
        {error && (
          <p className="field-error" id={`${id}-erreur`}>
            <span className="visually-hidden">Erreur : </span>
            {error}
          </p>
        )}
      </td>
    );
  };

  return (
    <fieldset className="field fieldset" id={fieldId('tranches')} tabIndex={-1}>
      <legend className="field-label">Grille de tranches de quotient familial</legend>
      <FieldMessages
        id={fieldId('tranches')}
        hint="Pour chaque tranche, la limite haute du QF (incluse) et le tarif. La dernière tranche n'a pas de limite."
        error={gridError}
        warnings={warnings}
      />
      <table className="tranche-table">
        <thead>
          <tr>
            <th scope="col">Tranche</th>
            <th scope="col">QF jusqu'à</th>
            <th scope="col">Tarif</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field, i) => {
            const isLast = i === fields.length - 1;
            return (
              <tr key={field.id}>
                <th scope="row">{i + 1}</th>
                {cell(i, 'upTo', 'Limite haute du QF', isLast && !shownLastBounds.current.has(field.id))}
                {cell(i, 'price', 'Tarif', false)}
                <td>
                  <button
                    type="button"
                    className="button button--link"
                    onClick={() => {
                      remove(i);
                      requestAnimationFrame(() => focusById(fieldId('tranches')));
                    }}
                  >
                    Supprimer<span className="visually-hidden"> la tranche {i + 1}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {full && (
        <p className="field-hint" id={`${fieldId('tranches')}-pleine`}>
          La grille compte {MAX_TRANCHES} tranches, le plus qu’elle puisse en avoir : regroupez des tranches pour en ajouter une.
        </p>
      )}
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={full || undefined}
        aria-describedby={full ? `${fieldId('tranches')}-pleine` : undefined}
        onClick={() => {
          if (full) return;
          // The new tranche becomes the open-ended last one; the former last one needs a bound.
          append({ upTo: '', price: '' });
          requestAnimationFrame(() => focusById(fieldId(`tranches.${fields.length - 1}.upTo`)));
        }}
      >
        Ajouter une tranche
      </button>
    </fieldset>
  );
}
