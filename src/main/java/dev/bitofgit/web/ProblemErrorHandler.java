package dev.bitofgit.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before any route runs — a URI or headers too long, a request it cannot parse — as
 * application/problem+json like every other error, instead of Jetty's HTML page (which echoes the URI).
 */
final class ProblemErrorHandler extends ErrorHandler {
    private static final Map<Integer, String> DETAILS = Map.of(
            400, "the request could not be parsed as HTTP",
            413, "the request body is too large",
            414, "the request URI is too long",
            431, "the request headers are too large",
            505, "this HTTP version is not supported");

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        // Jetty drops the connection after such an error: say so, or a client reusing it finds it dead.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        fields.put(HttpHeader.CONNECTION, "close");
        return ByteBuffer.wrap(body(status));
    }

    private static byte[] body(int status) {
        String title = StatusTitles.of(status);
        String detail = DETAILS.getOrDefault(status, title);
        return ("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
                + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
