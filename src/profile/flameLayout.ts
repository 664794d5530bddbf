// Icicle layout of a call tree, independent of drawing: rectangles in value units, parents above
// children, heaviest child leftmost. Nodes too narrow to see are left out (and counted).
import type { CallTree } from './callTree';

/** About how many nodes one sweep of the layout builds at most (by the branching seen so far). */
const SWEEP_NODES = 1 << 13;

/** Rectangles for the subtree under `root`; x/width are in |value| units from the root's left edge. */
export interface IcicleLayout {
  node: Uint32Array;
  x: Float64Array;
  width: Float64Array;
  depth: Uint16Array;
  count: number;
  culled: number;
  total: number;
}

/**
 * Lays out the subtree of `root`: nodes narrower than `minFraction` of the root, or beyond
 * `maxNodes`, are culled (their descendants too, being narrower still).
 */
export function layoutIcicle(tree: CallTree, root: number, minFraction: number, maxNodes = 250_000): IcicleLayout {
  const steps = icicleSteps(tree, root, minFraction, maxNodes);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * layoutIcicle a sweep at a time: it yields after starting each sweep (tree.beginExpand), before
 * it needs the sweep's nodes, so a caller may run the sweep in slices (tree.stepExpand) first;
 * otherwise the tree finishes it when the layout reads the nodes.
 */
export function* icicleSteps(tree: CallTree, root: number, minFraction: number, maxNodes = 250_000): Generator<void, IcicleLayout, void> {
  const total = tree.weight[root];
  const minWeight = total * minFraction;
  const node: number[] = [],
    x: number[] = [],
    width: number[] = [],
    depth: number[] = [];
  let culled = 0;
  // Breadth-first, so when maxNodes cuts, it cuts the deepest (least visible) levels.
  let level: { n: number; x: number }[] = [{ n: root, x: 0 }];
  for (let d = 0; level.length > 0; d++) {
    const next: { n: number; x: number }[] = [];
    // the level's children, and as many levels more as stay about SWEEP_NODES nodes, in one
    // sweep over the samples (those maxNodes cuts are not built)
    const todo = level.slice(0, Math.max(0, maxNodes - node.length)).map((item) => item.n);
    if (todo.some((n) => !tree.isBuilt(n)) && tree.beginExpand(todo, tree.levelsWithin(todo, SWEEP_NODES))) yield;
    for (const item of level) {
      if (node.length >= maxNodes) {
        culled++;
        continue;
      }
      node.push(item.n);
      x.push(item.x);
      width.push(tree.weight[item.n]);
      depth.push(Math.min(d, 65535));
      let cx = item.x;
      for (const c of tree.childrenOf(item.n)) {
        const w = tree.weight[c];
        if (w > 0 && w >= minWeight) next.push({ n: c, x: cx });
        else culled++;
        cx += w;
      }
    }
    level = next;
  }
  return {
    node: Uint32Array.from(node),
    x: Float64Array.from(x),
    width: Float64Array.from(width),
    depth: Uint16Array.from(depth),
    count: node.length,
    culled,
    total,
  };
}
