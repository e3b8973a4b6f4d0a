// Lets Node import schemas/*.yaml as data in scripts run outside the bundle (see yaml-plugin.mjs).
import { register } from 'node:module';

register('./yaml-plugin.mjs', import.meta.url);
