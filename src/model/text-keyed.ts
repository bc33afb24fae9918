/**
 * A record keyed by text a user typed (group and virtual-cluster names in the lock and the
 * placement): without a prototype, a name such as `constructor` or `toString` finds nothing it
 * did not put there, and `__proto__` is a key like any other.
 */
export function textKeyed<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
