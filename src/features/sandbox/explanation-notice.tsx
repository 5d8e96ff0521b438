import type { Explanation } from '../../domain/sandbox/explanations';
import { Notice } from '../../ui/notice';

/** What went wrong and what to do next, in plain French. */
export function ExplanationNotice({ explanation }: { explanation: Explanation }) {
  return (
    <Notice kind="error" title={explanation.title}>
      <p>{explanation.text}</p>
      <p className="sandbox-next-title">Que faire ?</p>
      <ul>
        {explanation.next.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
    </Notice>
  );
}
