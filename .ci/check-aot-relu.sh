#!/usr/bin/env bash
# Runs every command below with the NativeAOT relu and with the JIT build (`dotnet relu.dll`) and compares
# standard output, standard error and exit code: the AOT executable must answer exactly as the tool does (its il
# engine is the first tier, the same bits), except that it refuses the roslyn engine with exit 2.
# Usage (from the repository root, after the Release build): .ci/check-aot-relu.sh path/to/relu
set -uo pipefail
cd "$(dirname "$0")/.."
aot=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jit() { dotnet src/Cli/bin/Release/net10.0/relu.dll "$@"; }
printf '0,0\n1,1\n2,0\n3,3\n' > "$work/points.txt"

staircase="σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3) + σ(x-4) - σ(x-5) + σ(x-6) - σ(x-7) + σ(x-8) - σ(x-9) + σ(x-10) - σ(x-11) + σ(x-12) - σ(x-13) + σ(x-14) - σ(x-15) + σ(x-16) - σ(x-17) + σ(x-18) - σ(x-19)"
commands=(
  'eval "σ(x-1) + 1" 2'
  'eval --raw "0.1*σ(x-0.3) + 0.7*σ(x+0.2) - σ(x-1/3)" 0.1 0.35 1 1e300 -inf'
  'eval --raw --engine il "$staircase" 0.5 7.25 19.5 1e16 inf nan'
  'eval --raw --engine interpreter "max(x, y) + |x - 2y|/3" 1,2 3,-4'
  'eval "σ(x-1" 2'
  'eval "σ(x)" 1e400'
  'canon "σ(x)-σ(-x) + 2|x-1|"'
  'canon "x * * y"'
  'net "max(x,y,z) - min(x,0)"'
  'net --json "σ(x-1) + 1"'
  'pieces "σ(x-2) - σ(x-3) + |x|"'
  'eq "σ(x)-σ(-x)" x'
  'eq "σ(x)" x'
  'diff "σ(x)" "|x|"'
  'analyze "σ(x-1) - 2σ(x-3)"'
  'emit "σ(x-1) + 1"'
  'draw --format mermaid "max(x,y)"'
  'fit "$work/points.txt"'
  'fit --max-units 1 "$work/points.txt"'
  'export "σ(x-1) + 1" -o "$work/model.onnx"'
  'eval -f "$work/model.onnx" 0 1 2 3'
  'plot "σ(x-2) - σ(x-3)" "σ(x)" --diff -o "$work/plot.svg"'
  'eval --help'
)

failures=0
for command in "${commands[@]}"; do
  rm -f "$work/plot.svg" "$work/jit-plot.svg" "$work/jit-model.onnx"
  eval "jit $command" > "$work/jit.out" 2> "$work/jit.err"; jit_status=$?
  # The files a command writes (the same path for both builds) are compared too.
  for file in plot.svg model.onnx; do [ -f "$work/$file" ] && cp "$work/$file" "$work/jit-$file"; done
  eval "\"$aot\" $command" > "$work/aot.out" 2> "$work/aot.err"; aot_status=$?
  same_files=true
  for file in plot.svg model.onnx; do
    if [ -f "$work/jit-$file" ] && ! cmp -s "$work/jit-$file" "$work/$file"; then same_files=false; fi
  done
  if [ "$jit_status" != "$aot_status" ] || ! cmp -s "$work/jit.out" "$work/aot.out" || ! cmp -s "$work/jit.err" "$work/aot.err" || ! $same_files; then
    echo "differs: relu $command (exit $jit_status with the JIT, $aot_status with AOT; files the same: $same_files)"
    diff "$work/jit.out" "$work/aot.out" | head -5
    diff "$work/jit.err" "$work/aot.err" | head -5
    failures=$((failures + 1))
  fi
done

# The one difference: no in-memory assembly loading, so the roslyn engine is refused, clearly, with exit 2.
"$aot" eval --raw --engine roslyn "σ(x-1) + 1" 2 > "$work/aot.out" 2> "$work/aot.err"; status=$?
if [ "$status" != 2 ] || [ -s "$work/aot.out" ] || ! grep -q "^error: the roslyn engine is not available in this NativeAOT build" "$work/aot.err"; then
  echo "relu eval --engine roslyn --raw: expected exit 2 and the NativeAOT error, got exit $status: $(cat "$work/aot.err")"
  failures=$((failures + 1))
fi

echo "${#commands[@]} commands and the roslyn refusal compared, $failures differ"
[ "$failures" -eq 0 ]
