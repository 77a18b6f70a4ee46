import { app, dialog, ipcMain, utilityProcess, type BrowserWindow } from 'electron';
import type { AppError } from '../src/core/shared/result';
import { createBackendClient } from './backend-client';
import type { StartMessage } from './backend-protocol';
import { createInvokeHandler } from './ipc';
import { installMenu } from './menu';
import * as paths from './paths';
import { INVOKE_IPC, PROGRESS_IPC } from './ipc-channels';
import { createMainWindow, focusWindow } from './window';

/**
 * Lifecycle only: single-instance lock → backend process → IPC → window → menu.
 * Everything with logic lives in files that tests can load without Electron.
 */

// Before anything opens the workspace: two app instances writing one database must never happen.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  run();
}

function run(): void {
  // Every renderer sandboxed, whatever a future window's options say.
  app.enableSandbox();

  const locations: paths.AppLocations = {
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
    mainDir: import.meta.dirname,
    userData: app.getPath('userData'),
  };
  const workspace = paths.workspaceArgument(process.argv, process.cwd()) ?? paths.defaultWorkspace(locations);
  const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
  const rendererUrl = paths.rendererUrl(locations, devServerUrl);
  let window: BrowserWindow | null = null;
  let quitting = false;

  app.on('second-instance', () => focusWindow(window));
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => app.quit());

  const showError = (title: string, message: string, detail: string, buttons: string[]): Promise<number> => {
    const options = { type: 'error' as const, title, message, detail, buttons, noLink: true };
    const parent = window !== null && !window.isDestroyed() ? window : null;
    const shown = parent === null ? dialog.showMessageBox(options) : dialog.showMessageBox(parent, options);
    return shown.then((result) => result.response);
  };

  void app.whenReady().then(() => {
    // utilityProcess.fork is only allowed once the app is ready.
    const child = utilityProcess.fork(paths.backendEntry(locations), [], { serviceName: 'qcd-backend' });
    const backend = createBackendClient({
      send: (message) => child.postMessage(message),
      onProgress: (event) => {
        if (window !== null && !window.isDestroyed()) window.webContents.send(PROGRESS_IPC, event);
      },
      onFatal: (error: AppError) => {
        void showError('无法打开工作区', error.message, `工作区：${workspace}\n错误代码：${error.code}`, ['确定']);
      },
      onExit: (code) => {
        if (quitting) return;
        void showError(
          '后台服务已停止',
          '后台服务意外停止，未完成的操作没有写入数据。',
          `退出代码：${code}\n工作区：${workspace}`,
          ['重新启动', '退出'],
        ).then((response) => {
          if (response === 0) app.relaunch();
          app.quit();
        });
      },
      onMalformed: (message) => console.error('[qcd] 后台消息格式错误', message),
    });
    child.on('message', (message: unknown) => backend.handleMessage(message));
    child.on('exit', (code) => backend.handleExit(code));
    app.on('will-quit', () => {
      child.kill();
    });
    const start: StartMessage = {
      type: 'start',
      options: { workspace, resourcesDir: paths.resourcesDir(locations), appVersion: app.getVersion() },
    };
    child.postMessage(start);

    ipcMain.handle(
      INVOKE_IPC,
      createInvokeHandler({
        rendererUrl,
        forward: (request) => backend.invoke(request),
        onRefused: (reason, detail) => console.warn(`[qcd] 已拒绝调用（${reason}）：${detail}`),
      }),
    );

    installMenu({ devTools: !app.isPackaged, workspace });
    window = createMainWindow({
      preloadPath: paths.preloadPath(locations),
      rendererUrl,
      devTools: !app.isPackaged,
      devServer: devServerUrl !== undefined && devServerUrl !== '',
    });
    window.on('closed', () => {
      window = null;
    });
  });
}
