import { Worker } from 'node:worker_threads';
import type { Result } from '../../shared/result';
import type { DeskWorkerData, FromWorker, ToWorker } from './protocol';

/** Where a desk worker's code is, and how to run it (tests run the TypeScript source with `--import tsx`). */
export interface WorkerScript {
  path: string | URL;
  execArgv?: string[];
}

type Ready = Extract<FromWorker, { type: 'ready' }>;
type Call = Omit<Extract<ToWorker, { type: 'call' }>, 'type' | 'id'>;
/** What a worker says besides answers: change and progress notices. */
export type Notice = Extract<FromWorker, { type: 'changed' | 'progress' }>;

interface Running {
  worker: Worker;
  ready: Ready;
}

let nextId = 1;

/**
 * One desk worker, kept running: started on demand, and again after it died (a crash, or killed),
 * each call in flight then answered with an `internal` refusal that says what may have happened. A
 * worker that cannot start rejects with its reason (a damaged, foreign or newer database file).
 */
export class WorkerSlot {
  private running: Promise<Running> | undefined;
  private readonly pending = new Map<number, { channel: string; mutates: boolean; answer: (result: Result<unknown>) => void }>();
  private closing = false;
  /** The last progress notice of work not yet over: see `died`. */
  private progressing: Extract<Notice, { type: 'progress' }> | undefined;

  constructor(
    private readonly script: WorkerScript,
    private readonly data: () => DeskWorkerData,
    private readonly onNotice: (notice: Notice) => void,
  ) {}

  /** Starts the worker if it is not running; resolves once its database is open. */
  async start(): Promise<Ready> {
    return (await this.ensure()).ready;
  }

  async call(request: Call, mutates: boolean): Promise<Result<unknown>> {
    if (this.closing) return refusal(`${request.channel} was not run: Stockdesk is closing`);
    let running: Running;
    try {
      running = await this.ensure();
    } catch (error) {
      return refusal(`${request.channel} was not run: Stockdesk's store could not start (${error instanceof Error ? error.message : String(error)})`);
    }
    const id = nextId++;
    return new Promise((answer) => {
      this.pending.set(id, { channel: request.channel, mutates, answer });
      running.worker.postMessage({ type: 'call', id, ...request } satisfies ToWorker);
    });
  }

  private ensure(): Promise<Running> {
    this.running ??= this.spawn().catch((error: unknown) => {
      // The next call tries again: what stopped this start may be put right (a file restored).
      this.running = undefined;
      throw error;
    });
    return this.running;
  }

  /** What a crash does: ends the worker at once, whatever it is doing (tests use it). */
  async kill(): Promise<void> {
    const running = await this.running;
    await running?.worker.terminate();
  }

  /** Lets the worker finish the calls it has, then closes its database and ends it. */
  async close(): Promise<void> {
    this.closing = true;
    const running = await this.running?.catch(() => undefined);
    if (!running) return;
    const exited = new Promise((resolve) => running.worker.once('exit', resolve));
    running.worker.postMessage({ type: 'close' } satisfies ToWorker);
    await exited;
  }

  private spawn(): Promise<Running> {
    const worker = new Worker(this.script.path, { workerData: this.data(), execArgv: this.script.execArgv });
    return new Promise((resolve, reject) => {
      let started = false;
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          started = true;
          resolve({ worker, ready: message });
        } else if (message.type === 'failed') reject(new Error(message.message));
        else if (message.type === 'answer') this.answer(message.id, message.result);
        else this.notice(message);
      });
      worker.on('error', (error) => {
        console.error('[stockdesk] the store stopped unexpectedly:', error);
        if (!started) reject(error);
      });
      worker.on('exit', (code) => {
        if (!started) reject(new Error(`Stockdesk's store stopped while starting (exit code ${code})`));
        else this.died();
      });
    });
  }

  private notice(notice: Notice) {
    if (notice.type === 'progress') this.progressing = notice.progress.done < notice.progress.total ? notice : undefined;
    this.onNotice(notice);
  }

  private answer(id: number, result: Result<unknown>) {
    const call = this.pending.get(id);
    this.pending.delete(id);
    call?.answer(result);
  }

  /** The running worker ended: every call in flight is told, and a new worker is started. */
  private died() {
    for (const [id, { channel, mutates }] of this.pending) {
      this.answer(
        id,
        refusal(
          mutates
            ? `${channel} was interrupted: Stockdesk's store stopped unexpectedly and has been started again. The change may not have been saved: look, then try again`
            : `${channel} was interrupted: Stockdesk's store stopped unexpectedly and has been started again; try again`,
        ),
      );
    }
    // The window showing the cut-short work's progress is told it is over (the worker cannot).
    if (this.progressing) this.notice({ ...this.progressing, progress: { ...this.progressing.progress, done: this.progressing.progress.total } });
    this.running = undefined;
    if (!this.closing) this.start().catch((error: unknown) => console.error('[stockdesk] the store could not start again:', error));
  }
}

const refusal = (message: string): Result<never> => ({ ok: false, error: { code: 'internal', message } });
