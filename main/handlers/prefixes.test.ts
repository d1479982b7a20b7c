import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelFiles, channelNames } from '../../shared/contract';
import { handlerGroups } from '.';
import type { HandlerGroup } from './types';

// A channel's name says where it lives: `orders:cancel` is declared in shared/channels/orders.ts and
// handled in main/handlers/orders.ts. A newcomer finds any channel without searching.

const here = import.meta.dirname;
const channelsDir = join(here, '..', '..', 'shared', 'channels');
const prefixOf = (channel: string) => channel.slice(0, channel.indexOf(':'));
const filesIn = (dir: string, notThese: string[]) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !notThese.includes(f))
    .map((f) => basename(f, '.ts'))
    .sort();
const prefixes = [...new Set(channelNames.map(prefixOf))].sort();

describe('channel files by prefix', () => {
  it('declares every channel in shared/channels/<its prefix>.ts, and nothing else there', async () => {
    expect(filesIn(channelsDir, ['define.ts'])).toEqual(prefixes);
    for (const prefix of prefixes) {
      const module = (await import(join(channelsDir, `${prefix}.ts`))) as Record<string, unknown>;
      const declared = Object.values(module).filter((v) => v === channelFiles[prefix as keyof typeof channelFiles]);
      expect(declared, `shared/channels/${prefix}.ts exports the ${prefix} channels the contract merges`).toHaveLength(1);
      expect(Object.keys(declared[0] as object).map(prefixOf), `shared/channels/${prefix}.ts`).toEqual(Object.keys(declared[0] as object).map(() => prefix));
    }
  });

  it('handles every channel in main/handlers/<its prefix>.ts, and nothing else there', async () => {
    expect(filesIn(here, ['dispatch.ts', 'inner-call.ts', 'table.ts', 'types.ts', 'index.ts'])).toEqual(prefixes);
    for (const prefix of prefixes) {
      const module = (await import(join(here, `${prefix}.ts`))) as Record<string, unknown>;
      const groups = Object.values(module).filter((v): v is HandlerGroup => handlerGroups.includes(v as HandlerGroup));
      expect(groups, `main/handlers/${prefix}.ts exports one handler group`).toHaveLength(1);
      expect(groups[0]!.domain).toBe(prefix);
      expect(Object.keys(groups[0]!.handlers).sort(), `main/handlers/${prefix}.ts`).toEqual(channelNames.filter((c) => prefixOf(c) === prefix).sort());
    }
  });
});
