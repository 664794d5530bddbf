// What `heaplens maps` reports (shared/spec/cli.md): one entry per allocation site holding map
// structures. Plain data, so the decode worker can send it to the viewer as is.
import type { PartKind } from './structures';
import type { MapLine } from '../goanalysis/mapLine';

/** One kind of structure at a site, all objects of one size. */
export interface MapPart {
  /** null when the map's type is unknown: the part is named by its size only. */
  kind: PartKind | null;
  /** Bytes of one object, as the allocator hands them out (the samples' `bytes` label). */
  size: number;
  /** The profile's (scaled) object count of the chosen sample type's kind (inuse_ or alloc_). */
  objects: number;
  /** The profile's (scaled) bytes. */
  bytes: number;
}

/** A clear call on the site's map. */
export interface MapClear {
  file: string;
  line: number;
}

/** An allocation site whose samples are map structures. */
export interface MapSite {
  function: string;
  /** The profile's file name for the site. */
  file: string;
  line: number;
  /** The map type from the source line, null when the source is not found. */
  type: string | null;
  impl: 'classic' | 'swiss';
  /** The Go build the layouts came from ("1.26", "1.24-noswissmap"). */
  go: string;
  /** What the line does: `make(map…)`, a map literal, an insert; null without source. */
  how: 'make' | 'literal' | 'insert' | null;
  bytes: number;
  objects: number;
  /** Entries the structures found have room for; null when the type is unknown. */
  capacity: number | null;
  parts: MapPart[];
  clears: MapClear[];
  /** The local file the source came from, when it was found. */
  sourcePath?: string;
}

/** What a MapSource answered for one file, as plain data (it crosses worker boundaries). */
export interface MapLinesAnswer {
  /** The file as the profile names it. */
  file: string;
  /** The local file it was found at. */
  path: string;
  goVersion?: string;
  lines: MapLine[];
}
