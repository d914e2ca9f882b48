declare const unitTag: unique symbol;

/** A memory size in gibibytes (2^30 bytes), the unit every engine's allocator reports in. */
export type GiB = number & { readonly [unitTag]: 'GiB' };

/** A memory size in bytes: block sizes, per-token sizes and reserves are counted in these. */
export type Bytes = number & { readonly [unitTag]: 'Bytes' };

/** A dimensionless fraction such as `cache_max_entry_count`. */
export type Fraction = number & { readonly [unitTag]: 'Fraction' };

export const gib = (value: number): GiB => value as GiB;
export const bytes = (value: number): Bytes => value as Bytes;
export const fraction = (value: number): Fraction => value as Fraction;

export const BYTES_PER_GIB = 2 ** 30;
export const BYTES_PER_MIB = 2 ** 20;

/** The one conversion between the two units; everything else keeps its unit in its type. */
export const toGiB = (value: Bytes): GiB => gib(value / BYTES_PER_GIB);
export const toBytes = (value: GiB): Bytes => bytes(value * BYTES_PER_GIB);
