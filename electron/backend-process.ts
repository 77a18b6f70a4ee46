import type { ParentPort } from 'electron';
import { startBackend } from '../src/backend/port/start';
import { attachBackend } from './parent-port';

/**
 * Entry of the backend's utilityProcess (built to out/main/backend.js). The database, the
 * services and every long operation run here, so the window never waits on SQLite.
 */
const parent: ParentPort | undefined = process.parentPort;

if (parent === undefined) {
  // Started by hand with plain Node: there is no parent to talk to.
  console.error('backend.js must be started by the desktop app (Electron utilityProcess)');
  process.exitCode = 1;
} else {
  attachBackend(parent, startBackend);
}
