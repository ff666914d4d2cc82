/**
 * JSON schemas of the request bodies and responses (compiled once by Fastify: ajv for requests,
 * fast-json-stringify for responses). The OpenAPI document is built from the same objects.
 */

export const errorSchema = {
  type: 'object',
  properties: { error: { type: 'string' } },
  required: ['error'],
} as const;

const featureValue = {
  description: 'A raw feature value: number, string or boolean; null (or absent) = missing.',
} as const;

export const v1PredictBody = {
  type: 'object',
  description:
    'Row format (`instances`: one object per row, feature → value) or columnar format (`inputs`: feature → list of values, one per row). Give exactly one.',
  properties: {
    instances: {
      type: 'array',
      items: { type: 'object', additionalProperties: featureValue },
    },
    inputs: {
      type: 'object',
      additionalProperties: { type: 'array', items: featureValue },
    },
    signature_name: { type: 'string', description: 'Accepted and ignored (TF-Serving compatibility).' },
  },
  additionalProperties: false,
} as const;

export const predictionSchema = {
  type: 'object',
  properties: {
    prediction_id: { type: 'string', description: 'Send it back with the true label to /feedback.' },
    model_name: { type: 'string' },
    model_version: { type: 'integer' },
    prediction: { type: ['string', 'number'], description: 'Predicted class or value.' },
    probabilities: {
      type: 'object',
      description: 'Class → probability (classification only).',
      additionalProperties: { type: 'number' },
    },
  },
  required: ['prediction_id', 'model_name', 'model_version', 'prediction'],
} as const;

export const v1PredictResponse = {
  type: 'object',
  properties: { predictions: { type: 'array', items: predictionSchema } },
  required: ['predictions'],
} as const;

const inputSchemaItem = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    type: { type: 'string' },
    datatype: { type: 'string' },
    categories: { type: 'array', items: { type: 'string' } },
    nullable: { type: 'boolean' },
  },
  required: ['name', 'type', 'datatype', 'nullable'],
} as const;

export const v1StatusResponse = {
  type: 'object',
  properties: {
    model_version_status: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          version: { type: 'string' },
          state: { type: 'string' },
          status: {
            type: 'object',
            properties: { error_code: { type: 'string' }, error_message: { type: 'string' } },
          },
        },
      },
    },
    name: { type: 'string' },
    version: { type: 'integer' },
    stage: { type: 'string' },
    task: { type: 'string' },
    target: { type: 'string' },
    labels: { type: ['array', 'null'], items: { type: 'string' } },
    inputs: { type: 'array', items: inputSchemaItem },
  },
  required: ['model_version_status', 'name', 'version', 'stage', 'task', 'inputs'],
} as const;

const feedbackItem = {
  type: 'object',
  properties: {
    prediction_id: { type: 'string', minLength: 1 },
    label: {
      type: ['string', 'number'],
      description: 'The true class (classification) or value (regression).',
    },
  },
  required: ['prediction_id', 'label'],
  additionalProperties: false,
} as const;

export const feedbackBody = {
  type: 'object',
  description: 'One `{prediction_id, label}`, or a batch as `{feedback: [{prediction_id, label}, ...]}`.',
  properties: {
    prediction_id: feedbackItem.properties.prediction_id,
    label: feedbackItem.properties.label,
    feedback: { type: 'array', items: feedbackItem },
  },
  additionalProperties: false,
} as const;

export const feedbackResponse = {
  type: 'object',
  properties: { recorded: { type: 'integer' } },
  required: ['recorded'],
} as const;

const parameters = {
  type: 'object',
  description: 'Protocol parameters (values are strings, numbers or booleans).',
  additionalProperties: true,
} as const;

export const v2TensorMetadata = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    datatype: { type: 'string' },
    shape: { type: 'array', items: { type: 'integer' } },
    parameters,
  },
  required: ['name', 'datatype', 'shape'],
} as const;

export const v2InferBody = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    parameters,
    inputs: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: {
          name: { type: 'string', minLength: 1 },
          shape: { type: 'array', items: { type: 'integer', minimum: 0 } },
          datatype: { type: 'string' },
          data: { type: 'array', description: 'Row-major values, flat or nested.' },
          parameters,
        },
        required: ['name', 'shape', 'datatype', 'data'],
      },
    },
    outputs: {
      type: 'array',
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, parameters },
        required: ['name'],
      },
    },
  },
  required: ['inputs'],
} as const;

export const v2InferResponse = {
  type: 'object',
  properties: {
    model_name: { type: 'string' },
    model_version: { type: 'string' },
    id: { type: 'string' },
    outputs: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          shape: { type: 'array', items: { type: 'integer' } },
          datatype: { type: 'string' },
          parameters,
          data: { type: 'array', items: { type: ['string', 'number'] } },
        },
        required: ['name', 'shape', 'datatype', 'data'],
      },
    },
  },
  required: ['model_name', 'outputs'],
} as const;

export const v2ModelMetadata = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    versions: { type: 'array', items: { type: 'string' } },
    platform: { type: 'string' },
    inputs: { type: 'array', items: v2TensorMetadata },
    outputs: { type: 'array', items: v2TensorMetadata },
  },
  required: ['name', 'platform', 'inputs', 'outputs'],
} as const;

export const v2ServerMetadata = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    version: { type: 'string' },
    extensions: { type: 'array', items: { type: 'string' } },
  },
  required: ['name', 'version', 'extensions'],
} as const;

export const v2Live = {
  type: 'object',
  properties: { live: { type: 'boolean' } },
  required: ['live'],
} as const;
export const v2Ready = {
  type: 'object',
  properties: { ready: { type: 'boolean' } },
  required: ['ready'],
} as const;
export const v2ModelReady = {
  type: 'object',
  properties: { name: { type: 'string' }, ready: { type: 'boolean' } },
  required: ['name', 'ready'],
} as const;
