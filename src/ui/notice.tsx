import type { ReactNode } from 'react';

/** A box of information or advice; "warning" is for what instructors often reject. */
export function Notice({ kind = 'info', title, children }: { kind?: 'info' | 'warning' | 'success' | 'error'; title?: ReactNode; children: ReactNode }) {
  const prefix = { info: 'Information', warning: 'Attention', success: 'C’est prêt', error: 'Erreur' }[kind];
  return (
    <div className={`notice notice--${kind}`}>
      {title ? (
        <p className="notice-title">
          <span className="visually-hidden">{prefix} : </span>
          {title}
        </p>
      ) : (
        <span className="visually-hidden">{prefix} : </span>
      )}
      {children}
    </div>
  );
}
