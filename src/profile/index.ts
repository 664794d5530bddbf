// The pprof core: decode a profile into the columnar model, intern its frames, and answer the one
// set of queries (top, call tree, flame, callers/callees, focus/ignore/hide) that both the CLI and
// the viewer's session use. Pure (no vscode), shared by the editor, its worker and the CLI.
export type { FrameTable, Granularity, Mapping, Profile, ProfileHeader, SampleBlock, SampleSource, TopTable, ValueType } from './model';
export { decodeProfile, openProfile } from './decode';
export type { DecodeOptions } from './decode';
export { DEFAULT_MAX_INFLATED_BYTES } from './inflate';
export { buildFrameTable } from './frames';
export { modelSamples, storeSamples } from './samples';
export { pruneFrames } from './prune';
export { diffAgainst, hasSampleType } from './diff';
export { defaultSampleIndex, printableName, topTable } from './top';
export type { TopOptions } from './top';
export { formatTopText } from './topText';
export { decodeStreamed, decodeStreamedFile, openStreamed } from './openStreamed';
export type { StreamedSums } from './streamTop';
export { loadSession, openSession, ProfileSession } from './session';
