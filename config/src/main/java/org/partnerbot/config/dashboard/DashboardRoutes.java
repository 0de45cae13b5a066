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
import org.partnerbot.config.http.BrowserAnswer;
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
import org.partnerbot.core.i18n.BrowserLanguage;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.i18n.Messages;
import org.partnerbot.core.i18n.Texts;

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
    private final LanguageCookie languageCookie;
    private final Clock clock;
    private final Templates templates = new Templates();
    private final byte[] css = resource("/dashboard/dashboard.css");

    /** @param secure whether the public URL is https: the cookie is then {@code Secure} */
    public DashboardRoutes(SignIn signIn, Dashboard dashboard, boolean secure, Clock clock) {
        this.signIn = signIn;
        this.dashboard = dashboard;
        this.cookie = new SessionCookie(secure);
        this.languageCookie = new LanguageCookie(secure);
        this.clock = clock;
    }

    public HttpRoute route() {
        // Only a script sends a body this large (the dashboard's forms are a few fields): a protocol answer, in English.
        return new HttpRoute(PATH, true, MAX_BODY, this::answer, HttpAnswer.text(413, "Too large.\n"));
    }

    /**
     * A page answered in the language the reader picked with the pages' link ({@code ?lang=cy}, then remembered), else
     * as {@link #texts} and the pages themselves choose.
     */
    HttpAnswer answer(HttpCall call) {
        Optional<Language> asked = Optional.ofNullable(query(call.rawQuery()).get("lang")).flatMap(DashboardRoutes::code);
        Optional<Language> picked = asked.or(() -> LanguageCookie.read(call.header("cookie")));
        HttpAnswer answer = answer(call, picked);
        return asked.isPresent() && !answer.headers().containsKey("Set-Cookie")
                ? answer.withHeader("Set-Cookie", languageCookie.set(asked.get())) : answer;
    }

    private static Optional<Language> code(String lang) {
        return lang.equals("cy") || lang.equals("en") ? Language.parse(lang) : Optional.empty();
    }

    private HttpAnswer answer(HttpCall call, Optional<Language> picked) {
        String path = call.path();
        String method = call.method();
        if (path.equals(PATH)) {
            return secured(HttpAnswer.text(301, "").withHeader("Location", PATH + "/"));
        }
        if (!path.startsWith(PATH + "/")) {
            return secured(BrowserAnswer.text(404, call.header("accept-language"), "http.notFound"));
        }
        if (path.equals(PATH + "/dashboard.css")) {
            return get(method) ? secured(new HttpAnswer(200, Map.of("Content-Type", List.of("text/css; charset=utf-8"),
                    "Cache-Control", List.of("max-age=3600")), css)) : notAllowed(call, "GET, HEAD");
        }
        if (path.startsWith(DashboardCommands.SIGN_IN_PATH)) {
            return signInPage(call, path.substring(DashboardCommands.SIGN_IN_PATH.length()), picked);
        }
        if (path.equals(PATH + "/signout")) {
            if (!method.equals("POST")) {
                return notAllowed(call, "POST");
            }
            Optional<String> session = SessionCookie.read(call.header("cookie"));
            Texts t = texts(call, session.flatMap(signIn::reader), picked);
            session.ifPresent(signIn::signOut);
            return secured(message(200, t, "signedOut")).withHeader("Set-Cookie", cookie.clear());
        }
        if (!get(method)) {
            return notAllowed(call, "GET, HEAD");
        }
        Optional<Reader> reader = SessionCookie.read(call.header("cookie")).flatMap(signIn::reader);
        if (reader.isEmpty()) {
            return notSignedIn(call, picked);
        }
        Texts readers = texts(call, reader, picked);
        if (path.equals(PATH + "/")) {
            return ok("home", Map.of("entries", dashboard.partnerships(reader.get()), "t", readers));
        }
        Matcher m = PARTNERSHIP_PAGE.matcher(path);
        if (!m.matches()) {
            return secured(message(404, readers, "notFound"));
        }
        long id = Long.parseLong(m.group(1));
        Map<String, String> query = query(call.rawQuery());
        return switch (m.group(2)) {
            case "" -> page("overview", dashboard.overview(reader.get(), id), Map.of(), readers, picked);
            case "duties" -> page("duties", dashboard.duties(reader.get(), id), Map.of(), readers, picked);
            case "actions" -> actions(reader.get(), id, query, readers, picked);
            case "meetings" -> page("meetings", dashboard.meetings(reader.get(), id, picked.orElse(null)), Map.of(), readers,
                    picked);
            case "trends" -> trends(reader.get(), id, readers, picked);
            default -> evidence(reader.get(), id, query, readers, picked);
        };
    }

    private HttpAnswer signInPage(HttpCall call, String token, Optional<Language> picked) {
        if (get(call.method())) {
            // Looking at the link does not use it (a link preview or a scanner would): the button does.
            return secured(html(200, "signin", Map.of("action", DashboardCommands.SIGN_IN_PATH + token,
                    "t", texts(call, Optional.empty(), picked))));
        }
        if (!call.method().equals("POST")) {
            return notAllowed(call, "GET, HEAD, POST");
        }
        if (crossSite(call)) {
            return secured(message(403, texts(call, Optional.empty(), picked), "crossSite"));
        }
        Optional<SignIn.Session> session = signIn.useLink(token);
        if (session.isEmpty()) {
            return secured(message(403, texts(call, Optional.empty(), picked), "badLink"));
        }
        return secured(HttpAnswer.text(303, "").withHeader("Location", PATH + "/")
                .withHeader("Set-Cookie", cookie.set(session.get().token(), session.get().expires(), clock.instant())));
    }

    /** A browser sends a SameSite=Strict cookie only on a navigation from this site; the refresh makes it one. */
    private HttpAnswer notSignedIn(HttpCall call, Optional<Language> picked) {
        String site = call.header("sec-fetch-site");
        if (call.header("cookie") == null && site != null && !site.equals("same-origin")) {
            return secured(html(200, "continue", Map.of("target", call.path(), "t", texts(call, Optional.empty(), picked))));
        }
        Texts t = texts(call, Optional.empty(), picked);
        return secured(html(403, "message", Map.of("title", t.t("dashboard.signIn.title"),
                "message", t.t("dashboard.message.notSignedIn"), "t", t)));
    }

    private HttpAnswer actions(Reader reader, long id, Map<String, String> query, Texts readers,
                               Optional<Language> picked) {
        Long agency = null;
        ActionLog.Status status = null;
        try {
            String a = query.getOrDefault("agency", "");
            agency = a.isEmpty() ? null : Long.valueOf(a);
            String s = query.getOrDefault("status", "");
            status = s.isEmpty() ? null : ActionLog.Status.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return secured(message(400, readers, "badFilter"));
        }
        return page("actions", dashboard.actions(reader, id, new ActionLog.Filter(agency, status)), Map.of(), readers,
                picked);
    }

    private HttpAnswer trends(Reader reader, long id, Texts readers, Optional<Language> picked) {
        Optional<Page<Trends>> page = dashboard.trends(reader, id);
        return page("trends", page, page.map(p -> Map.<String, Object>of("charts",
                charts(pageTexts(p, picked), p.body()))).orElse(Map.of()), readers, picked);
    }

    private HttpAnswer evidence(Reader reader, long id, Map<String, String> query, Texts readers,
                                Optional<Language> picked) {
        Optional<LocalDate> today = dashboard.today(reader, id);
        if (today.isEmpty()) {
            return forbidden(readers);
        }
        LocalDate from;
        LocalDate to;
        try {
            from = query.containsKey("from") ? LocalDate.parse(query.get("from")) : today.get().minusYears(1);
            to = query.containsKey("to") ? LocalDate.parse(query.get("to")) : today.get();
        } catch (DateTimeParseException e) {
            return secured(message(400, readers, "badDates", "dashboard.message.badDates"));
        }
        if (from.isAfter(to) || to.isAfter(today.get().plusYears(1)) || from.isBefore(LocalDate.of(2000, 1, 1))) {
            return secured(message(400, readers, "badDates", "dashboard.message.badPeriod"));
        }
        Optional<Page<EvidencePack.Editions>> page = dashboard.evidenceEditions(reader, id, from, to);
        if (page.isEmpty()) {
            return forbidden(readers);
        }
        if (!page.get().allowed()) {
            return secured(message(403, pageTexts(page.get(), picked), "chairsOnly"));
        }
        // The pack is the partnership's document: the page around it speaks its first language, and each edition its own.
        EvidencePack.Editions editions = page.get().body();
        Texts first = MESSAGES.in(editions.first().language());
        List<Map<String, Chart>> charts = editions.editions().stream()
                .map(e -> charts(MESSAGES.in(e.language()), e.trends())).toList();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("page", page.get());
        params.put("charts", charts);
        params.put("t", first);
        return ok("evidence", params);
    }

    private static Map<String, Chart> charts(Texts w, Trends t) {
        Map<String, Chart> charts = new HashMap<>();
        charts.put("attendance", Charts.attendance(w, t));
        charts.put("lines", Charts.lineShares(w, t));
        charts.put("onTime", Charts.onTime(w, t));
        charts.put("dutyGaps", Charts.dutyGaps(w, t));
        charts.put("size", Charts.size(w, t));
        return charts;
    }

    private HttpAnswer page(String template, Optional<? extends Page<?>> page, Map<String, Object> more, Texts readers,
                            Optional<Language> picked) {
        if (page.isEmpty()) {
            return forbidden(readers);
        }
        Map<String, Object> params = new LinkedHashMap<>(more);
        params.put("page", page.get());
        params.put("t", pageTexts(page.get(), picked));
        return ok(template, params);
    }

    /** A partnership's page: in the language picked with the link, else the reader's own, else the policy's. */
    private static Texts pageTexts(Page<?> page, Optional<Language> picked) {
        return MESSAGES.in(picked.orElse(page.header().language()));
    }

    private HttpAnswer forbidden(Texts t) {
        return secured(message(403, t, "forbidden"));
    }

    /** A page that says one thing: {@code dashboard.message.<name>.title} above {@code dashboard.message.<name>}. */
    private HttpAnswer message(int status, Texts t, String name) {
        return message(status, t, name, "dashboard.message." + name);
    }

    private HttpAnswer message(int status, Texts t, String title, String messageKey) {
        return html(status, "message", Map.of("title", t.t("dashboard.message." + title + ".title"),
                "message", t.t(messageKey), "t", t));
    }

    /**
     * The language of a page that belongs to no one partnership: the one picked with the pages' link, else the reader's
     * own (their choice, else their platform's), else, before anyone is known or for a reader the bot knows no language
     * of, what the browser asks for.
     */
    private Texts texts(HttpCall call, Optional<Reader> reader, Optional<Language> picked) {
        return MESSAGES.in(picked.or(() -> reader.flatMap(dashboard::ownLanguage))
                .orElseGet(() -> BrowserLanguage.of(call.header("accept-language"))));
    }

    private HttpAnswer ok(String template, Map<String, Object> params) {
        return secured(html(200, template, params));
    }

    /** A page in its reader's language ({@code t}; every caller gives it, English is only a safety net). */
    private HttpAnswer html(int status, String template, Map<String, Object> params) {
        Map<String, Object> all = new LinkedHashMap<>(params);
        all.putIfAbsent("t", MESSAGES.in(Language.EN));
        return HttpAnswer.of(status, "text/html; charset=utf-8", templates.render(template, all));
    }

    private static HttpAnswer notAllowed(HttpCall call, String allow) {
        return secured(BrowserAnswer.text(405, call.header("accept-language"), "http.methodNotAllowed")
                .withHeader("Allow", allow));
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
