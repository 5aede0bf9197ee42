#!/usr/bin/env python3
"""Renders samples/README.md and samples/tutorial.md from the *.md.in templates next to this script, so
that every output in them comes from a real run and can be refreshed when the tools change:

    dotnet build src/Cli -c Release && dotnet build samples/ReluSamples
    python3 samples/docgen/render.py          # from anywhere; writes samples/README.md and samples/tutorial.md

Fenced blocks in the templates:

```console run      each line a command; rendered as `$ cmd` + its output
```sh run           the block is one script; rendered as the script, then a ```text block of its output
```csharp method=Name   the body of method Name from samples/ReluSamples/Program.cs
```text program=Heading  the output section of `dotnet run --project samples/ReluSamples` under that heading
```text run-program      the whole output of that program
```csharp usings         the using directives of Program.cs
```mermaid run           one command whose output is a Mermaid graph (rendered by GitHub)
Commands run with bash from the repository root, with `relu` defined as a shell function; plot and draw
commands rewrite the pictures in samples/images (byte for byte the same while the tools do not change).
"""
import os, re, subprocess
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
PRELUDE = 'relu() { dotnet src/Cli/bin/Release/net10.0/relu.dll "$@"; }\n'

def sh(script):
    p = subprocess.run(['bash', '-c', PRELUDE + script], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return p.stdout, p.returncode

_program = None
def program_sections():
    global _program
    if _program is None:
        out = subprocess.run(['dotnet', 'run', '--no-build', '--project', 'samples/ReluSamples'], cwd=REPO, capture_output=True, text=True, check=True).stdout
        _program = {}
        for chunk in re.split(r'^== ', out, flags=re.M)[1:]:
            head, _, body = chunk.partition('\n')
            _program[head.rstrip('= ').strip()] = body.rstrip('\n')
    return _program

def method(name):
    src = open(REPO + '/samples/ReluSamples/Program.cs').read().split('\n')
    start = next(i for i, l in enumerate(src) if re.search(r'\b' + name + r'\(\)', l) and 'private static' in l)
    # include the doc comment above
    while src[start - 1].strip().startswith('///'):
        start -= 1
    end = start
    while src[end] != '    }':
        end += 1
    return '\n'.join(l[4:] for l in src[start:end + 1])

def render(text):
    out, lines, i = [], text.split('\n'), 0
    while i < len(lines):
        m = re.match(r'^```(\w+) (run|run-program|usings|method=\S+|program=.+)$', lines[i])
        if not m:
            out.append(lines[i]); i += 1; continue
        j = i + 1
        while lines[j] != '```':
            j += 1
        body = lines[i + 1:j]
        kind, arg = m.group(1), m.group(2)
        if kind == 'console' and arg == 'run':
            out.append('```console')
            for cmd in body:
                res, rc = sh(cmd)
                out.append('$ ' + cmd)
                out.extend(res.rstrip('\n').split('\n') if res else [])
            out.append('```')
        elif kind == 'mermaid' and arg == 'run':
            res, rc = sh(body[0])
            out += ['```console', '$ ' + body[0], '```', '', '```mermaid'] + res.rstrip('\n').split('\n') + ['```']
        elif kind == 'sh' and arg == 'run':
            script = '\n'.join(body)
            res, rc = sh(script)
            out += ['```sh'] + body + ['```', '', '```text'] + res.rstrip('\n').split('\n') + ['```']
        elif arg == 'run-program':
            whole = subprocess.run(['dotnet', 'run', '--no-build', '--project', 'samples/ReluSamples'], cwd=REPO, capture_output=True, text=True, check=True).stdout
            out += ['```text'] + whole.strip('\n').split('\n') + ['```']
        elif arg == 'usings':
            src = open(REPO + '/samples/ReluSamples/Program.cs').read().split('\n')
            out += ['```csharp'] + [l for l in src if l.startswith('using ')] + ['```']
        elif arg.startswith('method='):
            out += ['```csharp'] + method(arg[7:]).split('\n') + ['```']
        elif arg.startswith('program='):
            out += ['```text'] + program_sections()[arg[8:]].split('\n') + ['```']
        i = j + 1
    return '\n'.join(out)

here = os.path.dirname(os.path.abspath(__file__))
for name in ('README.md', 'tutorial.md'):
    with open(os.path.join(here, name + '.in'), encoding='utf-8') as template:
        text = render(template.read())
    with open(os.path.join(here, '..', name), 'w', encoding='utf-8') as target:
        target.write(text)
