/**
 * JSON with object keys sorted at every level, so equal data gives equal text.
 * `omit` may drop a key (by returning undefined) before sorting.
 */
export function canonicalJson(value: unknown, omit: (key: string, value: unknown) => unknown = (_key, v) => v): string {
  return JSON.stringify(value, (key, v: unknown) => {
    const kept = omit(key, v);
    if (kept === null || typeof kept !== 'object' || Array.isArray(kept)) return kept;
    return Object.fromEntries(Object.entries(kept as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}
