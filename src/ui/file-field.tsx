import type { ReactNode } from 'react';

interface FileFieldProps {
  id: string;
  label: string;
  hint: ReactNode;
  /** Said beside the picker, and tied to it, when the chosen file was refused. */
  error: string | null | undefined;
  accept: string;
  onFile: (file: File | null) => void;
  disabled?: boolean;
  /** Spoken as soon as it appears, for a file acted on at once (no button to press after). */
  announce?: boolean;
  /**
   * Whether the picker forgets the file once handed over, so that the same file can be chosen
   * again after it was refused and corrected; a form with a button to press keeps it shown.
   */
  forgetChoice?: boolean;
  className?: string;
  children?: ReactNode;
}

/** A file picker with its label, its hint and, beside it, why the file was refused. */
export function FileField({ id, label, hint, error, accept, onFile, disabled, announce = false, forgetChoice = false, className, children }: FileFieldProps) {
  return (
    <div className={['field', className, error ? 'field--error' : null].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <p className="field-hint" id={`${id}-aide`}>
        {hint}
      </p>
      {error && (
        <p className="field-error" id={`${id}-erreur`} role={announce ? 'alert' : undefined}>
          <span className="visually-hidden">Erreur : </span>
          {error}
        </p>
      )}
      <input
        id={id}
        type="file"
        accept={accept}
        className="input-file"
        disabled={disabled}
        aria-describedby={`${id}-aide${error ? ` ${id}-erreur` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          onFile(e.target.files?.[0] ?? null);
          if (forgetChoice) e.target.value = '';
        }}
      />
      {children}
    </div>
  );
}
