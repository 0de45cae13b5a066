package org.partnerbot.slack.install;

import com.slack.api.bolt.App;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.service.builtin.oauth.view.OAuthRedirectUriPageRenderer;

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

    @Override
    public String renderSuccessPage(Installer installer, String completionUrl) {
        String where = Boolean.TRUE.equals(installer.getIsEnterpriseInstall())
                ? "every workspace of your organisation (an org-wide install)" : "your workspace";
        return page("Partnerbot is installed", "<p>Partnerbot is installed in " + where + ".</p>"
                + "<p>Next: invite it to your partnership's channel (<code>/invite @Partnerbot</code>), then run "
                + "<code>/partner setup &lt;name of the partnership&gt;</code> there. Whoever runs it becomes the first admin."
                + " In a Slack Connect channel shared with other organisations, one installation is enough: everyone in the"
                + " channel is a member.</p>");
    }

    @Override
    public String renderFailurePage(String installPath, String reason) {
        String why = switch (reason == null ? "" : reason) {
            case "invalid_state" -> "this install link was already used, has expired, or was not started in this browser";
            case "access_denied" -> "the install was cancelled";
            default -> "Slack did not complete it (" + escape(reason) + ")";
        };
        return page("Partnerbot was not installed", "<p>Partnerbot was not installed: " + why + ".</p><p><a href=\""
                + escape(installPath) + "\">Start again</a>.</p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>"
                + title + "</h1>" + body + "</body></html>";
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
