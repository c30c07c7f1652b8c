// An immutable map from player id to value, split into small shards so that adding one entry copies
// about n/64 entries instead of n. Why: each accepted answer makes a new state; with a plain record,
// 2,000 answers to one question would copy the record 2,000 times (≈0.5 ms each at that size, measured),
// seconds of CPU in the busiest moment of a round. Plain arrays and objects only, so it stays
// JSON-serialisable with the rest of GameState.

export interface IdMap<T> {
  readonly size: number;
  readonly shards: readonly Readonly<Record<string, T>>[];
}

const SHARD_COUNT = 64;
const EMPTY_SHARD: Readonly<Record<string, never>> = Object.freeze({});

export function emptyIdMap<T>(): IdMap<T> {
  return { size: 0, shards: new Array<Readonly<Record<string, T>>>(SHARD_COUNT).fill(EMPTY_SHARD) };
}

export function idMapGet<T>(map: IdMap<T>, id: string): T | undefined {
  const shard = map.shards[shardOf(id)];
  return Object.hasOwn(shard, id) ? shard[id] : undefined;
}

export function idMapHas<T>(map: IdMap<T>, id: string): boolean {
  return Object.hasOwn(map.shards[shardOf(id)], id);
}

/** A new map with `id` set; the input is untouched and shares every other shard. */
export function idMapSet<T>(map: IdMap<T>, id: string, value: T): IdMap<T> {
  const index = shardOf(id);
  const shard = map.shards[index];
  const size = Object.hasOwn(shard, id) ? map.size : map.size + 1;
  const shards = map.shards.slice();
  shards[index] = { ...shard, [id]: value };
  return { size, shards };
}

export function idMapEntries<T>(map: IdMap<T>): [string, T][] {
  return map.shards.flatMap((shard) => Object.entries(shard));
}

/** FNV-1a over UTF-16 code units: cheap, and spreads random ids (cuid, uuid) evenly. */
function shardOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SHARD_COUNT;
}
