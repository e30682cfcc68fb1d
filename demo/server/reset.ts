/** `npm run demo:reset`: restores the seed data (orders, reviews, returns, media). */
/// <reference types="node" />
import { readConfig } from './config.js';
import { openDb } from './db.js';
import { seed } from './seed.js';

const config = readConfig();
const db = openDb(config.dataDir);
seed(db, config.dataDir);
db.close();
console.log(`[returnless] Demo data reseeded in ${config.dataDir}. A running server picks it up on its next request.`);
