/** The library version, replaced at build time (see vite.config.ts `define`). */
declare const __RL_VERSION__: string | undefined;
export const VERSION: string = typeof __RL_VERSION__ === 'string' ? __RL_VERSION__ : '0.0.0-dev';
