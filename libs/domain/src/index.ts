export * from './roles';
export * from './case';
export * from './poortwachter';
export * from './fml';
export * from './abilities';
export * from './password-policy';
export * from './privacy';
