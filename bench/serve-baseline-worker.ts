/**
 * The serving bench's baseline, run in its own worker thread: the same model behind a bare
 * `node:http` server that parses the JSON body, runs the model's feature pipeline on the rows
 * (predictRecords: pipeline transform + one model.predict per request, no batching across
 * requests, no logging) and answers the same JSON shape as our TF-Serving-style route.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { loadModel } from '../src/main/engine/ml/artifacts/model-files.js';
import { predictRecords } from '../src/main/engine/ml/predict.js';
import { loadTf } from '../src/main/engine/ml/tf-loader.js';
import type { BackendId } from '../src/shared/backend.js';
import { FeaturePipeline } from '../src/shared/data.js';

const { artifactDir, backend, name, version } = workerData as {
  artifactDir: string;
  backend: BackendId;
  name: string;
  version: number;
};
const tf = await loadTf(backend);
const model = await loadModel(tf, artifactDir);
const pipeline = FeaturePipeline.parse(JSON.parse(readFileSync(join(artifactDir, 'pipeline.json'), 'utf8')));
const labels = JSON.parse(readFileSync(join(artifactDir, 'labels.json'), 'utf8')) as string[];

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        instances: Record<string, unknown>[];
      };
      const { values, width } = predictRecords(tf, model, pipeline, body.instances);
      const predictions = body.instances.map((_, i) => {
        let best = 0;
        const probabilities: Record<string, number> = {};
        for (let k = 0; k < width; k++) {
          const p = values[i * width + k] as number;
          probabilities[labels[k] ?? String(k)] = p;
          if (p > (values[i * width + best] as number)) best = k;
        }
        return {
          prediction_id: randomUUID(),
          model_name: name,
          model_version: version,
          prediction: labels[best] ?? best,
          probabilities,
        };
      });
      const out = JSON.stringify({ predictions });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) });
      res.end(out);
    } catch (err) {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: (err as Error).message }));
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const addr = server.address();
  parentPort?.postMessage({ port: typeof addr === 'object' && addr ? addr.port : 0 });
});
parentPort?.on('message', (m: unknown) => {
  if (m === 'stop') server.close(() => parentPort?.close());
});
