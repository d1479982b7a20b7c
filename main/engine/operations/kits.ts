import type { ParsedInput } from '../../../shared/contract';
import type { Kit } from '../../../shared/domain/items';
import { invalid, refused } from '../../../shared/errors';
import type { WriteDb } from '../../store/handles';
import { preparedFor } from '../../store/prepared';
import { requireItem } from '../../store/repos/items';
import { kitComponents, kitOf } from '../../store/repos/kits';
import type { EngineCtx } from '../context';

const statements = preparedFor((db: WriteDb) => ({
  isComponent: db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM kit_component WHERE component_item_id = +?'),
  clear: db.prepare<[number]>('DELETE FROM kit_component WHERE kit_item_id = ?'),
  insert: db.prepare<{ kit: number; component: number; position: number; qty: number }>(
    'INSERT INTO kit_component (kit_item_id, component_item_id, position, qty) VALUES (@kit, @component, @position, @qty)',
  ),
}));

/**
 * Makes an item a kit of the given components (or, with none, an ordinary item again). Kits are one
 * level deep: a component cannot itself be a kit, and a kit cannot be a component of another kit.
 */
export function setKit(ctx: EngineCtx, input: ParsedInput<'items:setKit'>): Kit {
  const s = statements(ctx.db);
  const kit = requireItem(ctx.db, input.kit, 'kit');
  if (input.components.length > 0 && s.isComponent.get(kit.id)!.n > 0) throw refused(`${kit.sku} is a component of another kit`, 'kit');
  s.clear.run(kit.id);
  const seen = new Set<number>();
  input.components.forEach((c, index) => {
    const item = requireItem(ctx.db, c.sku, `components.${index}.sku`);
    if (item.id === kit.id) throw invalid(`components.${index}.sku`, 'cannot be the kit itself');
    if (seen.has(item.id)) throw invalid(`components.${index}.sku`, `lists ${item.sku} twice`);
    if (kitComponents(ctx.db, item.id).length > 0) throw invalid(`components.${index}.sku`, `${item.sku} is itself a kit`);
    seen.add(item.id);
    s.insert.run({ kit: kit.id, component: item.id, position: index, qty: c.qty });
  });
  return kitOf(ctx.db, kit.sku);
}
