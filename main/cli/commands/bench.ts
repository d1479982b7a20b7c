import { spawn } from 'node:child_process';

/** `bench [generator arguments]`: runs `npm run bench` and answers with its exit code. */
export function benchCommand(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(npm, ['run', 'bench', ...(args.length > 0 ? ['--', ...args] : [])], { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
