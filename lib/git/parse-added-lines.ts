/**
 * Parses `git diff -p -U0 --no-color` output into the new-file line numbers
 * each file gains. Hunk bodies are skipped by the counts in their headers,
 * because an added line that starts with `++ ` or `@@` looks like a header.
 * A file git shows as `Binary files … differ` maps to null: git has no lines
 * for it, yet the scan may read it as text (UTF-16 with a BOM), so all of
 * its lines count as added.
 */
export function parseAddedLines(patch: string): Map<string, Set<number> | null> {
  const result = new Map<string, Set<number> | null>();
  const lines = patch.split('\n');
  let current: Set<number> | null = null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.startsWith('diff --git ')) {
      current = null;
      i++;
      continue;
    }
    const binary = /^Binary files .* and (.*) differ$/.exec(line);
    if (binary) {
      if (binary[1] !== '/dev/null') result.set(stripPrefix(unquoteCPath(binary[1])), null);
      i++;
      continue;
    }
    if (line.startsWith('+++ ')) {
      // git appends a TAB to names containing a space, for GNU patch.
      const raw = line.slice(4).replace(/\t$/, '');
      if (raw === '/dev/null') current = null;
      else {
        const path = stripPrefix(unquoteCPath(raw));
        current = result.get(path) ?? new Set<number>();
        result.set(path, current);
      }
      i++;
      continue;
    }
    const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk) {
      const removed = hunk[1] === undefined ? 1 : Number(hunk[1]);
      const start = Number(hunk[2]);
      const added = hunk[3] === undefined ? 1 : Number(hunk[3]);
      if (current) for (let n = 0; n < added; n++) current.add(start + n);
      // Skip the body: removed + added lines, plus any "\ No newline" markers.
      let body = removed + added;
      i++;
      while (body > 0 && i < lines.length) {
        if (!lines[i].startsWith('\\')) body--;
        i++;
      }
      while (i < lines.length && lines[i].startsWith('\\')) i++;
      continue;
    }
    i++;
  }
  return result;
}

function stripPrefix(p: string): string {
  return p.startsWith('b/') ? p.slice(2) : p;
}

/** Undoes git's C-style quoting of unusual path names ("a\tb", "\303\251"). */
export function unquoteCPath(s: string): string {
  if (!s.startsWith('"') || !s.endsWith('"')) return s;
  const bytes: number[] = [];
  const body = s.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      for (const b of Buffer.from(c, 'utf8')) bytes.push(b);
      continue;
    }
    const n = body[++i];
    const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
    if (n in simple) bytes.push(simple[n]);
    else if (/[0-7]/.test(n)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(n.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}
