import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * A small Chinese menu. The edit roles matter more than they look: without them, copy and
 * paste shortcuts do nothing on macOS.
 */
export function installMenu(options: { devTools: boolean; workspace: string }): void {
  const about = (): void => {
    void dialog.showMessageBox({
      type: 'info',
      title: '关于',
      message: `质量信用管理台 ${app.getVersion()}`,
      detail: `工作区：${options.workspace}`,
      buttons: ['确定'],
    });
  };
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: '实际大小' },
    { role: 'zoomIn', label: '放大' },
    { role: 'zoomOut', label: '缩小' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: '全屏' },
  ];
  if (options.devTools) {
    view.push({ type: 'separator' }, { role: 'reload', label: '重新加载' }, { role: 'toggleDevTools', label: '开发者工具' });
  }
  const template: MenuItemConstructorOptions[] = [
    { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    { label: '视图', submenu: view },
    { label: '帮助', submenu: [{ label: '关于质量信用管理台', click: about }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
