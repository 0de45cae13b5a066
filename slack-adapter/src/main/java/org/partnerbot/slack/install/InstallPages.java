package org.partnerbot.slack.install;

import com.slack.api.bolt.App;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.service.builtin.oauth.view.OAuthRedirectUriPageRenderer;
import org.partnerbot.core.i18n.BrowserLanguage;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Texts;

/** What an installer sees when Slack sends them back: installed, and what to do next; or why not, with the link again. */
public final class InstallPages implements OAuthRedirectUriPageRenderer {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(InstallPages.class);

    /**
     * The refusals of the redirect, instead of Bolt's (which answer 200 and log the callback's query, code included): a
     * bad state is 400, Slack refusing the code is 502, a cancelled install a plain page; the log names only the reason.
     */
    public static void refuseWithPages(App app) {
        InstallPages pages = new InstallPages();
        app.oauthCallbackStateError((request, response) -> {
            log.warn("refused a Slack install redirect: its state is missing, forged, expired or already used");
            return html(response, 400, pages.renderFailurePage(SlackOAuth.INSTALL_PATH, "invalid_state"));
        });
        app.oauthCallbackError((request, response) -> {
            String reason = request.getPayload().getError();
            log.info("a Slack install was not completed: {}", "access_denied".equals(reason) ? reason : "error from Slack");
            return html(response, 200, pages.renderFailurePage(SlackOAuth.INSTALL_PATH, reason));
        });
        app.oauthCallbackAccessError((com.slack.api.bolt.service.builtin.oauth.OAuthV2AccessErrorHandler)
                (request, response, api) -> {
            log.warn("Slack refused the install code (oauth.v2.access: {})", api.getError());
            return html(response, 502, pages.renderFailurePage(SlackOAuth.INSTALL_PATH, api.getError()));
        });
    }

    private static com.slack.api.bolt.response.Response html(com.slack.api.bolt.response.Response response, int status,
                                                             String body) {
        response.setStatusCode(status);
        response.setContentType("text/html; charset=utf-8");
        response.setBody(body);
        return response;
    }

    /**
     * Bolt renders these pages without the request, so the endpoint says which language the browser asked for
     * ({@code Accept-Language}) for the length of its call; the flow runs in that one thread.
     */
    private static final ThreadLocal<Texts> READER = ThreadLocal.withInitial(() -> IcuMessages.standard().in(
            BrowserLanguage.of(null)));

    // Private-use characters: never in a bundle or a URL.
    private static final String INVITE = "\uE000";
    private static final String SETUP = "\uE001";

    static <T> T readBy(String acceptLanguage, java.util.function.Supplier<T> call) {
        READER.set(IcuMessages.standard().in(BrowserLanguage.of(acceptLanguage)));
        try {
            return call.get();
        } finally {
            READER.remove();
        }
    }

    @Override
    public String renderSuccessPage(Installer installer, String completionUrl) {
        Texts t = READER.get();
        String where = t.t(Boolean.TRUE.equals(installer.getIsEnterpriseInstall())
                ? "slack.install.whereOrganisation" : "slack.install.whereWorkspace");
        // The commands go in as marks, so the sentence is escaped once and the commands become code after.
        String next = escape(t.t("slack.install.next", INVITE, SETUP)).replace(INVITE, "<code>/invite @Partnerbot</code>")
                .replace(SETUP, "<code>" + escape(t.t("slack.install.setupCommand")) + "</code>");
        return page(t, t.t("slack.install.done.title"), "<p>" + escape(t.t("slack.install.done", where)) + "</p><p>" + next
                + "</p>");
    }

    @Override
    public String renderFailurePage(String installPath, String reason) {
        Texts t = READER.get();
        String why = switch (reason == null ? "" : reason) {
            case "invalid_state" -> t.t("slack.install.failed.state");
            case "access_denied" -> t.t("slack.install.failed.cancelled");
            default -> t.t("slack.install.failed.slack", reason);
        };
        return page(t, t.t("slack.install.failed.title"), "<p>" + escape(t.t("slack.install.failed", why)) + "</p><p><a href=\""
                + escape(installPath) + "\">" + escape(t.t("slack.install.again")) + "</a></p>");
    }

    private static String page(Texts t, String title, String body) {
        return "<!DOCTYPE html><html lang=\"" + t.language().code() + "\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head><body><h1>" + escape(title) + "</h1>" + body + "</body></html>";
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
