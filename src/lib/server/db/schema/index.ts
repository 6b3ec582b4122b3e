export * from './members';
export * from './accounts';
export * from './events';
export * from './mail';
export * from './settings';
export * from './chapters';
export * from './scheduler';
export * from './writing';
