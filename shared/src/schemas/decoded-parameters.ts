/**
 * Query parameters documented by what they mean, not by how they are spelt. The OpenAPI generator describes a codec
 * by its input side, a string, so a generated client would type `limit` as a string and accept any `type`. This
 * writes the codec's output side (an array of the vocabulary, an integer with its bounds, a boolean) into its
 * metadata as JSON Schema, which the generator then uses instead of the string; the server still parses strings.
 */
import { z } from 'zod'

/** `type=welfare_org,network`: one parameter, its items joined by commas (OpenAPI `style: form`, no explode). */
const COMMA_SEPARATED = { style: 'form', explode: false } as const

type AnyCodec = z.ZodCodec<z.core.$ZodType, z.core.$ZodType>

/**
 * WARNING: Swagger UI (the /api/docs page) cannot render a tuple (`prefixItems` with `items: false`, as zod writes
 * bbox and near): it shows "Could not render Parameters". A tuple is documented as an array of its one item
 * type with its length fixed; the bounds of each position stay in the description.
 */
function withoutTuple(schema: Record<string, unknown>): Record<string, unknown> {
  const { prefixItems, ...rest } = schema
  if (!Array.isArray(prefixItems)) return schema
  const first = prefixItems[0] as { type?: unknown } | undefined
  return { ...rest, items: { type: first?.type ?? 'number' } }
}

function documentDecoded<Codec extends AnyCodec>(codec: Codec): Codec {
  const { $schema: _dialect, ...jsonSchema } = z.toJSONSchema(codec.def.out, { io: 'output' })
  const decoded = withoutTuple(jsonSchema)
  return codec.meta({
    ...decoded,
    // The examples are written in the URL form ("housing,seniors"), which the decoded schema does not describe.
    example: undefined,
    ...(decoded.type === 'array' ? { param: COMMA_SEPARATED } : {}),
  })
}

function documentField(field: z.core.$ZodType): z.core.$ZodType {
  if (field instanceof z.ZodCodec) return documentDecoded(field)
  if (field instanceof z.ZodOptional && field.unwrap() instanceof z.ZodCodec) {
    const optional = documentDecoded(field.unwrap() as AnyCodec).optional()
    const ownMeta = z.globalRegistry.get(field)
    return ownMeta ? optional.meta(ownMeta) : optional
  }
  return field
}

/** The same query shape, with every codec field (optional or not) documented by its decoded type. */
export function withDecodedDocs<Shape extends z.ZodRawShape>(shape: Shape): Shape {
  return Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [key, documentField(field)]),
  ) as unknown as Shape
}
