/**
 * The only two Electron IPC channels the shell uses: every business call travels inside
 * `qcd:invoke` and is checked against the contract, so the IPC surface stays this small.
 */
export const INVOKE_IPC = 'qcd:invoke';
export const PROGRESS_IPC = 'qcd:progress';
