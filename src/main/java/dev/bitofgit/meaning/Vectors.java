package dev.bitofgit.meaning;

/**
 * How vectors are stored and compared. A vector is stored as one signed byte per component, scaled so its largest
 * component is ±127 (a unit vector's components are mostly under 0.1: scaling by 127 alone would leave a handful of
 * levels and ruin the ranking); only its direction matters, so no scale is kept. A quarter of the floats' size, and
 * cosine similarity survives it to about two decimals. In memory an index keeps only each
 * vector's signs (384 bits, 48 bytes), enough to pick candidates by Hamming distance, whose exact scores then come
 * from the stored bytes.
 */
final class Vectors {
    static final int WORDS = TextEmbedder.DIMENSIONS / Long.SIZE;
    static final int PREFIX_WORDS = 2;

    private Vectors() {
    }

    static float[] unit(float[] vector) {
        double norm = 0;
        for (float component : vector) {
            norm += component * component;
        }
        norm = Math.sqrt(norm);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = norm == 0 ? 0 : (float) (vector[i] / norm);
        }
        return unit;
    }

    static byte[] encode(float[] vector) {
        float largest = 0;
        for (float component : vector) {
            largest = Math.max(largest, Math.abs(component));
        }
        byte[] bytes = new byte[vector.length];
        for (int i = 0; i < vector.length; i++) {
            bytes[i] = largest == 0 ? 0 : (byte) Math.round(vector[i] / largest * 127);
        }
        return bytes;
    }

    /** Cosine similarity of a unit query and a stored vector. */
    static double cosine(float[] query, byte[] stored) {
        if (stored.length != query.length) {
            throw new IllegalArgumentException("a stored vector has " + stored.length + " components, not "
                    + query.length + "; it was written by another model");
        }
        double dot = 0;
        double norm = 0;
        for (int i = 0; i < query.length; i++) {
            dot += query[i] * stored[i];
            norm += stored[i] * stored[i];
        }
        return norm == 0 ? 0 : dot / Math.sqrt(norm);
    }

    /** The signs of a stored vector, packed into {@code codes} at {@code offset} (one bit per component). */
    static void signs(byte[] stored, long[] codes, int offset) {
        for (int word = 0; word < WORDS; word++) {
            long bits = 0;
            for (int bit = 0; bit < Long.SIZE; bit++) {
                if (stored[word * Long.SIZE + bit] > 0) {
                    bits |= 1L << bit;
                }
            }
            codes[offset + word] = bits;
        }
    }

    static long[] signs(float[] query) {
        long[] code = new long[WORDS];
        for (int word = 0; word < WORDS; word++) {
            for (int bit = 0; bit < Long.SIZE; bit++) {
                if (query[word * Long.SIZE + bit] > 0) {
                    code[word] |= 1L << bit;
                }
            }
        }
        return code;
    }

    /**
     * The Hamming distance from the query to every code whose slot in {@code distances} is not negative, written
     * there. One call per search, with the population count written out: this loop runs 150,000 times a search on
     * bin/bitofgit's C1-only JIT, which neither intrinsifies nor inlines Long.bitCount (JFR: 60% of a search's time
     * before this).
     */
    static void distances(long[] query, long[] codes, int[] distances) {
        long q0 = query[0];
        long q1 = query[1];
        long q2 = query[2];
        long q3 = query[3];
        long q4 = query[4];
        long q5 = query[5];
        for (int i = 0, at = 0; i < distances.length; i++, at += WORDS) {
            if (distances[i] >= 0) {
                distances[i] = popcount(q0 ^ codes[at]) + popcount(q1 ^ codes[at + 1]) + popcount(q2 ^ codes[at + 2])
                        + popcount(q3 ^ codes[at + 3]) + popcount(q4 ^ codes[at + 4]) + popcount(q5 ^ codes[at + 5]);
            }
        }
    }

    /**
     * The Hamming distance over the first {@link #PREFIX_WORDS} words (128 of the 384 signs) to every code whose slot
     * is not negative: a third of the work, to keep only the likeliest codes for {@link #distances}.
     */
    static void prefixDistances(long[] query, long[] codes, int[] distances) {
        long q0 = query[0];
        long q1 = query[1];
        for (int i = 0, at = 0; i < distances.length; i++, at += WORDS) {
            if (distances[i] >= 0) {
                distances[i] = popcount(q0 ^ codes[at]) + popcount(q1 ^ codes[at + 1]);
            }
        }
    }

    /** Set bits of a word (SWAR); small enough for C1 to inline. */
    private static int popcount(long word) {
        long x = word - ((word >>> 1) & 0x5555555555555555L);
        x = (x & 0x3333333333333333L) + ((x >>> 2) & 0x3333333333333333L);
        x = (x + (x >>> 4)) & 0x0f0f0f0f0f0f0f0fL;
        return (int) ((x * 0x0101010101010101L) >>> 56);
    }
}
