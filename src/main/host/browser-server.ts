import { createWriteStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { PickedFile, WsAnswer } from '../../shared/bridge.js';
import { HTTP_API } from '../../shared/bridge.js';
import { contentSecurityPolicy } from '../../shared/csp.js';
import type { Result } from '../../shared/errors.js';
import type { Engine } from '../engine/index.js';
import { newId } from '../engine/util/ids.js';
import { STATUS_BY_KIND } from './http-status.js';

export interface BrowserHostArgs {
  engine: Engine;
  /** 127.0.0.1 unless the user opts in to another interface. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The built renderer (out/renderer). */
  rendererDir: string;
}

export interface BrowserHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

function fail(reply: FastifyReply, kind: keyof typeof STATUS_BY_KIND, message: string): FastifyReply {
  const body: Result<never> = { ok: false, error: { kind, message } };
  return reply.code(STATUS_BY_KIND[kind]).send(body);
}

function hostnameOf(hostHeader: string | undefined): string {
  if (!hostHeader) return '';
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1);
  return hostHeader.split(':')[0] ?? '';
}

function safeFileName(name: string): string {
  const cleaned = basename(name)
    .replace(/[^\w.\- ]+/g, '_')
    .slice(0, 120);
  return cleaned || 'upload';
}

/**
 * Browser mode: the engine's contract over HTTP (POST /api/commands/:name) and WebSocket
 * (/api/events: events out, commands in), plus the built renderer, on 127.0.0.1 by default.
 * Requests addressed to another host name (DNS rebinding) or from another origin are refused.
 */
export async function startBrowserHost(args: BrowserHostArgs): Promise<BrowserHost> {
  const host = args.host ?? '127.0.0.1';
  const loopbackOnly = LOOPBACK.has(host);
  const app: FastifyInstance = Fastify({ logger: false, bodyLimit: 8 * 1024 * 1024 });
  await app.register(fastifyWebsocket, { options: { maxPayload: 8 * 1024 * 1024 } });

  app.addHook('onRequest', async (req, reply) => {
    if (loopbackOnly && !LOOPBACK.has(hostnameOf(req.headers.host))) {
      return fail(
        reply,
        'invalid_input',
        `Refused: requests must be addressed to 127.0.0.1 or localhost, not ${req.headers.host ?? '(none)'}.`,
      );
    }
    const origin = req.headers.origin;
    if (origin && origin !== 'null') {
      let ok = false;
      try {
        ok = new URL(origin).host === req.headers.host;
      } catch {
        ok = false;
      }
      if (!ok) return fail(reply, 'invalid_input', `Refused: cross-origin request from ${origin}.`);
    }
    reply.header('Content-Security-Policy', contentSecurityPolicy());
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    return undefined;
  });

  app.setErrorHandler((err: { statusCode?: number; message: string }, _req, reply) => {
    const status = err.statusCode ?? 500;
    if (status === 413) return fail(reply, 'invalid_input', 'The request body is too large (limit 8 MB).');
    if (status >= 400 && status < 500) return fail(reply, 'invalid_input', `Bad request: ${err.message}`);
    return fail(reply, 'internal', err.message);
  });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/'))
      return fail(reply, 'not_found', `No API route ${req.method} ${req.url}.`);
    return reply.code(404).type('text/plain').send('Not found');
  });

  // Uploads stream to disk; the body is not parsed.
  app.addContentTypeParser('application/octet-stream', (_req, _payload, done) => done(null));

  app.post<{ Params: { name: string } }>('/api/commands/:name', async (req, reply) => {
    const result = await args.engine.invoke(req.params.name, req.body ?? {});
    return reply.code(result.ok ? 200 : STATUS_BY_KIND[result.error.kind]).send(result);
  });

  app.post<{ Querystring: { name?: string } }>(
    HTTP_API.upload,
    { bodyLimit: Number.MAX_SAFE_INTEGER },
    async (req: FastifyRequest<{ Querystring: { name?: string } }>, reply) => {
      if (req.headers['content-type'] !== 'application/octet-stream') {
        return fail(
          reply,
          'invalid_input',
          'Upload with Content-Type: application/octet-stream and ?name=FILE_NAME.',
        );
      }
      const name = safeFileName(req.query.name ?? 'upload');
      const path = join(args.engine.paths.uploadsDir, `${newId('up')}-${name}`);
      await pipeline(req.raw, createWriteStream(path));
      const picked: PickedFile = { path, name, size: (await stat(path)).size };
      return reply.send({ ok: true, value: picked } satisfies Result<PickedFile>);
    },
  );

  app.get(HTTP_API.events, { websocket: true }, (socket) => {
    const unsubscribe = args.engine.subscribe((event) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(event));
    });
    socket.on('close', unsubscribe);
    socket.on('message', async (raw: Buffer) => {
      let id: WsAnswer['id'] = null;
      let answer: WsAnswer;
      try {
        const msg = JSON.parse(raw.toString('utf8')) as { id?: unknown; command?: unknown; input?: unknown };
        if (typeof msg !== 'object' || msg === null) throw new Error('expected an object');
        id = typeof msg.id === 'string' || typeof msg.id === 'number' ? msg.id : null;
        answer = { type: 'answer', id, result: await args.engine.invoke(msg.command, msg.input) };
      } catch (err) {
        answer = {
          type: 'answer',
          id,
          result: {
            ok: false,
            error: {
              kind: 'invalid_input',
              message: `Malformed message: ${(err as Error).message}. Send {"id", "command", "input"} as JSON.`,
            },
          },
        };
      }
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(answer));
    });
  });

  if (existsSync(join(args.rendererDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: args.rendererDir, index: 'index.html', wildcard: false });
  } else {
    app.get('/', (_req, reply) =>
      reply
        .code(503)
        .type('text/plain')
        .send('The UI is not built. Run `npm run build` (npm start does it for you).'),
    );
  }

  const address = await app.listen({ host, port: args.port ?? 0 });
  const port = Number(new URL(address).port);
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost.includes(':') && !shownHost.startsWith('[') ? `[${shownHost}]` : shownHost}:${port}/`,
    port,
    close: () => app.close(),
  };
}
