import type { AppError } from '../../core/shared/result';
import type { Envelope, InvokeRequest, ProgressEvent } from '../../contract';

/**
 * The backend runs off the UI's thread: in Electron a utilityProcess, in the browser host a
 * worker thread. Both speak these messages, so the backend cannot tell its host apart.
 */
export type BackendInMessage = { type: 'invoke'; request: InvokeRequest };

export type BackendOutMessage =
  | { type: 'ready'; workspace: string }
  | { type: 'fatal'; error: AppError }
  | { type: 'result'; requestId: string; envelope: Envelope }
  | { type: 'progress'; event: ProgressEvent };

/** The transport a host gives the backend. */
export type BackendPort = {
  post(message: BackendOutMessage): void;
  onMessage(handler: (message: BackendInMessage) => void): void;
};

/** What a host passes when it starts the backend. */
export type BackendStartOptions = {
  workspace: string;
  resourcesDir: string;
  appVersion: string;
};
