import type { z } from 'zod';
import * as app from './app';
import * as enterprises from './enterprises';
import * as system from './system';
import * as backups from './backups';
import * as accounts from './accounts';
import * as persons from './persons';
import * as trash from './trash';
import * as imports from './imports';
import * as records from './records';
import * as products from './products';
import * as dossier from './dossier';
import * as evaluation from './evaluation';
import * as trust from './trust';
import * as keys from './keys';
import * as publications from './publications';
import * as announcements from './announcements';
import * as exchange from './exchange';
import * as synonyms from './synonyms';
import * as lists from './lists';
import * as supervision from './supervision';
import * as todo from './todo';
import * as red from './red-list';
import type { CallContract } from './define';

const calls = [
  app.appInfo, app.setupCreateAdmin, app.authLogin, app.authLogout, app.authMe, app.usersList,
  app.usersCreate, app.jobsCancel,
  enterprises.enterprisesList, enterprises.enterprisesGet, enterprises.enterprisesCreate, enterprises.enterprisesUpdate,
  system.auditList, system.auditVerify, system.statsCounts, system.codesRegions, system.codesIndustries, system.codesUpdate,
  system.demoGenerate,
  backups.backupsList, backups.backupsCreate, backups.backupsRestore, backups.backupsUndoRestore,
  accounts.usersResetPassword, accounts.usersSetDisabled, accounts.authChangePassword,
  accounts.settingsGet, accounts.settingsUpdate,
  enterprises.enterprisesNames, enterprises.enterprisesDelete, enterprises.enterprisesSetLegalRepresentative,
  persons.personsList, persons.personsGet, persons.personsCreate, persons.personsUpdate, persons.personsDelete,
  persons.personsEnterprises, trash.trashList, trash.trashRestore,
  imports.importsPreview, imports.importsCommit, imports.importsUndo, imports.importsList, imports.exportsCreate, imports.exportsSearch,
  records.recordsList, records.recordsGet, records.recordsCreate, records.recordsUpdate, records.recordsDelete,
  records.recordsTransition, records.attachmentsAdd, records.attachmentsGet,
  products.productsList, products.productsCreate, products.productsUpdate, products.productsDelete,
  dossier.dossierSummary, dossier.dossierHistory,
  evaluation.evaluationModels, evaluation.evaluationModelGet, evaluation.evaluationModelSave, evaluation.evaluationRun,
  evaluation.evaluationRuns, evaluation.evaluationReport, evaluation.evaluationDecide, evaluation.evaluationResults,
  evaluation.evaluationExplain, evaluation.evaluationPreview, evaluation.evaluationAdjust, evaluation.evaluationAdjustDecide,
  evaluation.evaluationWhatIf,
  trust.trustAdd, trust.trustList, trust.trustRevoke, trust.trustRotationPreview, trust.trustRotationApply,
  keys.keysGenerate, keys.keysList, keys.keysExportPublic, keys.keysRotate,
  publications.publicationsIssue, publications.publicationsPreview, publications.publicationsList, publications.publicationsExport, publications.packagesInspect,
  announcements.announcementsPreview, announcements.announcementsCommit, announcements.reviewList, announcements.reviewResolve,
  announcements.reviewLinkUscc, synonyms.synonymsGet, synonyms.synonymsUpdate,
  exchange.exchangeExport, exchange.exchangeImportPreview, exchange.exchangeImportApply, exchange.exchangeStreams,
  exchange.exchangeSetSilence, exchange.exchangeEntries, exchange.exchangeReviewList, exchange.exchangeReviewResolve,
  lists.listsList, lists.listsGet, lists.listsPropose, lists.listsStep,
  supervision.supervisionConfigGet, supervision.supervisionConfigSave, supervision.supervisionClasses, supervision.supervisionDraw,
  supervision.supervisionDraws, supervision.supervisionDrawGet,
  todo.todoList,
  red.redCandidates, red.redPropose, red.redDecide, red.redSuspension,
] as const;

type Calls = (typeof calls)[number];

/** Every call, by channel. The single source of the allow-list, the router and the client. */
export type Contract = { [C in Calls as C['channel']]: C };
export type Channel = Extract<keyof Contract, string>;
export type InputOf<K extends Channel> = z.input<Contract[K]['input']>;
export type OutputOf<K extends Channel> = z.output<Contract[K]['output']>;

export const contract = Object.fromEntries(calls.map((c) => [c.channel, c])) as unknown as Contract;

/** The allow-list: the preload and the browser host refuse any channel not in it. */
export const CHANNELS: readonly Channel[] = calls.map((c) => c.channel as Channel);

export function isChannel(channel: string): channel is Channel {
  return Object.hasOwn(contract, channel);
}

export function callOf(channel: Channel): CallContract {
  return contract[channel] as CallContract;
}

export * from './common';
export * from './define';
export * from './app';
export * from './enterprises';
export * from './system';
export * from './backups';
export * from './accounts';
export * from './persons';
export * from './trash';
export * from './imports';
export * from './keys';
export * from './publications';
export * from './lists';
export * from './supervision';
export * from './todo';
export * from './red-list';
