/**
 * Where a JSON-looking text has a `//` or `/*` comment outside its strings,
 * if it has one. JSON allows no comments, and YAML reads them as text, which
 * would otherwise surface as a dozen puzzling "missing field" messages.
 */
export function findJsonComment(text: string): number | undefined {
  const start = text.search(/\S/);
  if (start < 0 || (text[start] !== '{' && text[start] !== '[')) return undefined;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      return i;
    }
  }
  return undefined;
}
