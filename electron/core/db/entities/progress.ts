// The class-progress tables, one entity per file.
export * from './classMove';
export * from './classRecord';
export * from './yearClass';
