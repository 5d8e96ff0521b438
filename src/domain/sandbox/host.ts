import { API_BASE_PATH } from '../api/resources';

/**
 * Reads the gateway host a user pastes from their APIM account. The published specs hide it
 * (`https://IP-GATEWAY/impotparticulier/1.0`), so people paste it in many forms: with or without
 * the API path, with a trailing slash. Anything that cannot be a gateway gets a sentence saying why.
 */
export type HostReading = { ok: true; base: string } | { ok: false; message: string };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopback(hostname: string): boolean {
  return LOOPBACK.has(hostname);
}

export function readHost(input: string, options: { allowLoopbackHttp?: boolean } = {}): HostReading {
  const text = input.trim();
  if (text === '') return { ok: false, message: "Indiquez l'hôte de la passerelle, donné dans votre compte APIM (par exemple https://passerelle.exemple.fr)." };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return { ok: false, message: "Indiquez l'adresse complète, qui commence par https://." };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: "Cette adresse n'est pas valide : vérifiez qu'elle ne contient ni espace ni caractère accentué." };
  }
  const loopbackHttp = options.allowLoopbackHttp === true && url.protocol === 'http:' && isLoopback(url.hostname);
  if (url.protocol !== 'https:' && !loopbackHttp)
    return { ok: false, message: "L'adresse doit commencer par https:// : la passerelle de la DGFiP n'accepte que des connexions chiffrées." };
  if (url.username || url.password) return { ok: false, message: "Retirez l'identifiant et le mot de passe de l'adresse : ils ne doivent jamais y figurer." };
  if (url.search || url.hash) return { ok: false, message: "Retirez la partie de l'adresse qui suit « ? » ou « # » : seul l'hôte est attendu." };
  if (!loopbackHttp && !url.hostname.includes('.') && !url.hostname.startsWith('[')) {
    return { ok: false, message: `« ${url.hostname} » n'est pas un nom d'hôte complet : il manque le domaine (par exemple .fr ou .gouv.fr).` };
  }
  // The API path is added by the tester; a pasted one is removed.
  const path = url.pathname.replace(/\/+$/, '');
  const prefix = path.endsWith(API_BASE_PATH) ? path.slice(0, -API_BASE_PATH.length) : path;
  return { ok: true, base: `${url.protocol}//${url.host}${prefix}` };
}
