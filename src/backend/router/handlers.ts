import type { Handlers } from './context';
import * as users from '../services/users';
import { authLogin } from '../services/sign-in';
import * as accounts from '../services/accounts';
import * as enterprises from '../services/enterprises';
import * as persons from '../services/persons';
import * as trash from '../services/trash';
import * as system from '../services/system';
import { demoGenerate } from '../services/demo';
import { codesUpdate } from '../services/codes';
import * as backups from '../services/backups';
import * as imports from '../services/imports';
import { exportsCreate, exportsSearch } from '../services/exports';
import { recordsList } from '../services/records-read';
import { recordsGet } from '../services/records-detail';
import * as records from '../services/records-write';
import * as products from '../services/products';
import { attachmentsAdd, attachmentsGet } from '../services/attachments';
import { dossierSummary } from '../services/dossier-summary';
import { todoList } from '../services/todo/todo-list';
import { dossierHistory } from '../services/dossier-history';
import * as evalModels from '../services/evaluation/models';
import * as evalRun from '../services/evaluation/run';
import * as evalReport from '../services/evaluation/report';
import * as evalExplain from '../services/evaluation/explain';
import { evaluationWhatIf } from '../services/evaluation/what-if';
import * as trust from '../services/exchange/trust';
import * as trustRotation from '../services/exchange/trust-rotation';
import * as keys from '../services/keys/handlers';
import { keysRotate } from '../services/keys/rotate';
import * as publications from '../services/publications/handlers';
import { packagesInspect } from '../services/publications/inspect';
import { publicationsPreview } from '../services/publications/preview';
import { announcementsPreview } from '../services/announcements/preview';
import { announcementsCommit } from '../services/announcements/commit';
import * as review from '../services/announcements/review';
import * as exchange from '../services/exchange/handlers';
import * as synonyms from '../services/announcements/synonyms';
import { listsGet, listsList } from '../services/lists/read';
import { listsPropose } from '../services/lists/propose';
import { listsStep } from '../services/lists/step';
import * as supConfig from '../services/supervision/config';
import { supervisionClasses } from '../services/supervision/classes';
import * as supDraw from '../services/supervision/draw';
import { redCandidates } from '../services/red-list/candidates';
import { redDecide, redSuspension } from '../services/red-list/decide';
import { redPropose } from '../services/red-list/propose';

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
  'enterprises:names': enterprises.enterprisesNames,
  'enterprises:delete': trash.enterprisesDelete,
  'enterprises:set-legal-representative': persons.enterprisesSetLegalRepresentative,
  'persons:list': persons.personsList,
  'persons:get': persons.personsGet,
  'persons:create': persons.personsCreate,
  'persons:update': persons.personsUpdate,
  'persons:delete': trash.personsDelete,
  'persons:enterprises': persons.personsEnterprises,
  'trash:list': trash.trashList,
  'trash:restore': trash.trashRestore,
  'audit:list': system.auditList,
  'audit:verify': system.auditVerify,
  'stats:counts': system.statsCounts,
  'codes:regions': system.codesRegions,
  'codes:industries': system.codesIndustries,
  'codes:update': codesUpdate,
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
  'imports:preview': imports.importsPreview,
  'imports:commit': imports.importsCommit,
  'imports:undo': imports.importsUndo,
  'imports:list': imports.importsList,
  'exports:create': exportsCreate,
  'exports:search': exportsSearch,
  'records:list': recordsList,
  'records:get': recordsGet,
  'records:create': records.recordsCreate,
  'records:update': records.recordsUpdate,
  'records:delete': records.recordsDelete,
  'records:transition': records.recordsTransition,
  'attachments:add': attachmentsAdd,
  'attachments:get': attachmentsGet,
  'products:list': products.productsList,
  'products:create': products.productsCreate,
  'products:update': products.productsUpdate,
  'products:delete': products.productsDelete,
  'dossier:summary': dossierSummary,
  'dossier:history': dossierHistory,
  'evaluation:models': evalModels.evaluationModelsList,
  'evaluation:model-get': evalModels.evaluationModelGet,
  'evaluation:model-save': evalModels.evaluationModelSave,
  'evaluation:run': evalRun.evaluationRun,
  'evaluation:runs': evalRun.evaluationRuns_,
  'evaluation:report': evalReport.evaluationReport,
  'evaluation:decide': evalRun.evaluationDecide,
  'evaluation:results': evalReport.evaluationResults,
  'evaluation:explain': evalExplain.evaluationExplain,
  'evaluation:preview': evalExplain.evaluationPreview,
  'evaluation:adjust': evalExplain.evaluationAdjust,
  'evaluation:adjust-decide': evalExplain.evaluationAdjustDecide,
  'evaluation:what-if': evaluationWhatIf,
  'trust:add': trust.trustAdd,
  'trust:list': trust.trustList,
  'trust:revoke': trust.trustRevoke,
  'trust:rotation-preview': trustRotation.trustRotationPreview,
  'trust:rotation-apply': trustRotation.trustRotationApply,
  'keys:generate': keys.keysGenerate,
  'keys:list': keys.keysList,
  'keys:export-public': keys.keysExportPublic,
  'keys:rotate': keysRotate,
  'publications:issue': publications.publicationsIssue,
  'publications:preview': publicationsPreview,
  'publications:list': publications.publicationsList,
  'publications:export': publications.publicationsExport,
  'packages:inspect': packagesInspect,
  'announcements:preview': announcementsPreview,
  'announcements:commit': announcementsCommit,
  'review:list': review.reviewList,
  'review:resolve': review.reviewResolve,
  'review:link-uscc': review.reviewLinkUscc,
  'exchange:export': exchange.exchangeExport,
  'exchange:import-preview': exchange.exchangeImportPreview,
  'exchange:import-apply': exchange.exchangeImportApply,
  'exchange:streams': exchange.exchangeStreams,
  'exchange:set-silence': exchange.exchangeSetSilence,
  'exchange:entries': exchange.exchangeEntries,
  'exchange:review-list': exchange.exchangeReviewList,
  'exchange:review-resolve': exchange.exchangeReviewResolve,
  'synonyms:get': synonyms.synonymsGet,
  'synonyms:update': synonyms.synonymsUpdate,
  'lists:list': listsList,
  'lists:get': listsGet,
  'lists:propose': listsPropose,
  'lists:step': listsStep,
  'supervision:config-get': supConfig.supervisionConfigGet,
  'supervision:config-save': supConfig.supervisionConfigSave,
  'supervision:classes': supervisionClasses,
  'supervision:draw': supDraw.supervisionDraw,
  'supervision:draws': supDraw.supervisionDraws,
  'supervision:draw-get': supDraw.supervisionDrawGet,
  'todo:list': todoList,
  'red:candidates': redCandidates,
  'red:propose': redPropose,
  'red:decide': redDecide,
  'red:suspension': redSuspension,
};
