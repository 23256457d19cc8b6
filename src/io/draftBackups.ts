/**
 * Copies of damaged saved stories, kept in the same browser storage under
 * `<key>:backup-<hash of the value>`: one copy per distinct damaged value (loading the same damage
 * again writes nothing), all copies together within BACKUP_BUDGET, so that keeping them can never
 * fill the storage the lecturer's working stories need.
 */

/** Characters (keys and values) all backups may use together: a fifth of the smallest usual quota (5 M). */
export const BACKUP_BUDGET = 1_000_000;

/** cyrb53: a fast 53-bit string hash; collisions between two damaged values are not a concern. */
export const hashText = (text: string): string => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
};

export interface Backup {
  key: string;
  text: string;
}

/** Every backup under `prefix`, including those older versions of the app wrote (`backup-<time>`). */
export const listBackups = (storage: Storage, prefix: string): Backup[] => {
  const out: Backup[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key === null || !key.startsWith(prefix)) continue;
    const text = storage.getItem(key);
    if (text !== null) out.push({ key, text });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
};

export type Kept = { kept: true; key: string } | { kept: false; why: string };

/** Keeps `text` under `prefix + hash`, unless it is already kept there or the budget has no room for it. */
export const keepBackup = (storage: Storage, prefix: string, text: string): Kept => {
  const key = `${prefix}${hashText(text)}`;
  if (storage.getItem(key) === text) return { kept: true, key };
  const used = listBackups(storage, prefix).reduce((n, b) => n + b.key.length + b.text.length, 0);
  if (used + key.length + text.length > BACKUP_BUDGET)
    return { kept: false, why: 'the copies of damaged stories already use the space set aside for them' };
  try {
    storage.setItem(key, text);
    return { kept: true, key };
  } catch {
    return { kept: false, why: 'this browser’s storage is full' };
  }
};
