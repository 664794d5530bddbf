// Capturing profiles from a running Go program (net/http/pprof): URLs, the fetch with its
// deadline and size cap, what the body is, saving, and a watch's series. Node (http, fs), no vscode.
export { DEFAULT_PATH, PROFILE_KINDS, defaultFileName, isLoopbackHost, profileName, resolveCaptureUrl, urlSeconds, withKind } from './url';
export type { ProfileKind } from './url';
export { CaptureError, DEFAULT_TIMEOUT_MS, MAX_CAPTURE_BYTES, fetchProfile } from './fetch';
export type { CaptureFailure, FetchOptions, Fetched } from './fetch';
export { sniffProfile } from './sniff';
export type { CaptureFormat, Sniffed } from './sniff';
export { freeName, writeCapture } from './save';
export { FUNCTIONS_KEPT, addCapture, addGap, growthSinceFirst, largest, parseSeries, timelineChart, timelinePoints, topFunctions } from './series';
export type { CaptureSummary, Series, SeriesPoint } from './series';
export { SERIES_FILE, Watch, captureName } from './watch';
export type { WatchOptions } from './watch';
export { summarizeCapture } from './summarize';
