/** Text a user may type, or paste, that has broken document generators before. */
export const HOSTILE_STRINGS = [
  `Tom & Jerry <script>alert("x")</script> 'quote' "double"`,
  '🎉 Fête de l’école 👩‍👧‍👦 – œuvre « spéciale » 1\u202f234,50 €',
  'Contrôle\u0000\u0001\u0007\u000B\u001F\u007F\u0085 caractères\uFFFF',
  '# Titre ? [[pas une partie à adapter]] @tableau donnees {{organisation}} [facultatif]',
  'Ligne un\nLigne deux\r\nLigne trois\ttabulée',
  'x'.repeat(5_000),
  '\uD800 surrogate seul',
] as const;
