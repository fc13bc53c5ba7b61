/**
 * Scratch space for path searches on one projection: per side of a bidirectional search, which nodes
 * were reached (stamped with the search's generation, so nothing is cleared between searches) and from
 * where. Indexed by the projection's node numbers; grows as the projection numbers more nodes.
 */
export class PathMarks {
  private generation = 0;
  private reached = [new Uint32Array(0), new Uint32Array(0)];
  private parent = [new Int32Array(0), new Int32Array(0)];

  /** Starts a new search: every node counts as unreached again. */
  begin(size: number) {
    this.generation++;
    this.fit(size);
  }

  /** Makes room for node numbers below `size`. */
  fit(size: number) {
    if (size <= this.reached[0]!.length) return;
    const room = Math.max(size, this.reached[0]!.length * 2, 1024);
    for (const side of [0, 1]) {
      const reached = new Uint32Array(room);
      reached.set(this.reached[side]!);
      this.reached[side] = reached;
      const parent = new Int32Array(room);
      parent.set(this.parent[side]!);
      this.parent[side] = parent;
    }
  }

  has(side: number, n: number) {
    return this.reached[side]![n] === this.generation;
  }

  set(side: number, n: number, from: number) {
    this.reached[side]![n] = this.generation;
    this.parent[side]![n] = from;
  }

  /** The side's root → … → n, following parent links back from n. */
  chain(side: number, n: number): number[] {
    const path = [n];
    for (let p = this.parent[side]![n]!; p >= 0; p = this.parent[side]![p]!) path.push(p);
    return path.reverse();
  }
}
