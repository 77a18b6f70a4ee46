import { AppShell } from '../pages/app-shell';
import { LoginPage } from '../pages/login-page';
import type { AppPage } from './browser';
import { PASSWORD } from './host';
import type { AppSuite } from './suite';

/** A fresh page of the suite's app, signed in as `username` (demo password) and on the menu page `label`. */
export async function signInTo(suite: AppSuite, username: string, label: string): Promise<AppPage> {
  const opened = await suite.open();
  await new LoginPage(opened.page).login(username, PASSWORD);
  const shell = new AppShell(opened.page);
  await shell.currentUser.waitFor();
  await shell.open(label);
  return opened;
}
