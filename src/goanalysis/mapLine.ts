// A map statement the source has at one line (mapLines.ts finds them): plain data, imported by
// the viewer's protocol, so no tree-sitter or Node here.

/** A map statement at one line. */
export interface MapLine {
  line: number;
  how: 'make' | 'literal' | 'insert';
  /** The map type as go/types writes it (`map[string]*item`). */
  type: string;
  /** The type over predeclared types only, for the engine's layouts; absent when it cannot be. */
  engineType?: string;
  /** The map expression's text (`m`, `s.byID`), when the line names it. */
  target?: string;
  /** 1-based lines (and columns) of this file's `clear` calls on the same map. */
  clears: { line: number; column: number }[];
}
