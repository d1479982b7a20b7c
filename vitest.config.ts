import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['main/**/*.test.ts', 'shared/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/property/**/*.test.ts', 'test/unit/**/*.test.ts'],
          // Property tests run long random sequences; the default 5 s is for unit tests.
          testTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          setupFiles: ['test/setup-renderer.ts'],
        },
      },
    ],
  },
});
