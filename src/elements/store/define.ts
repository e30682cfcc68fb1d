import { defineElement } from '../../core/define.js';
import { RlStore } from './store.js';

defineElement('rl-store', RlStore);
export { RlStore };
