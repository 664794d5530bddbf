// ESLint for the whole tree: recommended rules for JS and TypeScript, plus the two layout rules
// (CONTRIBUTING.md): only src/vscode/ imports `vscode`, and media/ (browser code) never imports a
// Node built-in.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const vscodeOnlyInSkin = {
  name: 'vscode',
  message: 'Only src/vscode/ imports vscode: keep cores pure so they run in the CLI, workers and plain-Node tests.',
};

// Importing a src/vscode/ file pulls vscode in at one remove.
const noSkinFromCores = {
  regex: '(^|/)vscode/',
  message: 'Cores and media/ never import src/vscode/ (the dependency points the other way).',
};

const noNodeMessage = 'media/ is browser code: no Node built-ins (ask the host or a worker over rpc instead).';
const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));

/** Bans a module by name for `require(...)` and `import(...)`, which no-restricted-imports does not see. */
function noDynamicLoadOf(pattern, message) {
  return [
    { selector: `CallExpression[callee.name='require'][arguments.0.value=${pattern}]`, message },
    { selector: `ImportExpression[source.value=${pattern}]`, message },
  ];
}

const vscodeDynamic = noDynamicLoadOf("'vscode'", vscodeOnlyInSkin.message);
const topBuiltins = [...new Set(nodeBuiltins.map((m) => m.split('/')[0]))];
const nodeDynamic = noDynamicLoadOf(`/^(node:|(${topBuiltins.join('|')})($|[^a-z_-]))/`, noNodeMessage);

export default defineConfig(
  globalIgnores(['dist/', 'out/', 'src/profile/generated/', 'test/fixtures/', 'test-results/', '.vscode-test/', 'samples/', '**/*.d.ts']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // tsc already reports unused locals and parameters (noUnusedLocals/noUnusedParameters).
      '@typescript-eslint/no-unused-vars': 'off',
      // `import x = require('m')` is TypeScript's own CommonJS import; bare require() stays marked.
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [vscodeOnlyInSkin] }],
      'no-restricted-syntax': ['error', ...vscodeDynamic],
    },
  },
  {
    // Plain Node scripts (build, start, mocha reporter) are CommonJS.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Cores: no vscode, directly or through a src/vscode/ file.
    files: ['src/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [vscodeOnlyInSkin], patterns: [noSkinFromCores] }],
    },
  },
  {
    // The VS Code skin, the integration suite and the e2e stand-in extension run inside VS Code.
    files: ['src/vscode/**', 'test/integration/**', 'test/e2e/gopls-standin/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': 'off',
      'no-restricted-syntax': 'off',
    },
  },
  {
    // Webview code runs in the browser: DOM globals, no Node, no vscode (it talks to the host by message).
    files: ['media/**'],
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [vscodeOnlyInSkin, ...nodeBuiltins.map((name) => ({ name, message: noNodeMessage }))],
          patterns: [{ group: ['node:*'], message: noNodeMessage }, noSkinFromCores],
        },
      ],
      'no-restricted-syntax': ['error', ...vscodeDynamic, ...nodeDynamic],
    },
  },
  {
    // AssemblyScript: the exported globals are set from JS (a `let` the module never reassigns).
    files: ['wasm/**'],
    rules: { 'prefer-const': 'off' },
  },
  {
    // Scripts evaluated inside the e2e browser page.
    files: ['test/e2e/**/*.browser.ts'],
    languageOptions: { globals: globals.browser },
  },
);
