import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as paths from '../../electron/paths';

const unpackaged: paths.AppLocations = {
  isPackaged: false,
  resourcesPath: '/usr/lib/electron/resources',
  appPath: '/repo',
  mainDir: '/repo/out/main',
  userData: '/home/u/.config/quality-credit-desk',
};
const packaged: paths.AppLocations = {
  isPackaged: true,
  resourcesPath: '/opt/qcd/resources',
  appPath: '/opt/qcd/resources/app.asar',
  mainDir: '/opt/qcd/resources/app.asar/out/main',
  userData: '/home/u/.config/quality-credit-desk',
};

describe('workspace argument', () => {
  it('reads --workspace DIR and --workspace=DIR, resolved against the working directory', () => {
    expect(paths.workspaceArgument(['electron', '.', '--workspace', '/data/质量'], '/cwd')).toBe(path.resolve('/data/质量'));
    expect(paths.workspaceArgument(['qcd', '--workspace=rel/ws'], '/cwd')).toBe(path.resolve('/cwd', 'rel/ws'));
  });

  it('is null when absent or empty', () => {
    expect(paths.workspaceArgument(['qcd', '--no-sandbox'], '/cwd')).toBeNull();
    expect(paths.workspaceArgument(['qcd', '--workspace'], '/cwd')).toBeNull();
    expect(paths.workspaceArgument(['qcd', '--workspace', '--other'], '/cwd')).toBeNull();
    expect(paths.workspaceArgument(['qcd', '--workspace='], '/cwd')).toBeNull();
  });

  it('defaults to <userData>/workspace', () => {
    expect(paths.defaultWorkspace(unpackaged)).toBe(path.join(unpackaged.userData, 'workspace'));
  });
});

describe('locations', () => {
  it('finds resources beside the asar when packaged, in the repository otherwise', () => {
    expect(paths.resourcesDir(packaged)).toBe(path.join('/opt/qcd/resources', 'resources'));
    expect(paths.resourcesDir(unpackaged)).toBe(path.join('/repo', 'resources'));
  });

  it('points at the built preload, backend and renderer', () => {
    expect(paths.preloadPath(unpackaged)).toBe(path.join('/repo/out/preload/index.cjs'));
    expect(paths.backendEntry(unpackaged)).toBe(path.join('/repo/out/main/backend.js'));
    expect(paths.rendererUrl(unpackaged, undefined)).toBe(pathToFileURL('/repo/out/renderer/index.html').href);
  });

  it('uses the dev server only when unpackaged', () => {
    expect(paths.rendererUrl(unpackaged, 'http://localhost:5173')).toBe('http://localhost:5173');
    expect(paths.rendererUrl(packaged, 'http://evil.example')).toBe(
      pathToFileURL('/opt/qcd/resources/app.asar/out/renderer/index.html').href,
    );
  });
});
