export * from './adapter.js';
export * from './errors.js';
export * from './call.js';
export * from './contract.js';
export * from './memory.js';
export * from './rest.js';
export * from './rest-routes.js';
export * from './with-validation.js';
