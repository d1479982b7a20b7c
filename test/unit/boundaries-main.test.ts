import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layers inside main, checked with the project's own ESLint config on sample code: the store at
// the bottom, the engine (operations made of parts) and the queries on it, the handlers on those, and
// one owner of transactions, the dispatcher.
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string, rule: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}
const importProblems = (filePath: string, code: string) => problems(filePath, code, 'no-restricted-imports');

describe('layers inside main', () => {
  it.each([
    ['main/store/repos/x.ts', "import { createDoc } from '../../engine/parts/documents';"],
    ['main/store/x.ts', "import { orderDetail } from '../queries/orders';"],
    ['main/store/x.ts', "import type { HandlerContext } from '../handlers/types';"],
    ['main/store/migrations/0099-x.ts', "import { naturalKey } from '../repos/bins';"],
    ['main/store/migrations/0099-x.ts', "import { ORDER_EVENT_KINDS } from '../../../shared/domain/orders';"],
    ['main/engine/operations/x.ts', "import type { CommandCtx } from '../../handlers/types';"],
    ['main/engine/operations/x.ts', "import { orderDetail } from '../../queries/orders';"],
    ['main/engine/operations/x.ts', "import { startHost } from '../../host/server';"],
    ['main/engine/parts/x.ts', "import { bindContract } from '../../ipc/bind';"],
    ['main/engine/parts/x.ts', "import { runFulfillment } from '../operations/fulfill';"],
    ['main/queries/x.ts', "import { runFulfillment } from '../engine/operations/fulfill';"],
    ['main/queries/x.ts', "import { FreeStock } from '../engine/parts/free-stock';"],
    ['main/engine/operations/x.ts', "import { writeTransaction } from '../../store/transaction';"],
    ['main/handlers/orders.ts', "import { writeTransaction } from '../store/transaction';"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await importProblems(file, code)).toHaveLength(1);
  });

  it.each([
    ['main/engine/operations/x.ts', "import { requireOrder } from '../../store/repos/orders';"],
    ['main/engine/operations/x.ts', "import { createDoc } from '../parts/documents';"],
    ['main/engine/operations/x.ts', "import { runFulfillment } from './fulfill';"],
    ['main/engine/operations/x.ts', "import type { PrintOrderResult } from '../../../shared/domain/print';"],
    ['main/queries/x.ts', "import { PICK_SEQUENCE_SQL } from '../store/sql';"],
    ['main/store/migrations/0099-x.ts', "import type { Migration } from '../migrate';"],
    ['main/handlers/orders.ts', "import { runFulfillment } from '../engine/operations/fulfill';"],
    ['main/handlers/orders.ts', "import { orderDetail } from '../queries/orders';"],
    ['main/handlers/dispatch.ts', "import { writeTransaction } from '../store/transaction';"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await importProblems(file, code)).toEqual([]);
  });

  it.each(['main/engine/operations/x.ts', 'main/queries/x.ts', 'main/handlers/x.ts', 'main/store/repos/x.ts'])(
    'refuses a transaction opened in %s: the dispatcher owns it',
    async (file) => {
      expect(await problems(file, 'export const f = (db: { transaction(fn: () => void): () => void }) => db.transaction(() => {})();', 'no-restricted-syntax')).toHaveLength(1);
    },
  );
});
