/** Code-unit order of two texts: the one order used for every sorted list we emit, whatever the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Items by their `name`, in that order. */
export function byName<T extends { readonly name: string }>(a: T, b: T): number {
  return compareText(a.name, b.name);
}
