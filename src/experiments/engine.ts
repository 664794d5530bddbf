// The engine API the experiment features use, in one place (the engine lives in src/engine).
export { listScenarios, parseGoType, profileFromExperiment, runExperiment, SUPPORTED_GO_VERSIONS } from '../engine';
