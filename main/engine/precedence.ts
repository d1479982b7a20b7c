/** Priority as a number that sorts high (0) before normal (1) before low (2); SQL over an `order` aliased `o`. */
export const PRIORITY_RANK_SQL = "CASE o.priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END";

/**
 * The order in which demand is served, everywhere: priority (high, normal, low), then order date,
 * then entry order. Written as SQL over an `order` aliased `o`.
 */
export const PRECEDENCE_SQL = `${PRIORITY_RANK_SQL}, o.order_date, o.id`;
