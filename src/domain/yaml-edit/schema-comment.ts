/** The editor modeline that lets YAML-aware editors (VS Code's Red Hat extension) check a scenario as it is typed. */
const MODELINE = /^#\s*yaml-language-server:\s*\$schema=/;
const DEFAULT_SCHEMA = './scenario.schema.json';

/**
 * The text with a `# yaml-language-server: $schema=...` line: one already in
 * the comments the text opens with is kept as it is; otherwise one is put
 * first (after a byte order mark), with the text's own line break.
 */
export function withSchemaComment(text: string, schemaRef: string = DEFAULT_SCHEMA): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  for (const line of body.split('\n')) {
    if (MODELINE.test(line)) return text;
    if (!/^\s*(#.*)?\r?$/.test(line)) break;
  }
  const eol = /\r\n/.test(body.slice(0, body.indexOf('\n') + 1)) ? '\r\n' : '\n';
  return `${bom}# yaml-language-server: $schema=${schemaRef}${eol}${body}`;
}
