import type { Handlers } from './context';
import * as users from '../services/users';
import { authLogin } from '../services/sign-in';
import * as accounts from '../services/accounts';
import * as enterprises from '../services/enterprises';
import * as system from '../services/system';
import { demoGenerate } from '../services/demo';
import * as backups from '../services/backups';

/** Channel → use case. The type makes a missing or misspelt channel a compile error. */
export const handlers: Handlers = {
  'app:info': system.appInfo,
  'setup:create-admin': users.setupCreateAdmin,
  'auth:login': authLogin,
  'auth:logout': users.authLogout,
  'auth:me': users.authMe,
  'users:list': users.usersList,
  'users:create': users.usersCreate,
  'jobs:cancel': system.jobsCancel,
  'enterprises:list': enterprises.enterprisesList,
  'enterprises:get': enterprises.enterprisesGet,
  'enterprises:create': enterprises.enterprisesCreate,
  'enterprises:update': enterprises.enterprisesUpdate,
  'audit:list': system.auditList,
  'audit:verify': system.auditVerify,
  'stats:counts': system.statsCounts,
  'codes:regions': system.codesRegions,
  'codes:industries': system.codesIndustries,
  'demo:generate': demoGenerate,
  'backups:list': backups.backupsList,
  'backups:create': backups.backupsCreate,
  'backups:restore': backups.backupsRestore,
  'backups:undo-restore': backups.backupsUndoRestore,
  'users:reset-password': accounts.usersResetPassword,
  'users:set-disabled': accounts.usersSetDisabled,
  'auth:change-password': accounts.authChangePassword,
  'settings:get': accounts.settingsGet,
  'settings:update': accounts.settingsUpdate,
};
