/** A file name safe on every system, from a dossier title ("Cantine – Saint-Exemple" → "cantine-saint-exemple.json"). */
export function safeFileName(title: string, extension: string): string {
  const base = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    // Stryker disable next-line Regex: the replace above leaves no two dashes in a row, so -+ and - match the same.
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `${base || 'dossier'}.${extension}`;
}
