// Integer constant expressions, as go/types evaluates them for array lengths (`[chunkSize]byte`
// is printed `[4096]byte`): literals, iota, named constants of any package, operators and
// conversions. Anything else is undefined, never a guess. A layer between Scope and TypeExprs.
import type { Node } from 'web-tree-sitter';
import { Scope } from './scope';

/** Parses a Go integer literal (0x, 0o, 0b, legacy octal, `_` separators). */
export function intLiteral(text: string): bigint | undefined {
  const t = text.replace(/_/g, '').toLowerCase();
  try {
    if (/^0[0-7]+$/.test(t)) return BigInt('0o' + t.slice(1));
    if (/^0o[0-7]+$|^0x[0-9a-f]+$|^0b[01]+$|^\d+$/.test(t)) return BigInt(t);
  } catch {
    /* not an integer */
  }
  return undefined;
}

const INT_TYPES = new Set(['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'byte', 'rune']);

/** Integer constants over the names Scope resolves. */
export class Constants extends Scope {
  private readonly constCache = new Map<string, bigint | null>();

  /** The value of an integer constant expression, or undefined when it is not one we can evaluate. */
  constValue(n: Node, iota?: bigint, depth = 0): bigint | undefined {
    if (depth > 30) return undefined;
    const v = (x: Node | null | undefined) => (x ? this.constValue(x, iota, depth + 1) : undefined);
    switch (n.type) {
      case 'int_literal':
        return intLiteral(n.text);
      case 'rune_literal': {
        const body = n.text.slice(1, -1);
        if (body.length === 1) return BigInt(body.codePointAt(0)!);
        const simple: Record<string, number> = { '\\n': 10, '\\t': 9, '\\r': 13, '\\0': 0, "\\'": 39, '\\\\': 92, '\\a': 7, '\\b': 8, '\\f': 12, '\\v': 11 };
        if (body in simple) return BigInt(simple[body]);
        const hex = /^\\x([0-9a-fA-F]{2})$|^\\u([0-9a-fA-F]{4})$|^\\U([0-9a-fA-F]{8})$/.exec(body);
        if (hex) return BigInt('0x' + (hex[1] ?? hex[2] ?? hex[3]));
        if (/^[^\\]$/u.test(body)) return BigInt(body.codePointAt(0)!);
        return undefined;
      }
      case 'parenthesized_expression':
        return v(n.namedChild(0));
      case 'iota':
        return iota;
      case 'identifier': {
        if (n.text === 'iota') {
          const sym = this.lookup('iota', n);
          return sym ? this.symValue(sym) : iota;
        }
        const sym = this.lookup(n.text, n);
        return sym ? this.symValue(sym) : undefined;
      }
      case 'selector_expression': {
        const operand = n.childForFieldName('operand');
        const field = n.childForFieldName('field')?.text;
        if (operand?.type !== 'identifier' || !field) return undefined;
        const sym = this.lookup(operand.text, operand);
        if (sym?.s !== 'package' || !sym.pkg) return undefined;
        const m = this.member(sym.pkg, field);
        return m ? this.symValue(m) : undefined;
      }
      case 'unary_expression': {
        const x = v(n.childForFieldName('operand'));
        if (x === undefined) return undefined;
        switch (n.childForFieldName('operator')?.text) {
          case '-':
            return -x;
          case '+':
            return x;
          // ^x on an untyped or signed constant; an unsigned type would need its size: give up.
          case '^':
            return undefined;
        }
        return undefined;
      }
      case 'binary_expression': {
        const a = v(n.childForFieldName('left'));
        const b = v(n.childForFieldName('right'));
        if (a === undefined || b === undefined) return undefined;
        switch (n.childForFieldName('operator')?.text) {
          case '+':
            return a + b;
          case '-':
            return a - b;
          case '*':
            return a * b;
          case '/':
            return b === 0n ? undefined : a / b;
          case '%':
            return b === 0n ? undefined : a % b;
          case '<<':
            return b < 0n || b > 512n ? undefined : a << b;
          case '>>':
            return b < 0n ? undefined : a >> b;
          case '&':
            return a & b;
          case '|':
            return a | b;
          case '^':
            return a ^ b;
          case '&^':
            return a & ~b;
        }
        return undefined;
      }
      case 'call_expression': {
        // A conversion to an integer type keeps the value: int(x), uintptr(x).
        const fn = n.childForFieldName('function');
        const args = n.childForFieldName('arguments')?.namedChildren ?? [];
        if (fn?.type !== 'identifier' || args.length !== 1) return undefined;
        const sym = this.lookup(fn.text, fn);
        if (sym || !INT_TYPES.has(fn.text)) return undefined;
        return v(args[0]);
      }
    }
    return undefined;
  }

  private symValue(sym: ReturnType<Scope['lookup']>): bigint | undefined {
    if (sym?.s !== 'const' || !sym.decl) return undefined;
    const key = `${sym.decl.id}:${sym.index ?? 0}`;
    const hit = this.constCache.get(key);
    if (hit !== undefined) return hit ?? undefined;
    this.constCache.set(key, null); // a cycle evaluates to undefined
    const got = this.specValue(sym.decl, sym.index ?? 0);
    this.constCache.set(key, got ?? null);
    return got;
  }

  /** The `index`-th constant of a const_spec: its own expression, or the last one above it (implicit repetition), with its iota. */
  private specValue(spec: Node, index: number): bigint | undefined {
    const group = spec.parent;
    const specs = group ? group.namedChildren.filter((c): c is Node => c?.type === 'const_spec') : [spec];
    const pos = Math.max(
      0,
      specs.findIndex((s) => s.id === spec.id),
    );
    for (let i = pos; i >= 0; i--) {
      const values = specs[i].childForFieldName('value');
      if (!values) continue;
      // A typed constant of a non-integer type is not an array length we can print.
      const type = specs[i].childForFieldName('type');
      if (type && !(type.type === 'type_identifier' && INT_TYPES.has(type.text))) {
        const sym = type.type === 'type_identifier' ? this.lookup(type.text, type) : undefined;
        if (sym?.s !== 'type') return undefined;
      }
      const exprs = values.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
      const e = exprs[index];
      return e ? this.constValue(e, BigInt(pos)) : undefined;
    }
    return undefined;
  }
}
