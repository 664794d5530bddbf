// A tiny protobuf writer for hand-built test profiles (good and deliberately broken).

/** A varint; negative numbers as 10-byte two's complement, as int64 fields are written. */
export function varint(value: number | bigint): number[] {
  let v = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v !== 0n) b |= 0x80;
    out.push(b);
  } while (v !== 0n);
  return out;
}

/** A varint field. */
export function num(field: number, value: number | bigint): number[] {
  return [...varint(field * 8), ...varint(value)];
}

/** A length-delimited field (a message, a string or a packed array). */
export function len(field: number, payload: number[]): number[] {
  return [...varint(field * 8 + 2), ...varint(payload.length), ...payload];
}

/** A string field. */
export function str(field: number, text: string): number[] {
  return len(field, [...Buffer.from(text, 'utf8')]);
}

/** A packed repeated varint field. */
export function packed(field: number, values: (number | bigint)[]): number[] {
  return len(
    field,
    values.flatMap((v) => varint(v)),
  );
}

/** Concatenates fields into a message. */
export function message(...fields: number[][]): Uint8Array {
  return Uint8Array.from(fields.flat());
}

/**
 * The fields of a small valid heap profile: one sample type (alloc_space/bytes), function 1
 * main.f in f.go, location 1 at line 10, one sample of `value` at location 1. Strings:
 * 0 "", 1 alloc_space, 2 bytes, 3 main.f, 4 f.go.
 */
export function smallProfile(opts: { value?: number; locationId?: number; functionId?: number; functionName?: number } = {}): number[][] {
  return [
    len(1, [...num(1, 1), ...num(2, 2)]),
    len(2, [...packed(1, [opts.locationId ?? 1]), ...packed(2, [opts.value ?? 5])]),
    len(4, [...num(1, 1), ...len(4, [...num(1, opts.functionId ?? 1), ...num(2, 10)])]),
    len(5, [...num(1, 1), ...num(2, opts.functionName ?? 3), ...num(4, 4)]),
    str(6, ''),
    str(6, 'alloc_space'),
    str(6, 'bytes'),
    str(6, 'main.f'),
    str(6, 'f.go'),
  ];
}
