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

    /** Bits that differ between the query's signs and the code at {@code offset}: smaller is closer. */
    static int hamming(long[] query, long[] codes, int offset) {
        int distance = 0;
        for (int word = 0; word < WORDS; word++) {
            distance += Long.bitCount(query[word] ^ codes[offset + word]);
        }
        return distance;
    }
}
