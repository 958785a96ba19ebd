/**
 * Splits a text into chunks that each satisfy `fits`, cutting at line boundaries; a single line too long for one
 * chunk is cut between characters (code points, so no emoji or CJK character is broken). Pure.
 */
export function splitMessage(text: string, fits: (chunk: string) => boolean): string[] {
  if (fits(text)) return [text];
  const chunks: string[] = [];
  let cur: string | undefined;
  const flush = () => {
    if (cur !== undefined) chunks.push(cur);
    cur = undefined;
  };
  for (const line of text.split('\n')) {
    const joined = cur === undefined ? line : `${cur}\n${line}`;
    if (fits(joined)) {
      cur = joined;
      continue;
    }
    flush();
    if (fits(line)) {
      cur = line;
      continue;
    }
    for (const piece of cutLine(line, fits)) {
      flush();
      cur = piece;
    }
  }
  flush();
  // Blank lines at a cut carry nothing on their own.
  return chunks.filter((c) => c.trim() !== '');
}

function cutLine(line: string, fits: (chunk: string) => boolean): string[] {
  const chars = [...line];
  const out: string[] = [];
  let start = 0;
  while (start < chars.length) {
    // Largest end with fits(chars[start..end)), by binary search: the line may be long.
    let lo = start + 1;
    let hi = chars.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(chars.slice(start, mid).join(''))) lo = mid;
      else hi = mid - 1;
    }
    out.push(chars.slice(start, lo).join(''));
    start = lo;
  }
  return out;
}
