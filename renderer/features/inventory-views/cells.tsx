/** Cells the Inventory views share: quantities, a zero in grey, priority in words. */
export const qty = (n: number) => (n === 0 ? <span className="muted">0</span> : n.toLocaleString());

export const Priority = ({ value }: { value: string }) => <span className={`inv-priority inv-priority--${value}`}>{value}</span>;
