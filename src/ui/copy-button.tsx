import { useState } from 'react';

/** Copies a value to the clipboard, falling back to a text selection where the API is refused. */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the fallback where the Clipboard API is refused (no secure context, a denied permission): nothing else copies there
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

export function CopyButton({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const onCopy = async () => {
    setState((await copy(value)) ? 'copied' : 'failed');
    setTimeout(() => setState('idle'), 3000);
  };
  return (
    <span className="copy">
      <button type="button" className="button button--secondary button--small" onClick={() => void onCopy()}>
        Copier<span className="visually-hidden"> : {label}</span>
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' && 'Copié'}
        {state === 'failed' && 'Copie impossible : sélectionnez le texte'}
      </span>
    </span>
  );
}
