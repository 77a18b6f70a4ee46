import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where things are, as pure functions of what Electron reports (tests need no Electron). */

/**
 * The `--workspace DIR` or `--workspace=DIR` argument, resolved against `cwd`; null when absent.
 *
 * @example workspaceArgument(['qcd', '--workspace', 'D:\\质量信用'], 'C:\\') // 'D:\\质量信用' (on Windows)
 */
export function workspaceArgument(argv: readonly string[], cwd: string): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === undefined) continue;
    if (arg.startsWith('--workspace=')) {
      const value = arg.slice('--workspace='.length);
      return value === '' ? null : path.resolve(cwd, value);
    }
    if (arg === '--workspace') {
      const value = argv[i + 1];
      return value === undefined || value === '' || value.startsWith('--') ? null : path.resolve(cwd, value);
    }
  }
  return null;
}

export type AppLocations = {
  isPackaged: boolean;
  /** `process.resourcesPath` */
  resourcesPath: string;
  /** `app.getAppPath()`: the repository root when run unpackaged. */
  appPath: string;
  /** The directory of the built main bundle (out/main). */
  mainDir: string;
  userData: string;
};

export function defaultWorkspace(locations: AppLocations): string {
  return path.join(locations.userData, 'workspace');
}

/** Migrations, code tables and rule packs: shipped beside the asar when packaged, `<repo>/resources` otherwise. */
export function resourcesDir(locations: AppLocations): string {
  return locations.isPackaged
    ? path.join(locations.resourcesPath, 'resources')
    : path.join(locations.appPath, 'resources');
}

export function preloadPath(locations: AppLocations): string {
  return path.join(locations.mainDir, '..', 'preload', 'index.cjs');
}

export function backendEntry(locations: AppLocations): string {
  return path.join(locations.mainDir, 'backend.js');
}

export function rendererFile(locations: AppLocations): string {
  return path.join(locations.mainDir, '..', 'renderer', 'index.html');
}

/**
 * The renderer's URL: electron-vite's dev server in `electron-vite dev`, else the built file.
 * A packaged app ignores the environment variable, so it cannot be pointed at a foreign server.
 */
export function rendererUrl(locations: AppLocations, devServerUrl: string | undefined): string {
  if (!locations.isPackaged && devServerUrl !== undefined && devServerUrl !== '') return devServerUrl;
  return pathToFileURL(rendererFile(locations)).href;
}
