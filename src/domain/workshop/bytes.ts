/**
 * The compact binary layout of ballot codes: whole numbers as variable-length
 * bytes (7 bits a byte), other numbers as short decimals where they are one
 * (a weight of 20 takes 2 bytes, 0.35 takes 2, 1/3 takes 2 as the reciprocal
 * of 3) and as 8-byte floats otherwise, text as UTF-8 with its length first.
 * Every number is written so that reading it gives back the same double.
 */

/** The largest integer the varint and decimal forms carry exactly. */
const LARGEST = 2 ** 52;
const DIGITS = 16;
const DECIMAL = 0;
const RECIPROCAL = DIGITS;
const FLOAT = 2 * DIGITS;

const decimal = (m: number, k: number) => Number(`${m}e-${k}`);

export class ByteWriter {
  private readonly out: number[] = [];

  byte(b: number): void {
    this.out.push(b & 255);
  }

  /** A whole number from 0 to 2^53. */
  varint(n: number): void {
    if (!Number.isInteger(n) || n < 0 || n > 2 * LARGEST) throw new RangeError(`a varint is a whole number from 0 to 2^53, not ${n}`);
    let rest = n;
    while (rest >= 128) {
      this.out.push((rest % 128) + 128);
      rest = Math.floor(rest / 128);
    }
    this.out.push(rest);
  }

  number(x: number): void {
    for (let k = 0; k < DIGITS; k++) {
      const m = Math.round(x * 10 ** k);
      if (Math.abs(m) <= LARGEST && decimal(m, k) === x) {
        this.byte(DECIMAL + k);
        this.varint(m >= 0 ? 2 * m : -2 * m - 1);
        return;
      }
    }
    for (let k = 0; k < DIGITS && x > 0; k++) {
      const m = Math.round(10 ** k / x);
      if (m > 0 && m <= LARGEST && 1 / decimal(m, k) === x) {
        this.byte(RECIPROCAL + k);
        this.varint(m);
        return;
      }
    }
    this.byte(FLOAT);
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, x);
    for (let i = 0; i < 8; i++) this.byte(view.getUint8(i));
  }

  text(s: string): void {
    const bytes = new TextEncoder().encode(s);
    this.varint(bytes.length);
    for (const b of bytes) this.byte(b);
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}

/** Reads what `ByteWriter` wrote; throws a RangeError on bytes it could not have written. */
export class ByteReader {
  private at = 0;

  constructor(private readonly input: Uint8Array) {}

  get done(): boolean {
    return this.at === this.input.length;
  }

  byte(): number {
    if (this.at >= this.input.length) throw new RangeError('it ends too soon');
    return this.input[this.at++]!;
  }

  varint(): number {
    let n = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.byte();
      n += (b % 128) * scale;
      if (b < 128) return n;
      scale *= 128;
    }
    throw new RangeError('a number in it is too long');
  }

  number(): number {
    const tag = this.byte();
    if (tag < RECIPROCAL) {
      const z = this.varint();
      return decimal(z % 2 === 0 ? z / 2 : -(z + 1) / 2, tag - DECIMAL);
    }
    if (tag < FLOAT) return 1 / decimal(this.varint(), tag - RECIPROCAL);
    if (tag !== FLOAT) throw new RangeError(`it holds a number of an unknown kind (${tag})`);
    const view = new DataView(new ArrayBuffer(8));
    for (let i = 0; i < 8; i++) view.setUint8(i, this.byte());
    return view.getFloat64(0);
  }

  text(): string {
    const length = this.varint();
    if (length > this.input.length - this.at) throw new RangeError('it ends too soon');
    const bytes = this.input.subarray(this.at, this.at + length);
    this.at += length;
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  }
}
