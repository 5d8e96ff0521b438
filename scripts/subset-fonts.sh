#!/usr/bin/env bash
# Rebuilds the PDF fonts in src/features/documents/fonts/ from Debian's DejaVu Sans, keeping the
# characters French text needs (Latin, punctuation incl. the narrow no-break space that
# Intl.NumberFormat('fr-FR') writes, €, arrows, check marks). Needs: apt-get install
# fonts-dejavu-core python3-fonttools (run with Debian's python3 first in PATH). Not run by CI:
# its output is committed. DejaVu's licence allows modified copies under a name without
# "Bitstream" or "Vera"; see fonts/LICENSE.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/features/documents/fonts
unicodes="U+0020-007E,U+00A0-017F,U+0192,U+02C6-02DD,U+2000-206F,U+20AC,U+2116,U+2122,U+2190-2193,U+2212,U+2264-2265,U+2713,U+2717,U+25CF,U+FFFD"
for style in "" "-Bold"; do
  python3 -m fontTools.subset "/usr/share/fonts/truetype/dejavu/DejaVuSans${style}.ttf" \
    --unicodes="$unicodes" --layout-features='kern,liga' --name-IDs='*' --name-legacy \
    --output-file="$out/DejaVuSans${style}.ttf"
done
ls -l "$out"
