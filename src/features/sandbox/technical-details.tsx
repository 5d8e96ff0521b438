import type { ReactNode } from 'react';

interface TechnicalDetailsProps {
  /** What is folded inside, after "Détails techniques : ". */
  what: string;
  children: ReactNode;
  /** Given when the page opens it itself (an error to fix inside); otherwise the user alone does. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}

/**
 * HTTP details folded away, closed unless the user or the page opens them: a project lead reads
 * the answer in plain French first, a developer opens the rest. A native disclosure, so keyboard,
 * screen readers and the browser's find-in-page all know how to open it.
 */
export function TechnicalDetails({ what, children, open, onOpenChange }: TechnicalDetailsProps) {
  return (
    <details className="sandbox-details" open={open} onToggle={onOpenChange ? (event) => onOpenChange(event.currentTarget.open) : undefined}>
      <summary>
        Détails techniques : <span className="sandbox-details-what">{what}</span>
      </summary>
      <div className="sandbox-details-body">{children}</div>
    </details>
  );
}
