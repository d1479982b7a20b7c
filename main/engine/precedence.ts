/**
 * The order in which demand is served, everywhere: priority (high, normal, low), then order date,
 * then entry order. Written as SQL over an `order` aliased `o`.
 */
export const PRECEDENCE_SQL = "CASE o.priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, o.order_date, o.id";
