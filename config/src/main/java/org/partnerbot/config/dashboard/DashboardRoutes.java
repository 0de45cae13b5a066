package org.partnerbot.config.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnerbot.config.http.HttpAnswer;
import org.partnerbot.config.http.HttpCall;
import org.partnerbot.config.http.HttpRoute;
import org.partnerbot.core.dashboard.ActionLog;
import org.partnerbot.core.dashboard.Dashboard;
import org.partnerbot.core.dashboard.DashboardCommands;
import org.partnerbot.core.dashboard.EvidencePack;
import org.partnerbot.core.dashboard.Page;
import org.partnerbot.core.dashboard.Reader;
import org.partnerbot.core.dashboard.SignIn;
import org.partnerbot.core.dashboard.Trends;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.i18n.Messages;

/**
 * The dashboard on the public listener, {@code /dashboard/…}: sign-in links, the session cookie and the pages. Every
 * answer carries a strict Content-Security-Policy (nothing inline, nothing from elsewhere: the stylesheet is ours), no
 * framing and no referrer; addresses hold only opaque ids. Without a session, or for a partnership the reader is not a
 * member of now, the answer is 403 with a page that says how to sign in, and no data. Nothing personal is logged: the
 * listener logs the route's fixed path only.
 */
public final class DashboardRoutes {

    public static final String PATH = "/dashboard";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final Pattern PARTNERSHIP_PAGE = Pattern.compile("/dashboard/p/(\\d{1,18})/(|duties|actions|meetings|trends|evidence)");
    private static final int MAX_BODY = 1024;

    private static final Messages MESSAGES = IcuMessages.standard();

    private final SignIn signIn;
    private final Dashboard dashboard;
    private final SessionCookie cookie;
    private final Clock clock;
    private final Templates templates = new Templates();
    private final byte[] css = resource("/dashboard/dashboard.css");

    /** @param secure whether the public URL is https: the cookie is then {@code Secure} */
    public DashboardRoutes(SignIn signIn, Dashboard dashboard, boolean secure, Clock clock) {
        this.signIn = signIn;
        this.dashboard = dashboard;
        this.cookie = new SessionCookie(secure);
        this.clock = clock;
    }

    public HttpRoute route() {
        return new HttpRoute(PATH, true, MAX_BODY, this::answer, HttpAnswer.text(413, "Too large.\n"));
    }

    HttpAnswer answer(HttpCall call) {
        String path = call.path();
        String method = call.method();
        if (path.equals(PATH)) {
            return secured(HttpAnswer.text(301, "").withHeader("Location", PATH + "/"));
        }
        if (!path.startsWith(PATH + "/")) {
            return secured(HttpAnswer.text(404, "Not found.\n"));
        }
        if (path.equals(PATH + "/dashboard.css")) {
            return get(method) ? secured(new HttpAnswer(200, Map.of("Content-Type", List.of("text/css; charset=utf-8"),
                    "Cache-Control", List.of("max-age=3600")), css)) : notAllowed("GET, HEAD");
        }
        if (path.startsWith(DashboardCommands.SIGN_IN_PATH)) {
            return signInPage(call, path.substring(DashboardCommands.SIGN_IN_PATH.length()));
        }
        if (path.equals(PATH + "/signout")) {
            if (!method.equals("POST")) {
                return notAllowed("POST");
            }
            SessionCookie.read(call.header("cookie")).ifPresent(signIn::signOut);
            return secured(html(200, "message", Map.of("title", "Signed out", "message",
                    "You are signed out of the dashboard. Type `dashboard` in your partnership's channel to sign in again.")))
                    .withHeader("Set-Cookie", cookie.clear());
        }
        if (!get(method)) {
            return notAllowed("GET, HEAD");
        }
        Optional<Reader> reader = SessionCookie.read(call.header("cookie")).flatMap(signIn::reader);
        if (reader.isEmpty()) {
            return notSignedIn(call);
        }
        if (path.equals(PATH + "/")) {
            return ok("home", Map.of("entries", dashboard.partnerships(reader.get()),
                    "t", MESSAGES.in(dashboard.language(reader.get()))));
        }
        Matcher m = PARTNERSHIP_PAGE.matcher(path);
        if (!m.matches()) {
            return secured(html(404, "message", Map.of("title", "Not found", "message", "There is no such page.")));
        }
        long id = Long.parseLong(m.group(1));
        Map<String, String> query = query(call.rawQuery());
        return switch (m.group(2)) {
            case "" -> page("overview", dashboard.overview(reader.get(), id), Map.of());
            case "duties" -> page("duties", dashboard.duties(reader.get(), id), Map.of());
            case "actions" -> actions(reader.get(), id, query);
            case "meetings" -> page("meetings", dashboard.meetings(reader.get(), id), Map.of());
            case "trends" -> trends(reader.get(), id);
            default -> evidence(reader.get(), id, query);
        };
    }

