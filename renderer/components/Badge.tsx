import type { ReactNode } from 'react';

export type Tone = 'green' | 'grey' | 'amber' | 'red' | 'blue';

export const Badge = ({ tone, children }: { tone: Tone; children: ReactNode }) => (
  <span className={`badge badge--${tone}`}>{children}</span>
);
