/**
 * Splits text into parts of at most `maxBytes` UTF-8 bytes, at line boundaries where possible. WeCom counts its
 * limits in bytes (text 2048, markdown 4096), and one Chinese character is 3 bytes, so `length` would be wrong.
 * A single line longer than the limit is cut between code points, never inside one.
 */
export function splitByBytes(text: string, maxBytes: number): string[] {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return [text];
  const parts: string[] = [];
  let cur = '';
  let curBytes = 0;
  let open = false;
  const flush = () => {
    if (open) parts.push(cur);
    cur = '';
    curBytes = 0;
    open = false;
  };
  for (const line of text.split('\n')) {
    const lineBytes = Buffer.byteLength(line, 'utf8');
    const joined = open ? curBytes + 1 + lineBytes : lineBytes;
    if (joined <= maxBytes) {
      cur = open ? `${cur}\n${line}` : line;
      curBytes = joined;
      open = true;
      continue;
    }
    flush();
    if (lineBytes <= maxBytes) {
      cur = line;
      curBytes = lineBytes;
      open = true;
      continue;
    }
    for (const ch of line) {
      const b = Buffer.byteLength(ch, 'utf8');
      if (curBytes + b > maxBytes) flush();
      cur += ch;
      curBytes += b;
      open = true;
    }
  }
  flush();
  // Blank lines at a cut are noise in a chat message.
  return parts.filter((p) => p.trim() !== '');
}
