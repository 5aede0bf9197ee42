#!/usr/bin/env bash
# Runs the sample (the NativeAOT binary if it was published, else `dotnet run`) and compares every value it
# prints with `relu eval --raw --engine il` on the same expression, inputs and points: the generated code and the
# IL delegate must agree to the last bit, which the shortest round-trip text shows.
# Usage (from the repository root): samples/GeneratedFunctions/check.sh [path/to/GeneratedFunctions]
set -euo pipefail
cd "$(dirname "$0")/../.."
program=${1:-}
if [ -n "$program" ]; then output=$("$program"); else output=$(dotnet run --project samples/GeneratedFunctions -c Release); fi
relu() { dotnet src/Cli/bin/Release/net10.0/relu.dll "$@"; }

failures=0 compared=0 expression="" inputs=""
while IFS= read -r line; do
  [[ $line == *$'\t'* || $line == "# "* ]] || continue
  if [[ $line == "# "* ]]; then
    # "# name (details): expression"; the ridge declares its inputs y, x.
    expression=${line#*: }
    inputs=""
    [[ $line == *"(y, x)"* ]] && inputs="--inputs y,x"
    continue
  fi
  point=${line%%$'\t'*}
  value=${line#*$'\t'}
  # shellcheck disable=SC2086
  expected=$(relu eval "$expression" $inputs --raw --engine il -- "$point")
  compared=$((compared + 1))
  if [ "$expected" != "$value" ]; then
    echo "differs: $expression at $point: generated $value, relu eval $expected"
    failures=$((failures + 1))
  fi
done <<< "$output"
echo "$compared values compared, $failures differ"
[ "$failures" -eq 0 ]
