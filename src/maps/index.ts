// Go maps in a heap profile: which allocation sites hold map structures, of which map type,
// how much room they have, and which clear calls keep them. Pure but for folderSource.ts (fs).
export type { MapClear, MapPart, MapSite } from './model';
export type { PartKind, Structure } from './structures';
export { structuresBySize } from './structures';
export { answersSource, findMapSites, mapCandidateLines, runSteps, type MapLinesAnswer, type MapSitesOptions, type MapSource, type Steps } from './sites';
