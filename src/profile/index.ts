// The pprof core: decode a profile into the columnar model, intern frames, aggregate the top
// table. Pure (no vscode), shared by the editor, its worker and the CLI.
export type { FrameTable, Granularity, Mapping, Profile, TopRow, TopTable, ValueType } from './model';
export { decodeProfile, openProfile } from './decode';
export type { DecodeOptions, ProfileHeader, SampleScan, SampleVisitor } from './decode';
export { DEFAULT_MAX_INFLATED_BYTES } from './inflate';
export { buildFrameTable, sampleStack } from './frames';
export { aggregateTop, defaultSampleIndex, printableName, sampleTotal, sortTopRows, topTable, topTableFromScan } from './aggregate';
