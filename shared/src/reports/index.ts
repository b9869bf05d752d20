export * from './publication';
export * from './too-few';
