// The BullMQ side of `./build.sh bench queue`: the same work as ClipBot's side, measured the same way.
//   node bench.mjs --port 6390 --jobs 20000 --warmup 5000 --concurrency 4 --batch 1000 --owners 100
// It warms up, prints "ready", then runs once for every "run" line on stdin and prints
// "run <seconds> <cpu seconds>"; it exits when stdin ends. The benchmark drives it that way so that the
// runs of both systems take turns, and a busy machine slows both alike. By hand: printf 'run\nrun\n' | node bench.mjs ...
//
// A run: one Worker with `concurrency` slots and an empty processor is started and ready before the clock
// starts; a producer then adds the jobs in batches of `batch` with addBulk (one pipelined burst per batch)
// while the worker runs; the clock stops when the last job has completed. Completed jobs are removed, as
// ClipBot's complete removes them.
import { createInterface } from 'node:readline';
import { Queue, Worker } from 'bullmq';

function options(argv) {
  const settings = { port: 6379, jobs: 20000, warmup: 5000, concurrency: 4, batch: 1000, owners: 100 };
  for (let i = 2; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in settings)) {
      throw new Error(`unknown option ${argv[i]}`);
    }
    settings[key] = Number.parseInt(argv[i + 1], 10);
  }
  return settings;
}

async function measure(name, settings, jobs) {
  const connection = { host: '127.0.0.1', port: settings.port };
  const queue = new Queue(name, { connection });
  let completed = 0;
  let finished;
  const done = new Promise((resolve) => { finished = resolve; });
  const worker = new Worker(name, async () => {}, { connection, concurrency: settings.concurrency });
  worker.on('completed', () => {
    completed += 1;
    if (completed === jobs) {
      finished(process.hrtime.bigint());
    }
  });
  worker.on('failed', (job, error) => { throw error; });
  await queue.waitUntilReady();
  await worker.waitUntilReady();

  const started = process.hrtime.bigint();
  for (let first = 0; first < jobs; first += settings.batch) {
    const batch = [];
    for (let i = first; i < Math.min(first + settings.batch, jobs); i++) {
      batch.push({ name: 'clip', data: { owner: `owner-${i % settings.owners}` }, opts: { removeOnComplete: true, removeOnFail: true } });
    }
    await queue.addBulk(batch);
  }
  const ended = await done;

  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return Number(ended - started) / 1e9;
}

const settings = options(process.argv);
if (settings.warmup > 0) {
  await measure('bench-warmup', settings, settings.warmup);
}
console.log('ready');

let run = 0;
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== 'run') {
    continue;
  }
  run += 1;
  const cpu = process.cpuUsage();
  const seconds = await measure(`bench-${run}`, settings, settings.jobs);
  const used = process.cpuUsage(cpu);
  console.log(`run ${seconds} ${(used.user + used.system) / 1e6}`);
}
