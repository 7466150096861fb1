#!/usr/bin/env bash
# Rebuild assets/icc/cardmaker-FOGRA39.icc from FOGRA39 characterization data, as shipped.
# Needs Debian's icc-profiles-free (the data, Zlib licence) and argyll (colprof).
# The result is not byte-identical to the committed file (colprof stamps the date), but
# the same colours; the committed file is the one the program ships.
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/assets/icc/cardmaker-FOGRA39.icc"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp /usr/share/color/icc/FOGRA39L.ti3 "$work/"
cd "$work"
# -qm medium quality A2B, -bl small B2A table (keeps the file, embedded in every PDF/X, small),
# -kr ramp black generation, -l330 total ink 330 %, -L95 black 95 % (ISO 12647-2 coated),
# -nc leaves the measurement data out of the profile.
colprof -v -qm -bl -kr -l330 -L95 -nc -A "cardmaker" \
    -D "cardmaker FOGRA39 (built from FOGRA39L.ti3)" \
    -C "Zlib licence; data: Fogra, packaging: Kai-Uwe Behrmann (icc-profiles-free)" \
    FOGRA39L >colprof.log
cp FOGRA39L.icc "$out"
echo "wrote $out ($(wc -c <"$out") bytes)"
