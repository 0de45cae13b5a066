package org.partnerbot.slack.transport;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode: the bot dials out to Slack over a WebSocket, so no public URL is needed. Bolt acks each envelope
 * with its {@code envelope_id} once the handler returns (handlers only queue work, so that is immediate). The
 * Java-WebSocket backend is used because Bolt's default (Tyrus) needs jars Slack's POM leaves out.
 */
public final class SocketModeConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SocketModeConnection.class);

    private final SocketModeApp socketMode;

    private SocketModeConnection(SocketModeApp socketMode) {
        this.socketMode = socketMode;
    }

    public static SocketModeConnection open(String appToken, App app) {
        try {
            SocketModeApp socketMode = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
            socketMode.startAsync();
            log.info("Slack Socket Mode connected");
            return new SocketModeConnection(socketMode);
        } catch (Exception e) {
            throw new IllegalStateException("Slack Socket Mode could not connect (check SLACK_APP_TOKEN, an xapp- token"
                    + " with connections:write): " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            socketMode.close();
        } catch (Exception e) {
            log.warn("closing Socket Mode: {}", e.getMessage());
        }
    }
}
