/**
 * An in-memory Storage like the browser's localStorage, with an optional quota (characters of keys and
 * values together) past which setItem throws, as a full browser storage does.
 */
export class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  constructor(private quota = Infinity) {}
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    const used = [...this.data].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, String(value));
  }
  keys() {
    return [...this.data.keys()];
  }
  /** Characters used, keys and values. */
  get used() {
    return [...this.data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  }
}
