package dev.bitofgit.app;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Export files: plain JSON Lines, or gzip when the name ends in .gz. */
final class Archives {
    private Archives() {
    }

    static OutputStream output(Path file) throws IOException {
        return output(file, file);
    }

    /** Writes {@code file}, compressed when {@code named} (the name the user gave) ends in .gz. */
    static OutputStream output(Path file, Path named) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
        return named.toString().endsWith(".gz") ? new GZIPOutputStream(out) : out;
    }

    static InputStream input(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
