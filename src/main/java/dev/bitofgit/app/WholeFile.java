package dev.bitofgit.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file the CLI writes whole or not at all (exports, reports): written as NAME.partial beside it, moved into place
 * when done, and removed on failure, so a reader never sees half a file and a failed run leaves nothing behind.
 */
final class WholeFile {
    /** Writes the content into the partial file it is given. */
    interface Writing<T> {
        T to(Path partial) throws IOException;
    }

    private WholeFile() {
    }

    static <T> T write(Path file, Writing<T> writing) throws IOException {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            T result = writing.to(partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return result;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }
}
