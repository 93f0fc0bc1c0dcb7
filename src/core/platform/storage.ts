/** Where a value is kept. `session` lasts as long as the tab; `memory` as long as the page. */
export type StorageKind = 'cookie' | 'local' | 'session' | 'memory';

export const storageKinds: readonly StorageKind[] = ['cookie', 'local', 'session', 'memory'];

/** The raw string store behind {@link ClinicStorage}. Implementations may throw; the adapter catches. */
export interface StorageBackend {
  get(key: string): string | null;
  set(key: string, value: string, maxAgeDays?: number): void;
  delete(key: string): void;
}

export interface ClinicStorageOptions {
  /** The backend asked for; falls back to `memory` when it is unavailable. Default `local`. */
  kind?: StorageKind;
  /** Prefix that keeps one site's (or one widget family's) keys apart. Default `clinic`. */
  namespace?: string;
  /** For `cookie`: the domain the cookie is shared with (e.g. `example.com` for every subdomain). */
  cookieDomain?: string | null;
}

/** Accepts a stored value's data only when it has the shape the caller expects. */
export type StoredValueCheck<T> = (value: unknown) => value is T;

interface Envelope {
  /** Schema version of `data`, chosen by the caller. */
  v: number;
  data: unknown;
}

const memoryValues = new Map<string, string>();

const memoryBackend: StorageBackend = {
  get: (key) => memoryValues.get(key) ?? null,
  set: (key, value) => void memoryValues.set(key, value),
  delete: (key) => void memoryValues.delete(key),
};

/** Web Storage, looked up on each call: the getter itself throws where storage is blocked. */
const webStorageBackend = (area: () => Storage): StorageBackend => ({
  get: (key) => area().getItem(key),
  set: (key, value) => area().setItem(key, value),
  delete: (key) => area().removeItem(key),
});

const cookieBackend = (domain: string): StorageBackend => ({
  get(key) {
    const prefix = `${encodeURIComponent(key)}=`;
    const match = document.cookie.split('; ').find((pair) => pair.startsWith(prefix));
    return match === undefined ? null : decodeURIComponent(match.slice(prefix.length));
  },
  set(key, value, maxAgeDays) {
    const maxAge = maxAgeDays === undefined ? '' : `; max-age=${Math.round(maxAgeDays * 86400)}`;
    const secure = location.protocol === 'https:' ? '; secure' : '';
    document.cookie = `${encodeURIComponent(key)}=${encodeURIComponent(value)}; path=/${domain}; samesite=lax${maxAge}${secure}`;
  },
  delete(key) {
    document.cookie = `${encodeURIComponent(key)}=; path=/${domain}; max-age=0`;
  },
});

const backends: Record<Exclude<StorageKind, 'cookie'>, StorageBackend> = {
  local: webStorageBackend(() => localStorage),
  session: webStorageBackend(() => sessionStorage),
  memory: memoryBackend,
};

const probeKey = 'clinic-elements:probe';

/**
 * Whether a backend can be used. Blocked Web Storage (private modes, sandboxed frames) throws on
 * any access, so a read finds it; a probe write would also fail on a nearly full origin, and the
 * values already stored there would never be read. Disabled cookies fail silently, so a cookie
 * probe is written, read back and deleted.
 */
function isUsable(kind: StorageKind, backend: StorageBackend): boolean {
  try {
    if (kind !== 'cookie') {
      backend.get(probeKey);
      return true;
    }
    backend.set(probeKey, '1');
    const ok = backend.get(probeKey) === '1';
    backend.delete(probeKey);
    return ok;
  } catch {
    return false;
  }
}

/**
 * Versioned key-value storage that never throws.
 *
 * Values are kept as `{"v": version, "data": …}`. A read returns the data only when the version
 * matches and the caller's check accepts it; anything else (corrupted JSON, a foreign shape, an old
 * version) is deleted with a console warning, so the caller simply sees "nothing stored" and asks
 * the visitor again. Blocked storage (private modes, sandboxed iframes, disabled cookies) falls
 * back to page memory; a refused write keeps that one value in page memory (see {@link write}).
 */
export class ClinicStorage {
  /** The backend in use after any fallback. */
  kind: StorageKind;
  readonly namespace: string;

  #backend: StorageBackend;
  /**
   * Values the backend refused (a full origin, a policy), by full key, with the stored value they
   * stand in for: read back from here until a write fits, or until another tab writes the key.
   */
  #unsaved = new Map<string, [value: string, over: string | null]>();

