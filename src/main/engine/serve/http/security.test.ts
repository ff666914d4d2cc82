import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, errorOf, type ServeFixture, serveFixture } from './test-support/fixture.js';
import { type RunningApp, startApp } from './test-support/start-app.js';

let fx: ServeFixture;
const running: RunningApp[] = [];
const TOKEN = 's3cret-token-123';
const row = { sepal_length: 5.1, sepal_width: 3.5, petal_length: 1.4, petal_width: 0.2 };

beforeAll(async () => {
  fx = await serveFixture();
}, 120_000);
afterAll(async () => {
  for (const r of running) await r.close();
});

async function start(options: Parameters<typeof startApp>[1] = {}): Promise<RunningApp> {
  const r = await startApp(fx.resolver, options);
  running.push(r);
  return r;
}

describe('bearer-token auth', () => {
  let s: RunningApp;
  beforeAll(async () => {
    s = await start({ token: TOKEN });
  });

  it('refuses a missing or wrong token with 401 and WWW-Authenticate on every route but health', async () => {
    const before = s.log.requests.length;
    const routes: [string, string, unknown][] = [
      ['GET', '/v2', undefined],
      ['GET', '/v2/models/iris', undefined],
      ['GET', '/v2/models/iris/ready', undefined],
      ['POST', '/v2/models/iris/infer', { inputs: [] }],
      ['POST', '/v1/models/iris:predict', { instances: [row] }],
      ['GET', '/v1/models/iris', undefined],
      ['POST', '/v1/models/iris/feedback', { prediction_id: 'x', label: 'y' }],
      ['GET', '/metrics', undefined],
      ['GET', '/openapi.json', undefined],
    ];
    for (const [method, path, body] of routes) {
      for (const auth of [undefined, 'Bearer wrong-token-123', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`, TOKEN]) {
        const a = await call(s.url, method, path, body, auth ? { authorization: auth } : {});
        expect(a.status, `${method} ${path} with ${auth}`).toBe(401);
        expect(a.headers.get('www-authenticate')).toBe('Bearer realm="ai-factory"');
        expect(errorOf(a)).toContain('Authorization: Bearer <token>');
      }
    }
    expect(s.log.requests.length).toBe(before);
  });

  it('accepts the right token (any case of "Bearer") and leaves the health checks open', async () => {
    const ok = await call(
      s.url,
      'POST',
      '/v1/models/iris:predict',
      { instances: [row] },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(ok.status).toBe(200);
    const lower = await call(s.url, 'GET', '/v2', undefined, { authorization: `bearer ${TOKEN}` });
    expect(lower.status).toBe(200);
    expect((await call(s.url, 'GET', '/v2/health/live')).status).toBe(200);
    expect((await call(s.url, 'GET', '/v2/health/ready')).status).not.toBe(401);
  });
});

describe('CORS', () => {
  it('is off by default: no CORS headers, preflight not answered', async () => {
    const s = await start();
    const a = await call(s.url, 'GET', '/v2', undefined, { origin: 'http://app.local' });
    expect(a.status).toBe(200);
    expect(a.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await fetch(`${s.url}/v1/models/iris:predict`, {
      method: 'OPTIONS',
      headers: { origin: 'http://app.local', 'access-control-request-method': 'POST' },
    });
    expect(pre.status).toBe(404);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows only the configured origins, preflight included, with auth on', async () => {
    const s = await start({ corsOrigins: ['http://app.local'], token: TOKEN });
    const pre = await fetch(`${s.url}/v1/models/iris:predict`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://app.local',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://app.local');
    expect(pre.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    const a = await call(
      s.url,
      'POST',
      '/v1/models/iris:predict',
      { instances: [row] },
      {
        origin: 'http://app.local',
        authorization: `Bearer ${TOKEN}`,
      },
    );
    expect(a.status).toBe(200);
    expect(a.headers.get('access-control-allow-origin')).toBe('http://app.local');
    const other = await call(s.url, 'GET', '/v2', undefined, {
      origin: 'http://evil.local',
      authorization: `Bearer ${TOKEN}`,
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

/** Send the headers of a POST, then trickle its body a byte at a time; resolves when the server closes. */
function slowLoris(
  port: number,
  everyMs: number,
  maxBytes: number,
): Promise<{ closedAfterBytes: number; answer: string }> {
  return new Promise((resolve) => {
    const sock: Socket = connect(port, '127.0.0.1');
    let sent = 0;
    let answer = '';
    let timer: NodeJS.Timeout | undefined;
    sock.on('connect', () => {
      sock.write(
        `POST /v1/models/iris:predict HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${maxBytes + 10}\r\n\r\n`,
      );
      timer = setInterval(() => {
        if (sent >= maxBytes || sock.destroyed) return;
        sock.write(' ');
        sent += 1;
      }, everyMs);
    });
    sock.on('data', (d) => {
      answer += d.toString();
    });
    const done = () => {
      clearInterval(timer);
      resolve({ closedAfterBytes: sent, answer });
    };
    sock.on('close', done);
    sock.on('error', () => {});
  });
}

describe('slow clients', () => {
  it('a client trickling its body is cut off after the request timeout while others are served', async () => {
    const s = await start({ requestTimeoutMs: 400 });
    // 25 ms per byte for up to 400 bytes would take 10 s.
    const loris = slowLoris(s.port, 25, 400);
    const others = [];
    for (let i = 0; i < 5; i++)
      others.push(await call(s.url, 'POST', '/v1/models/iris:predict', { instances: [row] }));
    expect(others.map((o) => o.status)).toEqual([200, 200, 200, 200, 200]);
    const r = await loris;
    expect(r.closedAfterBytes).toBeLessThan(400);
    expect(r.answer).toMatch(/^HTTP\/1\.1 408/);
    const after = await call(s.url, 'POST', '/v1/models/iris:predict', { instances: [row] });
    expect(after.status).toBe(200);
  }, 20_000);

  it('a prediction that takes longer than the request timeout still gets its answer', async () => {
    const s = await start({ requestTimeoutMs: 200 });
    fx.models.iris1.delayMs = 900;
    try {
      const a = await call(s.url, 'POST', '/v1/models/iris:predict', { instances: [row] });
      expect(a.status).toBe(200);
      expect((a.body as { predictions: { prediction: string }[] }).predictions[0]?.prediction).toBe(
        'Iris-setosa',
      );
    } finally {
      fx.models.iris1.delayMs = 0;
    }
  }, 20_000);

  it('a client that connects and sends nothing is cut off', async () => {
    const s = await start({ requestTimeoutMs: 300 });
    const t0 = Date.now();
    const outcome = await new Promise<string>((resolve) => {
      const sock = connect(s.port, '127.0.0.1');
      const guard = setTimeout(() => {
        sock.destroy();
        resolve('still open after 10 s');
      }, 10_000);
      sock.on('close', () => {
        clearTimeout(guard);
        resolve('closed');
      });
      sock.on('error', () => {});
    });
    expect(outcome).toBe('closed');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
  }, 20_000);

  it('a client that never finishes its headers is cut off too', async () => {
    const s = await start({ requestTimeoutMs: 300 });
    const closed = await new Promise<string>((resolve) => {
      const sock = connect(s.port, '127.0.0.1');
      let answer = '';
      let timer: NodeJS.Timeout | undefined;
      let n = 0;
      sock.on('connect', () => {
        sock.write('GET /v2 HTTP/1.1\r\nHost: x\r\n');
        timer = setInterval(() => {
          if (n++ < 400 && !sock.destroyed) sock.write(`X-${n}: y\r\n`);
        }, 25);
      });
      sock.on('data', (d) => {
        answer += d.toString();
      });
      sock.on('close', () => {
        clearInterval(timer);
        resolve(`${n < 400 ? 'early' : 'late'} ${answer.split('\r\n')[0] ?? ''}`);
      });
      sock.on('error', () => {});
    });
    expect(closed).toMatch(/^early( HTTP\/1\.1 408.*)?/);
  }, 20_000);
});

describe('/metrics and /openapi.json', () => {
  it('counts requests and latencies per model, version, route and code, and the observer sees them', async () => {
    const s = await start();
    await call(s.url, 'POST', '/v1/models/iris:predict', { instances: [row, row] });
    await call(s.url, 'POST', '/v1/models/iris:predict', { instances: [row] });
    await call(s.url, 'POST', '/v1/models/iris:predict', { instances: [{ ...row, x: 1 }] });
    await call(s.url, 'POST', '/v2/models/iris/versions/2/infer', {
      inputs: Object.entries(row).map(([name, v]) => ({ name, shape: [1], datatype: 'FP64', data: [v] })),
    });
    await call(s.url, 'GET', '/nowhere');
    const m = await call(s.url, 'GET', '/metrics');
    expect(m.status).toBe(200);
    expect(m.headers.get('content-type')).toContain('text/plain');
    expect(m.text).toContain(
      'aif_inference_requests_total{model="iris",version="1",route="/v1/models/:target",code="200"} 2',
    );
    expect(m.text).toContain(
      'aif_inference_requests_total{model="iris",version="1",route="/v1/models/:target",code="400"} 1',
    );
    expect(m.text).toContain(
      'aif_inference_requests_total{model="iris",version="2",route="/v2/models/:name/versions/:version/infer",code="200"} 1',
    );
    expect(m.text).toContain(
      'aif_inference_requests_total{model="",version="",route="unmatched",code="404"} 1',
    );
    expect(m.text).toContain(
      'aif_inference_request_duration_seconds_count{model="iris",version="1",route="/v1/models/:target"} 3',
    );
    expect(s.observed.slice(0, 5).map((o) => [o.model, o.version, o.status, o.rows])).toEqual([
      ['iris', 1, 200, 2],
      ['iris', 1, 200, 1],
      ['iris', 1, 400, 0],
      ['iris', 2, 200, 1],
      [null, null, 404, 0],
    ]);
    for (const o of s.observed) expect(o.latencyMs).toBeGreaterThan(0);
  });

  it('/openapi.json is an OpenAPI 3.1 document listing every route, with resolvable schemas', async () => {
    const s = await start({ token: TOKEN });
    const a = await call(s.url, 'GET', '/openapi.json', undefined, { authorization: `Bearer ${TOKEN}` });
    expect(a.status).toBe(200);
    const doc = a.body as {
      openapi: string;
      info: { version: string };
      paths: Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown[] }>>;
      components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
      security: unknown[];
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe('9.9.9-test');
    const METHODS = ['get', 'post', 'put', 'delete', 'patch', 'options', 'head'];
    const ops = Object.entries(doc.paths).flatMap(([p, o]) =>
      Object.keys(o)
        .filter((m) => METHODS.includes(m))
        .map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(ops.sort()).toEqual(
      [
        'GET /v2',
        'GET /v2/health/live',
        'GET /v2/health/ready',
        'GET /v2/models/{name}',
        'GET /v2/models/{name}/versions/{version}',
        'GET /v2/models/{name}/ready',
        'GET /v2/models/{name}/versions/{version}/ready',
        'POST /v2/models/{name}/infer',
        'POST /v2/models/{name}/versions/{version}/infer',
        'POST /v1/models/{name}:predict',
        'POST /v1/models/{name}/versions/{version}:predict',
        'GET /v1/models/{name}',
        'GET /v1/models/{name}/versions/{version}',
        'POST /v1/models/{name}/feedback',
        'POST /v1/models/{name}/versions/{version}/feedback',
        'GET /metrics',
        'GET /openapi.json',
      ].sort(),
    );
    // Every $ref resolves; every operation has a 2xx response; health needs no token.
    const refs = [...a.text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(
      (x) => x[1] as string,
    );
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) expect(doc.components.schemas[r], r).toBeDefined();
    for (const [p, o] of Object.entries(doc.paths))
      for (const [m, op] of Object.entries(o))
        if (METHODS.includes(m))
          expect(
            Object.keys(op.responses).some((c) => c.startsWith('2')),
            p,
          ).toBe(true);
    expect(doc.paths['/v2/health/live']?.get?.security).toEqual([]);
    expect(doc.security).toEqual([{ bearer: [] }]);
    // Every templated path declares its path parameters.
    for (const [p, o] of Object.entries(doc.paths)) {
      const names = [...p.matchAll(/\{(\w+)\}/g)].map((x) => x[1]);
      const declared = (
        (o as { parameters?: { name: string; in: string; required: boolean }[] }).parameters ?? []
      )
        .filter((x) => x.in === 'path' && x.required)
        .map((x) => x.name);
      expect(declared, p).toEqual(names);
    }
    // Every component schema compiles (the request ones are those the routes validate with).
    const { default: Ajv } = await import('ajv');
    const ajv = new Ajv({ strict: false });
    for (const [name, schema] of Object.entries(doc.components.schemas))
      expect(() => ajv.compile(schema as object), name).not.toThrow();
    const validate = ajv.compile(doc.components.schemas.V2InferRequest as object);
    expect(validate({ inputs: [{ name: 'a', shape: [1], datatype: 'FP32', data: [1] }] })).toBe(true);
    expect(validate({ inputs: 'x' })).toBe(false);
  });
});
