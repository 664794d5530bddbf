// Go types as the gc compiler lays them out on 64-bit Linux (cmd/compile/internal/types/size.go).
import { InputError } from '../shared/errors';

/** A parsed Go type with its gc layout. */
export interface GoType {
  kind: 'basic' | 'string' | 'slice' | 'array' | 'pointer' | 'struct' | 'interface' | 'map' | 'chan' | 'func';
  /** Canonical text. */
  text: string;
  size: number;
  align: number;
  hasPointers: boolean;
  /** Map key and elem, array and slice elem, pointer target. */
  key?: GoType;
  elem?: GoType;
  /** Array length. */
  len?: number;
  /** Struct fields with their offsets. */
  fields?: { name: string; type: GoType; offset: number }[];
  /** Whether == is reflexive for every value (no floats or interfaces inside): the range-delete idiom becomes mapclear only then. */
  reflexive: boolean;
}

const basics: Record<string, [number, number, boolean]> = {
  bool: [1, 1, true],
  int8: [1, 1, true],
  uint8: [1, 1, true],
  byte: [1, 1, true],
  int16: [2, 2, true],
  uint16: [2, 2, true],
  int32: [4, 4, true],
  uint32: [4, 4, true],
  rune: [4, 4, true],
  int64: [8, 8, true],
  uint64: [8, 8, true],
  int: [8, 8, true],
  uint: [8, 8, true],
  uintptr: [8, 8, true],
  float32: [4, 4, false],
  float64: [8, 8, false],
  complex64: [8, 4, false],
  complex128: [16, 8, false],
};

function basic(name: string): GoType {
  const [size, align, reflexive] = basics[name];
  return { kind: 'basic', text: name, size, align, hasPointers: false, reflexive };
}

const alignUp = (n: number, a: number): number => Math.ceil(n / a) * a;

function word(kind: GoType['kind'], text: string, extra: Partial<GoType> = {}): GoType {
  return { kind, text, size: 8, align: 8, hasPointers: true, reflexive: true, ...extra };
}

/** Lays out a struct as gc does: fields at their alignment, a trailing zero-size field padded by one byte. */
export function structType(fields: { name: string; type: GoType }[]): GoType {
  let off = 0;
  let align = 1;
  const laid = fields.map((f) => {
    off = alignUp(off, f.type.align);
    const at = { name: f.name, type: f.type, offset: off };
    off += f.type.size;
    align = Math.max(align, f.type.align);
    return at;
  });
  // gc pads a struct ending in a zero-size field so &last cannot point past the object
  if (fields.length > 0 && fields[fields.length - 1].type.size === 0 && off > 0) off += 1;
  const size = alignUp(off, align);
  const text = `struct{${fields.map((f) => (f.name ? `${f.name} ${f.type.text}` : f.type.text)).join('; ')}}`;
  return {
    kind: 'struct',
    text,
    size,
    align,
    fields: laid,
    hasPointers: fields.some((f) => f.type.hasPointers),
    reflexive: fields.every((f) => f.type.reflexive),
  };
}

