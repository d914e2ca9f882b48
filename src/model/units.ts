declare const unitTag: unique symbol;

/** A memory size in gibibytes (2^30 bytes), the unit every engine's allocator reports in. */
export type GiB = number & { readonly [unitTag]: 'GiB' };

/** A dimensionless fraction such as `cache_max_entry_count`. */
export type Fraction = number & { readonly [unitTag]: 'Fraction' };

export const gib = (value: number): GiB => value as GiB;
export const fraction = (value: number): Fraction => value as Fraction;

export const BYTES_PER_GIB = 2 ** 30;
