export * from './lib/errors';
export * from './lib/field-cipher';
export * from './lib/key-provider';
export * from './lib/key-store';
export * from './lib/key-ring';
export * from './lib/document-stream';
export * from './lib/blob-store';
