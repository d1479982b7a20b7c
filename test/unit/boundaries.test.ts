import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of docs/architecture.md, checked with the project's own ESLint config on sample code.
const eslint = new ESLint({ cwd: process.cwd() });

async function importProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['renderer/features/x.ts', "import { openDatabase } from '../../main/store/open';"],
    ['renderer/features/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/features/x.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/features/x.ts', "import fs from 'fs';"],
    ['shared/x.ts', "import { openDatabase } from '../main/store/open';"],
    ['shared/x.ts', "import { ItemsScreen } from '../renderer/features/items/ItemsScreen';"],
    ['shared/x.ts', "import { join } from 'node:path';"],
    ['shared/x.ts', "import { app } from 'electron';"],
    ['main/engine/x.ts', "import { app } from 'electron';"],
    ['main/handlers/x.ts', "import { BrowserWindow } from 'electron';"],
    ['main/store/x.ts', "import { api } from '../../renderer/api';"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await importProblems(file, code)).toHaveLength(1);
  });

  it.each([
    ['main/window.ts', "import { BrowserWindow } from 'electron';"],
    ['main/ipc/bind.ts', "import { ipcMain } from 'electron';"],
    ['main/handlers/x.ts', "import { join } from 'node:path';"],
    ['renderer/features/x.ts', "import { contract } from '../../shared/contract';"],
    ['main/handlers/x.ts', "import { contract } from '../../shared/contract';"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await importProblems(file, code)).toEqual([]);
  });
});
