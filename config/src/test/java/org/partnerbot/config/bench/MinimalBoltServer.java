package org.partnerbot.config.bench;

import org.partnerbot.config.http.HttpListener;

/**
 * The benchmark's baseline as a process of its own: {@link MinimalBoltApp} on the same Jetty listener as Partnerbot.
 * Arguments: port, signing secret, Web API URL. Runs until killed.
 */
public final class MinimalBoltServer {

    private MinimalBoltServer() {
    }

    public static void main(String[] args) throws Exception {
        HttpListener listener = new HttpListener("127.0.0.1", Integer.parseInt(args[0]))
                .route(MinimalBoltApp.route(MinimalBoltApp.app(args[1], args[2]))).start();
        System.out.println("listening on " + listener.port());
        Thread.currentThread().join();
    }
}