    private HttpAnswer signInPage(HttpCall call, String token) {
        if (get(call.method())) {
            // Looking at the link does not use it (a link preview or a scanner would): the button does.
            return secured(html(200, "signin", Map.of("action", DashboardCommands.SIGN_IN_PATH + token)));
        }
        if (!call.method().equals("POST")) {
            return notAllowed("GET, HEAD, POST");
        }
        if (crossSite(call)) {
            return secured(html(403, "message", Map.of("title", "Sign-in refused", "message",
                    "Sign in from the page the link opens, not from another site.")));
        }
        Optional<SignIn.Session> session = signIn.useLink(token);
        if (session.isEmpty()) {
            return secured(html(403, "message", Map.of("title", "This sign-in link does not work", "message",
                    "The link was already used, has expired (links work for 15 minutes), or is not one the bot made. "
                            + "Type `dashboard` in your partnership's channel for a new one.")));
        }
        return secured(HttpAnswer.text(303, "").withHeader("Location", PATH + "/")
                .withHeader("Set-Cookie", cookie.set(session.get().token(), session.get().expires(), clock.instant())));
    }

    /** A browser sends a SameSite=Strict cookie only on a navigation from this site; the refresh makes it one. */
    private HttpAnswer notSignedIn(HttpCall call) {
        String site = call.header("sec-fetch-site");
        if (call.header("cookie") == null && site != null && !site.equals("same-origin")) {
            return secured(html(200, "continue", Map.of("target", call.path())));
        }
        return secured(html(403, "message", Map.of("title", "Sign in to the dashboard", "message",
                "You are not signed in, or your session has ended. Type `dashboard` in your partnership's channel "
                        + "(or in a direct message to the bot) for a sign-in link.")));
    }

    private HttpAnswer actions(Reader reader, long id, Map<String, String> query) {
        Long agency = null;
        ActionLog.Status status = null;
        try {
            String a = query.getOrDefault("agency", "");
            agency = a.isEmpty() ? null : Long.valueOf(a);
            String s = query.getOrDefault("status", "");
            status = s.isEmpty() ? null : ActionLog.Status.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return secured(html(400, "message", Map.of("title", "Bad filter", "message",
                    "Choose an agency and a status from the lists on the action log.")));
        }
        return page("actions", dashboard.actions(reader, id, new ActionLog.Filter(agency, status)), Map.of());
    }

    private HttpAnswer trends(Reader reader, long id) {
        Optional<Page<Trends>> page = dashboard.trends(reader, id);
        return page("trends", page, page.map(p -> charts(p.body())).orElse(Map.of()));
    }

