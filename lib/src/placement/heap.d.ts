/** A binary heap: the least item (by `before`) on top; O(log n) push and pop. */
export declare class Heap<T> {
    private readonly before;
    private readonly items;
    constructor(before: (a: T, b: T) => boolean);
    get size(): number;
    push(item: T): void;
    pop(): T | undefined;
}
