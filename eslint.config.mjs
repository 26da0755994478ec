// ESLint (flat config) with typescript-eslint; Prettier owns formatting (eslint-config-prettier
// turns off the rules that would fight it). `npm run lint` runs both; `npm test` runs lint first.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-output/', 'reports/', '.stryker-tmp/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts'],
    rules: {
      // An argument list has a size limit (about 120k in V8): spreading an array whose length
      // grows with the roster into a call can throw RangeError (SPEC 12). Loop instead.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > SpreadElement',
          message:
            'Do not spread an array into call arguments (Math.max(...x), push(...x)): ' +
            'loop instead (SPEC 12).',
        },
        {
          selector: 'NewExpression > SpreadElement',
          message: 'Do not spread an array into constructor arguments: loop instead (SPEC 12).',
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'max-len': ['error', { code: 110 }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'max-len': ['error', { code: 110 }] },
  },
);
