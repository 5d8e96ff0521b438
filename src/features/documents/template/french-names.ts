/**
 * An organisation's name inside a sentence: "préparée pour la commune de Saint-Exemple", not
 * "pour Commune de Saint-Exemple". Names that start with a common noun get its article and
 * lose their capital; a proper name ("Saint-Exemple", "Paris Habitat") is kept as it is.
 */
const COMMON_NOUNS: Record<string, 'la' | 'le' | 'l’'> = {
  commune: 'la',
  ville: 'la',
  communauté: 'la',
  métropole: 'la',
  département: 'le',
  région: 'la',
  centre: 'le',
  syndicat: 'le',
  établissement: 'l’',
  conseil: 'le',
  ccas: 'le',
  cias: 'le',
  caisse: 'la',
  collectivité: 'la',
};

export function nameInSentence(name: string): string {
  const trimmed = name.trim();
  const first = /^[\p{L}]+/u.exec(trimmed)?.[0] ?? '';
  const article = COMMON_NOUNS[first.toLowerCase()];
  if (!article) return trimmed;
  // Acronyms keep their capitals ("le CCAS de…").
  const noun = first === first.toUpperCase() && first.length > 1 ? first : first.toLowerCase();
  const rest = trimmed.slice(first.length);
  return article === 'l’' ? `l’${noun}${rest}` : `${article} ${noun}${rest}`;
}

/** "de la commune de…", "du centre…", "de l’établissement…". */
export function ofName(name: string): string {
  const inSentence = nameInSentence(name);
  if (inSentence.startsWith('le ')) return `du ${inSentence.slice(3)}`;
  if (inSentence.startsWith('la ') || inSentence.startsWith('l’')) return `de ${inSentence}`;
  return `de ${inSentence}`;
}
