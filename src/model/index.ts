export * from './tp-memory';
export * from './units';
