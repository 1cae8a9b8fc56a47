/** A value built on first use and kept: how immutable resources load (see `index.ts`). */
export function once<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}

/** `once` per argument: resources with a setting (a city population floor), and a rule's reading of each distinct token. */
export function onceBy<K, T>(build: (key: K) => T): (key: K) => T {
  const values = new Map<K, T>();
  return (key) => {
    if (!values.has(key)) values.set(key, build(key));
    return values.get(key)!;
  };
}
