/**
 * The value stored under `key` in a record that came from a file or from
 * storage, never one inherited from `Object.prototype`: an id such as
 * "constructor" must find nothing unless the file defines it. (Ids cannot be
 * "__proto__": the id pattern refuses a leading underscore.)
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
