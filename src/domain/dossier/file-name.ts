/** A file name safe on every system, from a dossier title ("Cantine – Saint-Exemple" → "cantine-saint-exemple.json"). */
export function safeFileName(title: string, extension: string): string {
  const base = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `${base || 'dossier'}.${extension}`;
}
