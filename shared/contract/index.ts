export * from './channels';
export * from './contract';
export * from './errors';
export * from './umkm';
export * from './app';
export { fieldErrors } from './zodMessages';
