package org.partnerbot.config.http;

import java.util.function.Function;

/**
 * One path of a listener: what answers it, how much body it reads (0: none), and what a longer body gets (without the
 * rest being read). The adapters' endpoints and the launcher's own handlers all come in this shape.
 */
public record HttpRoute(String path, boolean prefix, int maxBody, Function<HttpCall, HttpAnswer> handler,
                        HttpAnswer tooLarge) {

    public static HttpRoute exact(String path, int maxBody, Function<HttpCall, HttpAnswer> handler, HttpAnswer tooLarge) {
        return new HttpRoute(path, false, maxBody, handler, tooLarge);
    }

    /** A route without a body (GET and HEAD requests). */
    public static HttpRoute reading(String path, boolean prefix, Function<HttpCall, HttpAnswer> handler) {
        return new HttpRoute(path, prefix, 0, handler, HttpAnswer.text(413, "This path takes no request body.\n"));
    }

    boolean matches(String requestPath) {
        return prefix ? requestPath.startsWith(path) : requestPath.equals(path);
    }
}
