/**
 * The binary tensor data extension of the V2 protocol (what tritonclient sends by default): the
 * body is the JSON request (its length in the Inference-Header-Content-Length header) followed by
 * each binary input's bytes (little-endian, row-major; BYTES elements as a 4-byte length + UTF-8),
 * in input order, sized by the input's `binary_data_size` parameter. Decoded here into ordinary
 * JSON `data` so the usual checks apply. Outputs are always answered as JSON, which Triton
 * clients read as well.
 */
import { badRequest } from './http-error.js';
import { parseJsonBody } from './json-body.js';

export const INFERENCE_HEADER = 'inference-header-content-length';

const WIDTH: Record<string, number> = {
  BOOL: 1,
  INT8: 1,
  UINT8: 1,
  INT16: 2,
  UINT16: 2,
  INT32: 4,
  UINT32: 4,
  INT64: 8,
  UINT64: 8,
  FP32: 4,
  FP64: 8,
};

function decode(datatype: string, bytes: Buffer, name: string): unknown[] {
  if (datatype === 'BYTES') {
    const out: string[] = [];
    let at = 0;
    while (at < bytes.length) {
      if (at + 4 > bytes.length)
        throw badRequest(`input "${name}": binary BYTES data ends inside an element length`);
      const len = bytes.readUInt32LE(at);
      at += 4;
      if (at + len > bytes.length)
        throw badRequest(`input "${name}": binary BYTES element longer than its data`);
      out.push(bytes.toString('utf8', at, at + len));
      at += len;
    }
    return out;
  }
  const width = WIDTH[datatype];
  if (width === undefined)
    throw badRequest(
      `input "${name}": binary data of datatype ${datatype} is not supported; send it as JSON data`,
    );
  if (bytes.length % width !== 0)
    throw badRequest(`input "${name}": ${bytes.length} bytes is not a whole number of ${datatype} elements`);
  const n = bytes.length / width;
  const out = new Array<unknown>(n);
  for (let i = 0; i < n; i++) {
    const o = i * width;
    switch (datatype) {
      case 'BOOL':
        out[i] = bytes[o] !== 0;
        break;
      case 'INT8':
        out[i] = bytes.readInt8(o);
        break;
      case 'UINT8':
        out[i] = bytes[o];
        break;
      case 'INT16':
        out[i] = bytes.readInt16LE(o);
        break;
      case 'UINT16':
        out[i] = bytes.readUInt16LE(o);
        break;
      case 'INT32':
        out[i] = bytes.readInt32LE(o);
        break;
      case 'UINT32':
        out[i] = bytes.readUInt32LE(o);
        break;
      case 'INT64':
        out[i] = Number(bytes.readBigInt64LE(o));
        break;
      case 'UINT64':
        out[i] = Number(bytes.readBigUInt64LE(o));
        break;
      case 'FP32':
        out[i] = bytes.readFloatLE(o);
        break;
      default:
        out[i] = bytes.readDoubleLE(o);
    }
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The JSON request with every binary input's `data` filled in. */
/** The JSON part's length from the Inference-Header-Content-Length header (400 when unreadable). */
export function inferenceHeaderLength(headerValue: string | string[] | undefined): number {
  const raw = Array.isArray(headerValue) ? headerValue[0] : headerValue;
  if (raw === undefined || !/^\d{1,12}$/.test(raw.trim()))
    throw badRequest(`the ${INFERENCE_HEADER} header must give the length of the JSON part in bytes`);
  return Number(raw.trim());
}

export function parseBinaryInfer(body: Buffer, headerValue: string | string[] | undefined): unknown {
  const jsonLength = inferenceHeaderLength(headerValue);
  if (jsonLength > body.length)
    throw badRequest(`${INFERENCE_HEADER} is ${jsonLength} but the body has only ${body.length} bytes`);
  const request = parseJsonBody(body.toString('utf8', 0, jsonLength));
  let at = jsonLength;
  const inputs = isRecord(request) ? request.inputs : undefined;
  if (Array.isArray(inputs))
    for (const input of inputs) {
      if (!isRecord(input) || !isRecord(input.parameters)) continue;
      const size = input.parameters.binary_data_size;
      if (size === undefined) continue;
      const name = typeof input.name === 'string' ? input.name : '?';
      if (typeof size !== 'number' || !Number.isInteger(size) || size < 0)
        throw badRequest(`input "${name}": binary_data_size must be a whole number of bytes`);
      if (input.data !== undefined)
        throw badRequest(`input "${name}" has both binary_data_size and JSON data`);
      if (at + size > body.length)
        throw badRequest(`input "${name}": binary_data_size ${size} runs past the end of the body`);
      input.data = decode(
        typeof input.datatype === 'string' ? input.datatype : '',
        body.subarray(at, at + size),
        name,
      );
      at += size;
    }
  if (at !== body.length)
    throw badRequest(`the body has ${body.length - at} bytes after the binary inputs that no input claims`);
  return request;
}
