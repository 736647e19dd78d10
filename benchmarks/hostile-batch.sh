#!/usr/bin/env bash
# A batch that must always finish: 100 ordinary stories plus hostile inputs, under a small heap.
#
#   benchmarks/hostile-batch.sh [WORKDIR]
#
# Inputs (all made here, invented text): 100 short wire stories; a page with one 6.4 MB tag name
# (jsoup's tokeniser took minutes on it); a 50 MB saved page (more than a 256 MB heap can parse);
# a story with a line that sends a user rule into polynomial backtracking (a*a*a*a*a*a*a*b is no
# nested quantifier, so the rules check lets it through and the time budget has to stop it).
# Runs `articlex parse -o` on the directory with ARTICLEX_JAVA_OPTS=-Xmx256m and prints the wall
# and CPU time, the exit status and the count of good lines and error records. It also shows that
# a rule of the shape (a+)+ is refused up front.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-$(mktemp -d)}"
mkdir -p "$work/in"
python3 - "$work" <<'PY'
import sys, os
work = sys.argv[1]
cities = ["LONDON", "PARIS", "NAIROBI", "LIMA", "OSLO", "CAIRO", "DHAKA", "QUITO", "HANOI", "ACCRA"]
for i in range(100):
    city = cities[i % len(cities)]
    text = (f"{city}, March {i % 28 + 1} (Reuters) - The city council approved plan number {i} on Monday "
            f"to repair {i + 3} bridges before the rainy season, officials said.\n\n"
            f"\u201cWe cannot wait another year for plan {i},\u201d council member Dana Okafor told reporters.\n\n"
            f"The work is expected to cost {i + 10} million and to take {i % 12 + 2} months, the council said.\n")
    open(os.path.join(work, "in", f"story-{i:03d}.txt"), "w").write(text)
with open(os.path.join(work, "in", "z-tag-name.html"), "w") as f:
    f.write("<html><body><p>The council met on Monday to approve the plan, officials said in a statement.</p><")
    f.write("a" * 6_400_000)
    f.write(">tail</body></html>")
para = ("<p>The council said on Monday that the new bridge would open to traffic in the spring, "
        "after three years of work on its foundations.</p>\n")
with open(os.path.join(work, "in", "z-50mb.html"), "w") as f:
    f.write("<html><head><title>A long page</title></head><body>")
    f.write(para * (50_000_000 // len(para)))
    f.write("</body></html>")
open(os.path.join(work, "in", "z-rule-trap.txt"), "w").write(
    "OSLO (Reuters) - The council met on Monday.\n\n" + "a" * 300 + "!b\n\nIt approved the plan.\n")
open(os.path.join(work, "slow-rules.json"), "w").write(
    '{"rules": [{"reason": "share", "line": ["a*a*a*a*a*a*a*b"]}]}\n')
open(os.path.join(work, "nested-rules.json"), "w").write(
    '{"rules": [{"reason": "share", "line": ["(?:(?=a)(a|a)+)+b"]}]}\n')
PY
cd "$here"
echo "== a nested-quantifier rule is refused before the run:"
set +e
./articlex parse --rules "$work/nested-rules.json" "$work/in/story-000.txt" >/dev/null
echo "   exit $?"
echo "== the batch (ARTICLEX_JAVA_OPTS=-Xmx256m):"
start=$(date +%s.%N)
ARTICLEX_JAVA_OPTS=-Xmx256m /usr/bin/time -f "   cpu %U s user, %S s sys, peak RSS %M KB" \
  ./articlex parse --rules "$work/slow-rules.json" -o "$work/out.jsonl" "$work/in"
code=$?
set -e
end=$(date +%s.%N)
echo "   exit $code, wall $(python3 -c "print(round($end - $start, 1))") s"
python3 - "$work/out.jsonl" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
good = [l for l in lines if "error" not in l]
bad = [l for l in lines if "error" in l]
print(f"   {len(lines)} lines: {len(good)} articles, {len(bad)} error records")
for l in bad:
    print(f"   error: {l['file'].rsplit('/', 1)[-1]}: {l['error']}")
stories = sum(1 for l in good if "/story-" in l["file"] and l["paragraphs"])
print(f"   ordinary stories with paragraphs: {stories}")
PY