/** An array type [n]elem. */
export function arrayType(len: number, elem: GoType): GoType {
  return {
    kind: 'array',
    text: `[${len}]${elem.text}`,
    size: len * elem.size,
    align: elem.align,
    len,
    elem,
    hasPointers: len > 0 && elem.hasPointers,
    reflexive: elem.reflexive,
  };
}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  fail(what: string): never {
    const at = this.pos < this.src.length ? `at column ${this.pos + 1} ('${this.src.slice(this.pos, this.pos + 12)}')` : 'at the end';
    throw new InputError(`type '${this.src}': ${what} ${at}`);
  }

  ws(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos])) this.pos++;
  }

  eat(s: string): boolean {
    this.ws();
    if (this.src.startsWith(s, this.pos)) {
      this.pos += s.length;
      return true;
    }
    return false;
  }

  expect(s: string): void {
    if (!this.eat(s)) this.fail(`expected '${s}'`);
  }

  ident(): string | undefined {
    this.ws();
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.src.slice(this.pos));
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  atEnd(): boolean {
    this.ws();
    return this.pos >= this.src.length;
  }

  type(): GoType {
    this.ws();
    const start = this.pos;
    if (this.eat('*')) {
      const t = this.type();
      return word('pointer', `*${t.text}`, { elem: t });
    }
    if (this.eat('<-')) {
      this.expect('chan');
      const t = this.type();
      return word('chan', `<-chan ${t.text}`, { elem: t });
    }
    if (this.eat('[')) {
      if (this.eat(']')) {
        const e = this.type();
        return { kind: 'slice', text: `[]${e.text}`, size: 24, align: 8, hasPointers: true, elem: e, reflexive: true };
      }
      this.ws();
      const m = /^\d+/.exec(this.src.slice(this.pos));
      if (!m) this.fail('expected an array length');
      this.pos += m[0].length;
      this.expect(']');
      return arrayType(Number(m[0]), this.type());
    }
    const name = this.ident();
    if (name === undefined) this.fail('expected a type');
    switch (name) {
      case 'string':
        return { kind: 'string', text: 'string', size: 16, align: 8, hasPointers: true, reflexive: true };
      case 'map': {
        this.expect('[');
        const k = this.type();
        this.expect(']');
        const v = this.type();
        return word('map', `map[${k.text}]${v.text}`, { key: k, elem: v });
      }
      case 'chan': {
        const send = this.eat('<-');
        const t = this.type();
        return word('chan', `chan${send ? '<-' : ''} ${t.text}`, { elem: t });
      }
      case 'func':
        this.balanced('(', ')');
        this.funcResult();
        return word('func', this.src.slice(start, this.pos).trim());
      case 'interface':
        this.balanced('{', '}');
        return {
          kind: 'interface',
          text: this.src.slice(start, this.pos).replace(/\s+/g, ' ').trim(),
          size: 16,
          align: 8,
          hasPointers: true,
          reflexive: false,
        };
      case 'any':
      case 'error':
        return { kind: 'interface', text: name, size: 16, align: 8, hasPointers: true, reflexive: false };
      case 'struct':
        return this.struct();
      default:
        if (name in basics) return basic(name);
        this.pos = start;
        this.fail(`unknown type name '${name}' (only predeclared and literal types are supported)`);
    }
  }

  private funcResult(): void {
    this.ws();
    if (this.src[this.pos] === '(') {
      this.balanced('(', ')');
      return;
    }
    // a single unparenthesised result type, if one follows
    const save = this.pos;
    const c = this.src[this.pos];
    if (c === undefined || c === ']' || c === ';' || c === '}' || c === ',' || c === ')') return;
    try {
      this.type();
    } catch {
      this.pos = save;
    }
  }

  private balanced(open: string, close: string): void {
    this.expect(open);
    let depth = 1;
    while (this.pos < this.src.length && depth > 0) {
      const c = this.src[this.pos++];
      if (c === open) depth++;
      else if (c === close) depth--;
    }
    if (depth > 0) this.fail(`unbalanced '${open}'`);
  }

  private struct(): GoType {
    this.expect('{');
    const fields: { name: string; type: GoType }[] = [];
    while (!this.eat('}')) {
      if (this.atEnd()) this.fail("expected '}'");
      const save = this.pos;
      const names: string[] = [];
      const first = this.ident();
      // "a, b T" / "a T" / an embedded "T" or "*T"
      if (first !== undefined) {
        names.push(first);
        while (this.eat(',')) {
          const n = this.ident();
          if (n === undefined) this.fail('expected a field name');
          names.push(n);
        }
        this.ws();
        const next = this.src[this.pos];
        if (names.length === 1 && (next === ';' || next === '}' || next === '"' || next === '`')) {
          this.pos = save; // embedded field
          names.length = 0;
        }
      } else {
        this.pos = save;
      }
      const t = this.type();
      if (names.length === 0) fields.push({ name: '', type: t });
      for (const n of names) fields.push({ name: n, type: t });
      this.ws();
      if (this.src[this.pos] === '"' || this.src[this.pos] === '`') this.tag();
      if (!this.eat(';')) {
        this.ws();
        if (this.src[this.pos] !== '}') this.fail("expected ';' or '}' after a field");
      }
    }
    return structType(fields);
  }

  private tag(): void {
    const q = this.src[this.pos++];
    while (this.pos < this.src.length && this.src[this.pos] !== q) this.pos += this.src[this.pos] === '\\' ? 2 : 1;
    if (this.pos >= this.src.length) this.fail('unterminated struct tag');
    this.pos++;
  }
}

/** Parses a Go type expression (e.g. `map[struct{a int8; b int64}][]byte`); throws InputError naming the problem and where. */
export function parseGoType(text: string): GoType {
  const p = new Parser(text.trim());
  if (p.atEnd()) throw new InputError('empty type');
  const t = p.type();
  if (!p.atEnd()) p.fail('unexpected text after the type');
  return t;
}

/** Parses a map type; throws InputError if it is not one or a key type is not comparable. */
export function parseMapType(text: string): GoType & { key: GoType; elem: GoType } {
  const t = parseGoType(text);
  if (t.kind !== 'map' || !t.key || !t.elem) throw new InputError(`type '${text.trim()}' is not a map type (write it like map[string]int)`);
  const bad = incomparable(t.key);
  if (bad) throw new InputError(`type '${text.trim()}': invalid map key type ${t.key.text} (${bad} is not comparable)`);
  return t as GoType & { key: GoType; elem: GoType };
}

function incomparable(t: GoType): string | undefined {
  if (t.kind === 'slice' || t.kind === 'map' || t.kind === 'func') return t.text;
  if (t.kind === 'array' && t.elem) return incomparable(t.elem);
  if (t.kind === 'struct')
    for (const f of t.fields ?? []) {
      const b = incomparable(f.type);
      if (b) return b;
    }
  return undefined;
}