    private HttpAnswer evidence(Reader reader, long id, Map<String, String> query) {
        Optional<LocalDate> today = dashboard.today(reader, id);
        if (today.isEmpty()) {
            return forbidden();
        }
        LocalDate from;
        LocalDate to;
        try {
            from = query.containsKey("from") ? LocalDate.parse(query.get("from")) : today.get().minusYears(1);
            to = query.containsKey("to") ? LocalDate.parse(query.get("to")) : today.get();
        } catch (DateTimeParseException e) {
            return secured(html(400, "message", Map.of("title", "Bad dates", "message",
                    "Give the period's first and last days as dates (YYYY-MM-DD).")));
        }
        if (from.isAfter(to) || to.isAfter(today.get().plusYears(1)) || from.isBefore(LocalDate.of(2000, 1, 1))) {
            return secured(html(400, "message", Map.of("title", "Bad dates", "message",
                    "The period's first day must come before its last, within sensible years.")));
        }
        Optional<Page<EvidencePack>> page = dashboard.evidence(reader, id, from, to);
        if (page.isPresent() && !page.get().allowed()) {
            return secured(html(403, "message", Map.of("title", "Chairs and admins only", "message",
                    "Only the partnership's chairs and admins produce the evidence pack.")));
        }
        return page("evidence", page, page.map(p -> charts(p.body().trends())).orElse(Map.of()));
    }

    private static Map<String, Object> charts(Trends t) {
        Map<String, Object> charts = new HashMap<>();
        charts.put("attendance", Charts.attendance(t));
        charts.put("lines", Charts.lineShares(t));
        charts.put("onTime", Charts.onTime(t));
        charts.put("dutyGaps", Charts.dutyGaps(t));
        charts.put("size", Charts.size(t));
        return Map.of("charts", charts);
    }

    private HttpAnswer page(String template, Optional<? extends Page<?>> page, Map<String, Object> more) {
        if (page.isEmpty()) {
            return forbidden();
        }
        Map<String, Object> params = new LinkedHashMap<>(more);
        params.put("page", page.get());
        params.put("t", MESSAGES.in(page.get().header().language()));
        return ok(template, params);
    }

    private HttpAnswer forbidden() {
        return secured(html(403, "message", Map.of("title", "Not available to you", "message",
                "You are not a member of this partnership now, or it does not exist. The dashboard shows only the "
                        + "partnerships whose channel you are in.")));
    }

    private HttpAnswer ok(String template, Map<String, Object> params) {
        return secured(html(200, template, params));
    }

    /** A page in its reader's language ({@code t}), or, before anyone is known (signed out, sign-in), in English. */
    private HttpAnswer html(int status, String template, Map<String, Object> params) {
        Map<String, Object> all = new LinkedHashMap<>(params);
        all.putIfAbsent("t", MESSAGES.in(Language.EN));
        return HttpAnswer.of(status, "text/html; charset=utf-8", templates.render(template, all));
    }

    private static HttpAnswer notAllowed(String allow) {
        return secured(HttpAnswer.text(405, "Method not allowed.\n").withHeader("Allow", allow));
    }

    /** The headers every dashboard answer carries. */
    static HttpAnswer secured(HttpAnswer answer) {
        return answer.withHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .withHeader("X-Frame-Options", "DENY")
                .withHeader("Referrer-Policy", "no-referrer")
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Cross-Origin-Opener-Policy", "same-origin")
                .withHeader("Cache-Control", answer.headers().containsKey("Cache-Control")
                        ? answer.headers().get("Cache-Control").get(0) : "no-store");
    }

    /** A form posted from another site's page (a login forced on the reader) is refused. */
    private static boolean crossSite(HttpCall call) {
        String site = call.header("sec-fetch-site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = call.header("origin");
        String host = call.header("host");
        return origin != null && host != null && !origin.replaceFirst("^https?://", "").equals(host);
    }

    private static boolean get(String method) {
        return method.equals("GET") || method.equals("HEAD");
    }

    static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.putIfAbsent(key, value);
            } catch (IllegalArgumentException e) {
                out.putIfAbsent("", "");
            }
        }
        return out;
    }

    private static byte[] resource(String name) {
        try (InputStream in = DashboardRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
