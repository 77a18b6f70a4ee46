import { EventEmitter } from 'node:events';

/**
 * A recording stand-in for the `electron` module, enough for the built main bundle to run its
 * lifecycle under plain Node. `log` keeps the order of the calls that matter.
 */
type Handler = (...args: unknown[]) => unknown;

export class FakeChild extends EventEmitter {
  readonly posted: unknown[] = [];
  killed = false;
  constructor(
    readonly modulePath: string,
    readonly args: string[],
    readonly options: Record<string, unknown>,
  ) {
    super();
  }
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  kill(): boolean {
    this.killed = true;
    return true;
  }
}

export function createFakeElectron(options: { lock: boolean }) {
  const log: string[] = [];
  const appEvents = new EventEmitter();
  const children: FakeChild[] = [];
  const handlers = new Map<string, Handler>();
  const windows: FakeWindow[] = [];
  const dialogs: Record<string, unknown>[] = [];
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const dialogResponse = { value: 1 };

  class FakeWindow extends EventEmitter {
    readonly sent: [string, unknown][] = [];
    loadedUrl: string | null = null;
    readonly webContents = Object.assign(new EventEmitter(), {
      send: (channel: string, payload: unknown) => this.sent.push([channel, payload]),
      setWindowOpenHandler: () => undefined,
      session: {
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: () => undefined,
        webRequest: { onHeadersReceived: () => undefined },
      },
    });
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      log.push('new BrowserWindow');
      windows.push(this);
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    isDestroyed = (): boolean => false;
    isMinimized = (): boolean => false;
    restore(): void {}
    show(): void {}
    focus(): void {}
  }

  const electron = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => {
        log.push('requestSingleInstanceLock');
        return options.lock;
      },
      quit: () => log.push('quit'),
      relaunch: () => log.push('relaunch'),
      enableSandbox: () => log.push('enableSandbox'),
      getPath: (name: string) => `/fake/${name}`,
      getAppPath: () => '/fake/repo',
      getVersion: () => '9.8.7',
      on: (event: string, listener: Handler) => appEvents.on(event, listener),
      whenReady: () => ready,
    },
    utilityProcess: {
      fork: (modulePath: string, args: string[], forkOptions: Record<string, unknown>) => {
        log.push('fork');
        const child = new FakeChild(modulePath, args, forkOptions);
        children.push(child);
        return child;
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        log.push(`handle ${channel}`);
        handlers.set(channel, handler);
      },
    },
    dialog: {
      showMessageBox: (...args: unknown[]) => {
        dialogs.push(args.at(-1) as Record<string, unknown>);
        return Promise.resolve({ response: dialogResponse.value, checkboxChecked: false });
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: () => log.push('setApplicationMenu'),
    },
    BrowserWindow: FakeWindow,
  };

  return { electron, log, appEvents, children, handlers, windows, dialogs, dialogResponse, markReady };
}
