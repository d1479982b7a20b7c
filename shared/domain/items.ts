import { z } from 'zod';
import { invalid } from '../errors';
import { id, NO_SPACES, NO_SPACES_MESSAGE, pageInput, positiveQty } from '../validation';

export interface Item {
  id: number;
  sku: string;
  description: string;
  unit: string;
  /** The article's "Backorder: Yes" on the item's purchasing tab. */
  allowBackorder: boolean;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export const SKU_MAX_LENGTH = 64;
export const DESCRIPTION_MAX_LENGTH = 200;
export const UNIT_MAX_LENGTH = 12;

/**
 * A sku is trimmed, 1-64 characters, with no spaces or control characters inside (a sku is
 * scanned and typed; a space in one is always a mistake). Uniqueness ignores case: see `skuKey`.
 */
export const sku = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(SKU_MAX_LENGTH, { error: `must be at most ${SKU_MAX_LENGTH} characters` })
  .regex(NO_SPACES, { error: NO_SPACES_MESSAGE });

/** A unit of measure: short, lower case, letters first (`ea`, `box`, `kg`, `m2`, `pk/10`). */
export const unit = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: 'must not be empty' })
  .max(UNIT_MAX_LENGTH, { error: `must be at most ${UNIT_MAX_LENGTH} characters` })
  .regex(/^[a-z][a-z0-9./-]*$/, { error: 'must start with a letter and use only letters, digits, . / or -' });

export const description = z
  .string()
  .trim()
  .max(DESCRIPTION_MAX_LENGTH, { error: `must be at most ${DESCRIPTION_MAX_LENGTH} characters` });

/** The key that makes `abc-1` and `ABC-1` the same sku (Unicode-aware, unlike SQLite's NOCASE). */
export const skuKey = (value: string): string => value.trim().normalize('NFKC').toUpperCase();

/** A document request names each sku once: `lines.2.sku names ABC-1 a second time` is refused, never summed. */
export function refuseRepeatedSkus(lines: readonly { sku: string }[]): void {
  const seen = new Map<string, number>();
  lines.forEach((line, index) => {
    const first = seen.get(skuKey(line.sku));
    if (first !== undefined) throw invalid(`lines.${index}.sku`, `names ${line.sku} a second time (also on line ${first + 1}): put it on one line`);
    seen.set(skuKey(line.sku), index);
  });
}

export const ItemCreateInput = z.strictObject({
  sku,
  description: description.default(''),
  unit: unit.default('ea'),
  allowBackorder: z.boolean().default(true),
  active: z.boolean().default(true),
});
export type ItemCreateInput = z.input<typeof ItemCreateInput>;

export const ItemUpdateInput = z.strictObject({
  id,
  sku: sku.optional(),
  description: description.optional(),
  unit: unit.optional(),
  allowBackorder: z.boolean().optional(),
  active: z.boolean().optional(),
});
export type ItemUpdateInput = z.input<typeof ItemUpdateInput>;

export const ItemGetInput = z.strictObject({ id });

export const ItemListInput = z.strictObject({
  /** Matches sku or description, anywhere, ignoring case. */
  query: z.string().trim().max(100).default(''),
  includeInactive: z.boolean().default(false),
  ...pageInput,
});
export type ItemListInput = z.input<typeof ItemListInput>;

/** A kit's bill of components: a kit line on an order expands into one line per component. */
export const KitInput = z.strictObject({
  kit: sku,
  /** Empty: the item is no longer a kit. */
  components: z.array(z.strictObject({ sku, qty: positiveQty })).max(200),
});
export type KitInput = z.input<typeof KitInput>;

export const KitGetInput = z.strictObject({ kit: sku });

export interface Kit {
  kit: string;
  components: { sku: string; description: string; qty: number }[];
}
