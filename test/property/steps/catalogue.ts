// Steps on the catalogue and the settings: items, kits, bins and auto-release.
import { skuKey } from '../../../shared/domain/items';
import { BINS, EXTRA_BINS, SKUS, type OperationOf } from '../operations';
import { show } from '../util';
import type { Step, Steps } from './step';

const createItem: Step<OperationOf<'items:create'>> = (run, op) => {
  const sku = op.lower ? SKUS[op.sku]!.toLowerCase() : SKUS[op.sku]!;
  const out = run.act('items:create', { sku, allowBackorder: op.allowBackorder });
  run.check(out.ok === (run.model.item(sku) === undefined), () => `items:create ${sku}: ${out.ok ? 'accepted a duplicate' : 'refused a new sku'}`);
  if (out.ok) run.model.addItem(out.value);
};

const updateItem: Step<OperationOf<'items:update'>> = (run, op) => {
  const item = run.model.item(run.refs.sku(op.sku));
  const input = {
    id: item?.id ?? 999,
    ...(op.allowBackorder === null ? {} : { allowBackorder: op.allowBackorder }),
    ...(op.active === null ? {} : { active: op.active }),
  };
  const out = run.act('items:update', input);
  run.check(out.ok === (item !== undefined), () => `items:update ${out.ok ? 'accepted an unknown item' : 'refused a known item'}`);
  if (!out.ok) return;
  item!.allowBackorder = out.value.allowBackorder;
  item!.active = out.value.active;
  run.check(
    (op.allowBackorder ?? item!.allowBackorder) === item!.allowBackorder && (op.active ?? item!.active) === item!.active,
    () => 'items:update did not take',
  );
};

const setKit: Step<OperationOf<'items:setKit'>> = (run, op) => {
  const kit = run.refs.sku(op.kit);
  const components = op.components.map((c) => ({ sku: run.refs.sku(c.sku), qty: c.qty }));
  const out = run.act('items:setKit', { kit, components });
  if (!out.ok) return;
  const kitItem = run.model.item(kit)!;
  run.check(components.every((c) => c.qty > 0 && run.model.item(c.sku) !== undefined && skuKey(c.sku) !== skuKey(kit)), () => 'items:setKit accepted a bad component');
  if (out.value.components.length === 0) run.model.kits.delete(skuKey(kitItem.sku));
  else run.model.kits.set(skuKey(kitItem.sku), out.value.components.map((c) => ({ sku: c.sku, qty: c.qty })));
  run.check(show(out.value.components.map((c) => [skuKey(c.sku), c.qty])) === show(components.map((c) => [skuKey(c.sku), c.qty])), () => 'items:setKit stored other components');
  // Kits are one level deep.
  for (const [k, list] of run.model.kits) {
    run.check(list.every((c) => !run.model.kits.has(skuKey(c.sku))), () => `kit ${k} has a component that is itself a kit`);
  }
};

const updateSettings: Step<OperationOf<'settings:update'>> = (run, op) => {
  const out = run.act('settings:update', { autoRelease: op.autoRelease });
  if (!out.ok) return run.fail('settings:update was refused');
  run.model.autoRelease = out.value.autoRelease;
  run.check(run.model.autoRelease === op.autoRelease, () => 'settings:update did not take');
};

const createBin: Step<OperationOf<'bins:create'>> = (run, op) => {
  const code = op.bin === null ? 'D-7' : [...BINS, ...EXTRA_BINS][op.bin]!;
  const out = run.act('bins:create', { code, sequence: op.sequence });
  run.check(out.ok === !run.model.bins.includes(code), () => `bins:create ${code}: ${out.ok ? 'created a second time' : 'refused a new bin'}`);
  if (out.ok) run.model.addBin(out.value.code, out.value.sequence);
};

const updateBin: Step<OperationOf<'bins:update'>> = (run, op) => {
  const code = run.refs.bin(op.bin);
  const out = run.act('bins:update', { code, sequence: op.sequence });
  run.check(out.ok === run.model.bins.includes(code.toUpperCase()), () => `bins:update ${code}: ${out.ok ? 'accepted an unknown bin' : 'refused a known bin'}`);
  if (out.ok) run.model.sequences.set(out.value.code, out.value.sequence);
};

export const catalogueSteps = {
  'items:create': createItem,
  'items:update': updateItem,
  'items:setKit': setKit,
  'settings:update': updateSettings,
  'bins:create': createBin,
  'bins:update': updateBin,
} satisfies Partial<Steps>;
