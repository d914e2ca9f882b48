export { MAX_CONFIG_CHARS, parseHfConfig, type ConfigNote, type ConfigResult } from './read';
export type { ConfigProblem } from './fields';
