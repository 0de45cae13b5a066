package org.partnerbot.core.dashboard;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.partnerbot.core.access.Access;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.language.Readers;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.Outbox;
import org.partnerbot.core.outbox.Recipient;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/**
 * `dashboard`: privately (by direct message when asked in the channel), a sign-in link to the web pages of the partnerships the asker belongs to (or, while a session
 * of theirs lasts, just the address); `dashboard new` a fresh link for another browser.
 */
public final class DashboardCommands implements CommandSet {

    /** Where the pages live under the public URL. */
    public static final String PATH = "/dashboard/";
    public static final String SIGN_IN_PATH = PATH + "signin/";

    private final SignIn signIn;
    private final Access access;
    private final Outbox outbox;
    private final Supplier<String> baseUrl;
    private final Readers readers;

    /** @param readers the language of a link sent by direct message (the reader's own) */
    public DashboardCommands(SignIn signIn, Access access, Outbox outbox, Supplier<String> baseUrl, Readers readers) {
        this.readers = readers;
        this.signIn = signIn;
        this.access = access;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                command("dashboard").withoutPartnership().role(Role.ANYONE)
                        .does("a private link to your partnerships' dashboard in the browser", in -> answer(in, false)),
                command("dashboard new").withoutPartnership().role(Role.ANYONE)
                        .does("a new sign-in link to the dashboard, for another browser", in -> answer(in, true)));
    }

    private Reply answer(Invocation in, boolean fresh) {
        Reader reader = new Reader(in.workspace(), in.speaker().userKey());
        List<Partnership> visible = access.visibleTo(in.workspace(), in.speaker().userKey());
        if (visible.isEmpty()) {
            return Reply.toAsker(in.t("dashboard.noPartnership"));
        }
        String names = String.join(", ", visible.stream().map(Partnership::name).toList());
        if (!fresh && signIn.signedIn(reader)) {
            return Reply.asker().text(in.t("dashboard.signedIn", names))
                    .line(Line.builder().code(base() + PATH).build())
                    .note(in.t("dashboard.anotherBrowser"))
                    .build();
        }
        if (in.partnership() != null && !in.outsideChannel() && in.asker() != null) {
            // Asked in the channel: not every platform can answer there privately (Teams shows the "For @name" answer
            // to the whole thread), so the link itself goes by direct message, through the outbox.
            outbox.claim(in.partnershipId(), MessageKind.DASHBOARD_LINK, "dashboard_link/" + in.asker().id() + "/"
                            + in.now().toEpochMilli(), in.asker().id(), in.now())
                    .ifPresent(id -> outbox.enqueue(id, new Recipient(in.speaker().userKey(), in.asker().displayName()),
                            in.now()));
            return Reply.toAsker(in.t("dashboard.sentByDirectMessage", names));
        }
        return linkFor(reader, in.texts()).orElseThrow();
    }

    /** A new sign-in link for the reader, in their language, while they are a member of a partnership; in a transaction. */
    Optional<Reply> linkFor(Reader reader) {
        return linkFor(reader, readers.person(reader.workspace(), reader.userKey()));
    }

    private Optional<Reply> linkFor(Reader reader, Texts t) {
        List<Partnership> visible = access.visibleTo(reader.workspace(), reader.userKey());
        if (visible.isEmpty()) {
            return Optional.empty();
        }
        String names = String.join(", ", visible.stream().map(Partnership::name).toList());
        String token = signIn.newLink(reader);
        return Optional.of(Reply.asker().text(t.t("dashboard.link", names))
                .line(Line.builder().code(base() + SIGN_IN_PATH + token).build())
                .note(t.t("dashboard.link.note", SignIn.LINK_LIFETIME.toMinutes(), SignIn.SESSION_LIFETIME.toHours()))
                .build());
    }

    private String base() {
        String base = baseUrl.get();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
