/**
 * The layers are enforced by lint (eslint.config.js): an import that breaks a boundary is an error. Each probe
 * here is a one-line file that would break one, linted as if it sat at that path.
 */
import { ESLint } from 'eslint';
import { rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function errors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('layer boundaries', { timeout: 60_000 }, () => {
  it.each([
    [
      'data imports presentation',
      'src/data/probe.ts',
      "import { formatDate } from '../ui/format';\nexport const p = formatDate;\n",
    ],
    [
      'data imports the mock API',
      'src/data/probe.ts',
      "import { checked } from '../mocks/dataset';\nexport const p = checked;\n",
    ],
    [
      'ui imports a feature',
      'src/ui/probe.ts',
      "import { buildChangeLog } from '../features/changes/changeLog';\nexport const p = buildChangeLog;\n",
    ],
    [
      'a feature imports another',
      'src/features/overview/probe.ts',
      "import { plausibleDay } from '../../data/dates';\nimport { versionsOutBy } from '../compare/asOf';\nexport const p = [plausibleDay, versionsOutBy];\n",
    ],
    [
      'the app imports the mock API',
      'src/app/probe.ts',
      "import { handlers } from '../mocks/handlers';\nexport const p = handlers;\n",
    ],
    [
      'mocks import a feature',
      'src/mocks/probe.ts',
      "import { buildChangeLog } from '../features/changes/changeLog';\nexport const p = buildChangeLog;\n",
    ],
  ])('%s: lint fails', async (_, path, code) => {
    expect(await errors(path, code)).toContain('import-x/no-restricted-paths');
  });

  it('browser code may not use Node globals or modules', async () => {
    expect(await errors('src/ui/probe.ts', 'export const p = process.env.HOME;\n')).toContain('no-restricted-globals');
    expect(
      await errors('src/ui/probe.ts', "import { readFileSync } from 'node:fs';\nexport const p = readFileSync;\n"),
    ).toContain('no-restricted-imports');
  });

  it('an import cycle fails lint', async () => {
    const a = 'src/data/cycle-probe-a.ts';
    const b = 'src/data/cycle-probe-b.ts';
    try {
      writeFileSync(a, "import { b } from './cycle-probe-b';\nexport const a = () => b;\n");
      writeFileSync(b, "import { a } from './cycle-probe-a';\nexport const b = () => a;\n");
      const [result] = await eslint.lintFiles([a]);
      expect(result?.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
    } finally {
      rmSync(a, { force: true });
      rmSync(b, { force: true });
    }
  });

  it('allowed imports pass: a feature uses ui/ and data/', async () => {
    const code =
      "import { formatDate } from '../../ui/format';\nimport { plausibleDay } from '../../data/dates';\nexport const p = [formatDate, plausibleDay];\n";
    expect(await errors('src/features/overview/probe.ts', code)).toEqual([]);
  });
});
