/** The part of `Storage` we use, so tests and private-mode browsers can pass something else. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> &
  Partial<Pick<Storage, 'key' | 'length'>>;

/** Drafts of one kind, each under its own id: what survives a reload on this device until the server has it. */
export type DraftStore<D> = {
  load(id: string): D | undefined;
  save(id: string, draft: D): void;
  clear(id: string): void;
  /** The ids of every stored draft of this kind. */
  ids(): string[];
};

export type DraftStoreOptions<D> = {
  /** Put before the id in the storage key, e.g. `driehoek:draft:`; tells this kind of draft from others. */
  prefix: string;
  /** Reads a stored value back; anything malformed (an older format, a hand edit) gives undefined: no draft. */
  parse: (value: unknown) => D | undefined;
};

/**
 * Storage can throw (quota, Safari private mode, blocked cookies); losing the local copy must never stop the
 * form, since the server gets its copy through the save queue.
 */
export function safely<T>(fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/** Plain strings under fixed keys (a chosen language, a completed link), with storage failures swallowed. */
export function createFlagStore(storage: KeyValueStorage | undefined) {
  return {
    get: (key: string) => safely(null, () => storage?.getItem(key) ?? null),
    set: (key: string, value: string) => safely(undefined, () => storage?.setItem(key, value)),
    remove: (key: string) => safely(undefined, () => storage?.removeItem(key)),
  };
}

export function createDraftStore<D>(
  storage: KeyValueStorage | undefined,
  options: DraftStoreOptions<D>,
): DraftStore<D> {
  const { prefix, parse } = options;
  const flags = createFlagStore(storage);
  return {
    load(id) {
      const raw = flags.get(prefix + id);
      if (raw === null) return undefined;
      return parse(safely(undefined, () => JSON.parse(raw)));
    },
    save: (id, draft) => flags.set(prefix + id, JSON.stringify(draft)),
    clear: (id) => flags.remove(prefix + id),
    ids: () =>
      safely([], () => {
        const ids: string[] = [];
        for (let i = 0; i < (storage?.length ?? 0); i++) {
          const key = storage?.key?.(i);
          if (key?.startsWith(prefix)) ids.push(key.slice(prefix.length));
        }
        return ids;
      }),
  };
}

/** The browser's localStorage, or nothing when the browser refuses access to it. */
export function browserStorage(): KeyValueStorage | undefined {
  return safely(undefined, () => window.localStorage);
}
