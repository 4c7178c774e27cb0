// An ESLint rule: a file may not import from the top-level folders it is told to stay out of.
// `no-restricted-imports` matches the import's text, which cannot tell the repository's
// `upstream/` from `electron/core/upstream/` (both are `../upstream/…` from somewhere); this rule
// resolves the path against the importing file and looks at the folder it really lands in.
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** @type {import('eslint').Rule.RuleModule} */
export const folderBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid imports that land in the given top-level folders of the repository.' },
    schema: [
      {
        type: 'array',
        items: {
          type: 'object',
          properties: { folder: { type: 'string' }, message: { type: 'string' } },
          required: ['folder', 'message'],
          additionalProperties: false,
        },
      },
    ],
    messages: { forbidden: "'{{source}}' is in {{folder}}/: {{message}}" },
  },
  create(context) {
    const forbidden = context.options[0] ?? [];
    const root = context.cwd;

    function check(node) {
      const source = node?.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined;
      if (source === undefined || !source.startsWith('.')) return;
      const target = relative(root, resolve(dirname(context.filename), source));
      if (target.startsWith('..') || isAbsolute(target)) return;
      const folder = target.split(sep)[0];
      for (const rule of forbidden) {
        if (rule.folder === folder) {
          context.report({ node, messageId: 'forbidden', data: { source, folder, message: rule.message } });
        }
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
