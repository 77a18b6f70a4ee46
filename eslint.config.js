// Lint enforces the folder boundaries of docs/architecture (what may import what) and forbids
// import cycles. `test/lint/boundaries.test.ts` proves each boundary rule fires.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const NODE_BUILTINS = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'worker_threads', 'stream', 'zlib', 'events', 'buffer'];

/** A boundary: files matching `files` may not import the listed modules or folders. */
function boundary(files, { modules = [], folders = [], node = false }, why) {
  const patterns = [
    ...folders.map((f) => ({ group: [`**/${f}`, `**/${f}/**`], message: `${why}（不得导入 ${f}/）` })),
    ...(node ? [{ group: ['node:*'], message: `${why}（不得使用 Node 内置模块）` }] : []),
  ];
  const paths = [
    ...modules.map((name) => ({ name, message: `${why}（不得导入 ${name}）` })),
    ...(node ? NODE_BUILTINS.map((name) => ({ name, message: `${why}（不得使用 Node 内置模块）` })) : []),
  ];
  const modulePatterns = modules.map((m) => ({ group: [`${m}/*`], message: `${why}（不得导入 ${m}）` }));
  return { files, rules: { 'no-restricted-imports': ['error', { paths, patterns: [...patterns, ...modulePatterns] }] } };
}

const UI = ['react', 'react-dom', 'antd', 'recharts'];
const DB = ['better-sqlite3', 'drizzle-orm'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ noWarnOnMultipleProjects: true, project: ['tsconfig.json', 'src/renderer/tsconfig.json', 'electron/tsconfig.json'] })] },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  boundary(['src/core/**'], { modules: ['electron', ...UI, ...DB], folders: ['contract', 'backend', 'renderer', 'cli', 'host'], node: true },
    'src/core 是纯领域层'),
  boundary(['src/contract/**'], { modules: ['electron', ...UI, ...DB], folders: ['backend', 'renderer', 'cli', 'host'], node: true },
    'src/contract 只声明契约'),
  boundary(['src/backend/**'], { modules: ['electron', ...UI], folders: ['renderer', 'cli', 'host'] },
    'src/backend 不依赖界面与桌面外壳'),
  boundary(['src/renderer/**'], { modules: ['electron', ...DB], folders: ['backend', 'cli', 'host'], node: true },
    'src/renderer 只能通过 window.api 访问后台'),
  boundary(['src/cli/**'], { modules: ['electron', ...UI], folders: ['renderer', 'host'] }, 'src/cli 走后台路由'),
  boundary(['src/host/**'], { modules: ['electron', ...UI], folders: ['renderer', 'cli'] }, 'src/host 只转发契约调用'),
  boundary(['electron/**'], { modules: [...UI], folders: ['renderer', 'cli', 'host'] }, 'electron/ 保持精简'),
  {
    files: ['scripts/**', 'bin/**', 'test/bench/**', '*.config.*', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
);