  constructor({ kind = 'local', namespace = 'clinic', cookieDomain }: ClinicStorageOptions = {}) {
    this.namespace = namespace;
    if (!storageKinds.includes(kind)) {
      console.warn(`clinic-elements: unknown storage "${kind}"; using memory.`);
      kind = 'memory';
    }
    this.kind = kind;
    this.#backend = kind === 'cookie' ? cookieBackend(cookieDomain ? `; domain=${cookieDomain}` : '') : backends[kind];
    if (kind !== 'memory' && !isUsable(kind, this.#backend)) this.#fallBackToMemory('is not available');
  }

  /** Returns the stored data for `key`, or `null` when nothing valid is stored. */
  read<T>(key: string, version: number, check: StoredValueCheck<T>): T | null {
    const fullKey = this.#fullKey(key);
    let raw: string | null;
    try {
      raw = this.#backend.get(fullKey);
    } catch {
      this.#fallBackToMemory('could not be read');
      raw = this.#backend.get(fullKey);
    }
    const unsaved = this.#unsaved.get(fullKey);
    if (unsaved?.[1] === raw) raw = unsaved[0];
    else this.#unsaved.delete(fullKey);
    if (raw === null) return null;

    const problem = describeProblem(raw, version, check);
    if (problem === null) return (JSON.parse(raw) as Envelope).data as T;
    console.warn(`clinic-elements: discarded the stored value "${fullKey}": ${problem}.`);
    this.remove(key);
    return null;
  }

  /**
   * Stores `data` under `key`. A write the browser refuses (a full origin, a policy) leaves every
   * other key where it is: this value is kept in page memory, read back from there, and written
   * again with the key's next change, with a warning; a value another tab writes meanwhile wins.
   * First, the key's older stored value is deleted and the write tried once more: that frees its
   * room, and after a reload no value older than the page's last one is in force. `keepStored` keeps it instead (a queue, whose new value
   * holds the stored one). Returns whether the value outlives the page.
   */
  write(key: string, version: number, data: unknown, maxAgeDays?: number, keepStored = false): boolean {
    const fullKey = this.#fullKey(key);
    const value = JSON.stringify({ v: version, data } satisfies Envelope);
    const set = () => {
      try {
        this.#backend.set(fullKey, value, maxAgeDays);
        this.#unsaved.delete(fullKey);
        return true;
      } catch {
        return false;
      }
    };
    if (set() || (!keepStored && (this.#delete(fullKey), set()))) return this.kind !== 'memory';
    this.#unsaved.set(fullKey, [value, this.#get(fullKey)]);
    console.warn(`clinic-elements: ${this.kind} storage refused "${fullKey}"; it is kept in page memory until a later write fits.`);
    return false;
  }

  /** Whether anything is stored under `key` (valid or not), without reading it. */
  has(key: string): boolean {
    const fullKey = this.#fullKey(key);
    return this.#unsaved.has(fullKey) || this.#get(fullKey) !== null;
  }

  #get(fullKey: string): string | null {
    try {
      return this.#backend.get(fullKey);
    } catch {
      return null;
    }
  }

  remove(key: string): void {
    const fullKey = this.#fullKey(key);
    this.#unsaved.delete(fullKey);
    this.#delete(fullKey);
  }

  #delete(fullKey: string): void {
    try {
      this.#backend.delete(fullKey);
    } catch {
      memoryBackend.delete(fullKey);
    }
  }

  #fullKey(key: string): string {
    return `${this.namespace}:${key}`;
  }

  #fallBackToMemory(reason: string): void {
    if (this.kind === 'memory') return;
    console.warn(`clinic-elements: ${this.kind} storage ${reason}; keeping "${this.namespace}" values in page memory only.`);
    this.kind = 'memory';
    this.#backend = memoryBackend;
  }
}

function describeProblem<T>(raw: string, version: number, check: StoredValueCheck<T>): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return 'not valid JSON';
  }
  if (typeof parsed !== 'object' || parsed === null || !('v' in parsed) || !('data' in parsed)) {
    return 'not a clinic-elements value';
  }
  const envelope = parsed as Envelope;
  if (envelope.v !== version) return `version ${JSON.stringify(envelope.v)}, expected ${version}`;
  return check(envelope.data) ? null : 'unexpected shape';
}

const shared = new Map<string, ClinicStorage>();

/**
 * The page's storage for a kind and namespace, made (and its backend probed) once. Elements that
 * read and write often use this instead of `new ClinicStorage`.
 */
export function storageFor(kind: StorageKind, namespace: string): ClinicStorage {
  const key = `${kind}\n${namespace}`;
  let storage = shared.get(key);
  if (!storage) shared.set(key, (storage = new ClinicStorage({ kind, namespace })));
  return storage;
}
