package dev.bitofgit.meaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VectorsTest {
    private static float[] randomUnit(SplittableRandom random) {
        float[] vector = new float[TextEmbedder.DIMENSIONS];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return Vectors.unit(vector);
    }

    private static double exactCosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Test
    void storedBytes_keepCosineToTwoDecimals() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 200; i++) {
            float[] query = randomUnit(random);
            float[] stored = randomUnit(random);
            // Mix in part of the query so that similarities span the whole range, not only near 0.
            float[] similar = new float[stored.length];
            double weight = random.nextDouble();
            for (int j = 0; j < similar.length; j++) {
                similar[j] = (float) (weight * query[j] + (1 - weight) * stored[j]);
            }
            similar = Vectors.unit(similar);
            assertThat(Vectors.cosine(query, Vectors.encode(similar))).isCloseTo(exactCosine(query, similar), within(0.01));
        }
    }

    @Test
    void signCodes_countTheComponentsWhoseSignsDiffer() {
        SplittableRandom random = new SplittableRandom(3);
        float[] a = randomUnit(random);
        float[] b = randomUnit(random);
        byte[] stored = Vectors.encode(b);
        int differing = 0;
        for (int i = 0; i < a.length; i++) {
            if ((a[i] > 0) != (stored[i] > 0)) {
                differing++;
            }
        }
        long[] codes = new long[2 * Vectors.WORDS];
        Vectors.signs(stored, codes, 0);
        Vectors.signs(stored, codes, Vectors.WORDS);
        int[] distances = {0, -1};
        Vectors.distances(Vectors.signs(a), codes, distances);
        assertThat(distances).containsExactly(differing, -1);
    }
}
