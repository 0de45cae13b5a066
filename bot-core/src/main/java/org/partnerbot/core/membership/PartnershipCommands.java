package org.partnerbot.core.membership;

import java.util.List;
import org.partnerbot.core.access.Access;
import org.partnerbot.core.access.Visibility;
import org.partnerbot.core.audit.AuditEvent;
import org.partnerbot.core.audit.AuditLog;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.command.UserRefs;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Agency;
import org.partnerbot.core.partnership.AgencyRemoval;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.partnership.Representatives;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/** Setting a partnership up: its name, purpose, agencies, who belongs where, and who chairs. */
public final class PartnershipCommands implements CommandSet {

    static final int MAX_NAME = 200;

    private final Partnerships partnerships;
    /** Beyond this many members, `agencies` lists each person on a line of their own rather than agencies on one line each. */
    static final int MEMBERS_ON_ONE_LINE = 200;
    private final Agencies agencies;
    private final Members members;
    private final AgencyRemoval agencyRemoval;
    private final Access access;
    private final AuditLog audit;
    private final Representatives representatives;

    public PartnershipCommands(Partnerships partnerships, Agencies agencies, Members members, AgencyRemoval agencyRemoval,
                               Access access, AuditLog audit) {
        this(partnerships, agencies, members, agencyRemoval, access, audit, null);
    }

    /** @param representatives who speaks for each agency, shown by `agencies` (null: not shown) */
    public PartnershipCommands(Partnerships partnerships, Agencies agencies, Members members, AgencyRemoval agencyRemoval,
                               Access access, AuditLog audit, Representatives representatives) {
        this.representatives = representatives;
        this.partnerships = partnerships;
        this.agencies = agencies;
        this.members = members;
        this.agencyRemoval = agencyRemoval;
        this.access = access;
        this.audit = audit;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                command("setup").requires("<name>").withoutPartnership().role(Role.ADMIN)
                        .does("bind this channel as a partnership; you become its first admin", this::setup),
                command("purpose").optional("<text>").role(Role.ADMIN)
                        .does("set the shared purpose shown in help, agenda calls and minutes", this::purpose),
                command("agencies").does("list the agencies and who belongs to each", this::list),
                command("agency add").requires("<name>").role(Role.ADMIN).does("add an agency", this::addAgency),
                command("agency remove").requires("<name>").role(Role.ADMIN).does("remove an agency", this::removeAgency),
                command("agency join").requires("<name>").does("say which agency you belong to", this::join),
                command("agency link").requires("<name>").does("help.agency.link", this::link),
                command("agency unlink").requires("<name>").role(Role.ADMIN).does("help.agency.unlink", this::unlink),
                command("member add").requires("@user <agency>").role(Role.ADMIN)
                        .does("make someone a member, in an agency (leave the agency out to add them without one)",
                                this::memberAdd),
                command("chair add").requires("@user").role(Role.ADMIN).does("let someone chair meetings", this::chairAdd),
                command("chair remove").requires("@user").role(Role.ADMIN).does("stop someone chairing", this::chairRemove),
                command("admin add").requires("@user").role(Role.ADMIN).does("make someone an admin", this::adminAdd));
    }

    private Reply setup(Invocation in) {
        if (in.partnership() != null) {
            throw new UserError(in.t("partnership.setup.already", in.partnership().name()));
        }
        String name = name(in, in.args(), "partnership.name.tooLong.partnership");
        Partnership p = partnerships.create(in.workspace(), in.conversationKey(), in.conversationRef(), name);
        Member first = access.present(p, in.workspace(), in.speaker()).member();
        members.setAdmin(first.id(), true);
        audit.record(p.id(), first, first, AuditEvent.ROLE_CHANGED, "audit.detail.firstAdmin");
        boolean wholeWorkspace = access.visibility(in.workspace(), in.conversationKey()) == Visibility.WHOLE_WORKSPACE;
        // Set up before the channel's languages are chosen: the asker's.
        org.partnerbot.core.i18n.Texts t = in.texts();
        Reply.Builder reply = Reply.channel()
                .heading(t.t("partnership.setup.heading", name))
                .line(t.line("partnership.setup.firstAdmin", first.mention()))
                .note(t.t("partnership.setup.next"));
        if (wholeWorkspace) {
            reply.note(t.t("partnership.setup.public"));
        }
        return reply.build();
    }

    private Reply purpose(Invocation in) {
        if (in.args().isBlank()) {
            Partnership p = in.partnership();
            return Reply.toAsker(p.hasPurpose() ? in.t("partnership.purpose.show", p.purpose()) : in.t("partnership.purpose.none"));
        }
        partnerships.updatePurpose(in.partnershipId(), in.args());
        return in.toChannel(t -> Reply.channel().text(t.t("partnership.purpose.set", in.partnership().name(), in.args())).build());
    }

    private Reply list(Invocation in) {
        List<Agency> all = agencies.list(in.partnershipId());
        List<Member> everyone = members.list(in.partnershipId());
        List<Representatives.Representative> reps = representatives == null ? List.of()
                : representatives.list(in.partnershipId());
        java.util.Map<Long, List<Member>> byAgency = everyone.stream().filter(Member::hasAgency)
                .collect(java.util.stream.Collectors.groupingBy(Member::agencyId));
        List<Member> without = everyone.stream().filter(m -> !m.hasAgency()).toList();
        String title = in.t("partnership.agencies.title", in.partnership().name(), all.size());
        if (everyone.size() > MEMBERS_ON_ONE_LINE) {
            return largeList(in, title, all, byAgency, without);
        }
        List<Block.Item> items = all.stream().map(a -> {
            Line.Builder line = Line.builder().strong(a.name());
            if (a.linked()) {
                line.text(in.t("orgs.agencies.of", organisationName(in, a)));
            }
            line.text(": ");
            List<Member> of = byAgency.getOrDefault(a.id(), List.of());
            if (of.isEmpty()) {
                line.text(in.t("partnership.agencies.nobody"));
            }
            for (int i = 0; i < of.size(); i++) {
                line.text(i == 0 ? "" : ", ").person(of.get(i).userKey(), of.get(i).displayName());
            }
            reps.stream().filter(r -> r.agencyId() == a.id())
                    .forEach(r -> line.text(" · " + roleWord(in, r.role()) + " ").person(r.userKey(), r.displayName()));
            return Block.Item.of(line.build());
        }).toList();
        Reply.Builder reply = Reply.asker().list(title, items, in.t("partnership.agencies.none"));
        if (!without.isEmpty()) {
            Line.Builder people = Line.builder();
            for (int i = 0; i < without.size(); i++) {
                people.text(i == 0 ? "" : ", ").person(without.get(i).userKey(), without.get(i).displayName());
            }
            reply.note(in.texts().line("partnership.agencies.without", people.build()));
        }
        return reply.build();
    }

    /** A representative's role as the reader's language names it ("rep", "deputy"). */
    private static String roleWord(Invocation in, Representatives.Role role) {
        String key = "partnership.agencies.role." + role.name().toLowerCase(java.util.Locale.ROOT);
        return in.texts().has(key) ? in.t(key) : role.word();
    }

    /** A big partnership: one list per agency, a member an item, so a platform can cut it between people. */
    private static Reply largeList(Invocation in, String title, List<Agency> all, java.util.Map<Long, List<Member>> byAgency,
                                   List<Member> without) {
        Reply.Builder reply = Reply.asker().heading(title);
        for (Agency a : all) {
            List<Member> of = byAgency.getOrDefault(a.id(), List.of());
            reply.list(in.t("partnership.agencies.large", a.name(), of.size()), people(of), in.t("partnership.agencies.nobody"));
        }
        if (!without.isEmpty()) {
            reply.list(in.t("partnership.agencies.largeWithout", without.size()), people(without), null);
            reply.note(in.t("partnership.agencies.useJoin"));
        }
        return reply.build();
    }

    private static List<Block.Item> people(List<Member> of) {
        return of.stream().map(m -> Block.Item.of(Line.builder().person(m.userKey(), m.displayName()).build())).toList();
    }

    private Reply addAgency(Invocation in) {
        String name = name(in, in.args(), "partnership.name.tooLong.agency");
        if (agencies.findByName(in.partnershipId(), name).isPresent()) {
            throw new UserError(in.t("partnership.agency.exists", name));
        }
        Agency a = agencies.add(in.partnershipId(), name);
        int count = agencies.list(in.partnershipId()).size();
        return in.toChannel(t -> Reply.channel().text(t.t("partnership.agency.added", a.name(), count,
                count * (count - 1) / 2)).build());
    }

    private Reply removeAgency(Invocation in) {
        Agency a = agency(in, in.args());
        AgencyRemoval.Outcome outcome = agencyRemoval.remove(a);
        return in.toChannel(t -> {
            Reply.Builder b = Reply.channel().text(t.t("partnership.agency.removed", a.name()));
            if (outcome.membersLeft() > 0) {
                b.note(t.t("partnership.agency.removed.members", outcome.membersLeft()));
            }
            if (outcome.actionsUnassigned() > 0) {
                b.note(t.t("partnership.agency.removed.actions", outcome.actionsUnassigned()));
            }
            return b.build();
        });
    }

    private Reply join(Invocation in) {
        Agency a = agency(in, in.args());
        members.setAgency(in.asker().id(), a.id());
        // "joined", not "is with": it also reads right for the console's default speaker, "you".
        return in.toChannel(t -> Reply.channel().line(t.line("partnership.agency.joined", in.asker().mention(), a.name()))
                .build());
    }

    /**
     * Marks the agency as the asker's own organisation's (their Slack workspace, their Teams tenant): in a channel shared
     * between organisations everyone can see which agency each one is. Whoever is from that organisation may claim an
     * agency nobody has claimed; moving a claim made by another organisation takes an admin's {@code agency unlink}.
     */
    private Reply link(Invocation in) {
        Agency a = agency(in, in.args());
        String organisation = in.speaker().organisation() != null ? in.speaker().organisation() : in.workspace();
        String orgName = in.speaker().organisationName();
        if (organisation.equals(a.organisation())) {
            throw new UserError(in.t("orgs.link.already", a.name(), organisationName(in, a)));
        }
        if (a.linked()) {
            throw new UserError(in.t("orgs.link.taken", a.name(), organisationName(in, a)));
        }
        agencies.link(a.id(), organisation, orgName);
        Agency linked = new Agency(a.id(), a.partnershipId(), a.name(), organisation, orgName);
        return in.toChannel(t -> Reply.channel().line(t.line("orgs.link.done", Line.builder().strong(a.name()).build(),
                organisationName(t, linked))).build());
    }

    private Reply unlink(Invocation in) {
        Agency a = agency(in, in.args());
        if (!a.linked()) {
            throw new UserError(in.t("orgs.unlink.notLinked", a.name()));
        }
        agencies.link(a.id(), null, null);
        return in.toChannel(t -> Reply.channel().text(t.t("orgs.unlink.done", a.name(), organisationName(t, a))).build());
    }

    /** The organisation's name as it was when linked, else its platform id ("organisation T0POLICE"). */
    private static String organisationName(org.partnerbot.core.i18n.Texts t, Agency a) {
        if (a.organisationName() != null) {
            return a.organisationName();
        }
        String key = a.organisation();
        return t.t("orgs.organisation.id", key.substring(key.lastIndexOf(':') + 1));
    }

    private static String organisationName(Invocation in, Agency a) {
        return organisationName(in.texts(), a);
    }

    private Reply memberAdd(Invocation in) {
        UserRefs.Mention who = UserRefs.leading(in.args(), in.spec());
        String agencyName = in.args().substring(who.end()).strip();
        Agency a = agencyName.isEmpty() ? null : agency(in, agencyName);
        boolean wasMember = access.find(in.partnership(), who.userKey()).map(Member::active).orElse(false);
        Member m = access.add(in.partnership(), in.workspace(), who.userKey(), who.displayName());
        if (!wasMember) {
            audit.record(in.partnershipId(), in.asker(), m, AuditEvent.MEMBER_ADDED, null);
        }
        if (a == null) {
            return in.toChannel(t -> Reply.channel().line(t.line(wasMember ? "partnership.member.already"
                    : "partnership.member.now", m.mention(), in.partnership().name())).build());
        }
        members.setAgency(m.id(), a.id());
        return in.toChannel(t -> Reply.channel().line(t.line("partnership.member.with", m.mention(), a.name())).build());
    }

    private Reply chairAdd(Invocation in) {
        Member m = member(in, onlyMention(in));
        members.setChair(m.id(), true);
        audit.record(in.partnershipId(), in.asker(), m, AuditEvent.ROLE_CHANGED, "audit.detail.chairAdded");
        return in.toChannel(t -> Reply.channel().line(t.line("partnership.chair.added", m.mention())).build());
    }

    private Reply chairRemove(Invocation in) {
        Member m = existing(in, onlyMention(in));
        if (!m.chair()) {
            throw new UserError(in.t("partnership.chair.notChair", m.displayName()));
        }
        members.setChair(m.id(), false);
        audit.record(in.partnershipId(), in.asker(), m, AuditEvent.ROLE_CHANGED, "audit.detail.chairRemoved");
        return in.toChannel(t -> Reply.channel().line(t.line("partnership.chair.removed", m.mention())).build());
    }

    private Reply adminAdd(Invocation in) {
        Member m = member(in, onlyMention(in));
        members.setAdmin(m.id(), true);
        audit.record(in.partnershipId(), in.asker(), m, AuditEvent.ROLE_CHANGED, "audit.detail.adminAdded");
        return in.toChannel(t -> Reply.channel().line(t.line("partnership.admin.added", m.mention())).build());
    }

    private static UserRefs.Mention onlyMention(Invocation in) {
        return UserRefs.only(in.args(), in.spec());
    }

    /**
     * An admin giving someone a role adds them, like {@code member add} (an admin's word is what makes an admin-added
     * member); nothing else anyone names a person in makes them a member.
     */
    private Member member(Invocation in, UserRefs.Mention who) {
        boolean wasMember = access.find(in.partnership(), who.userKey()).map(Member::active).orElse(false);
        Member m = access.add(in.partnership(), in.workspace(), who.userKey(), who.displayName());
        if (!wasMember) {
            audit.record(in.partnershipId(), in.asker(), m, AuditEvent.MEMBER_ADDED, null);
        }
        return m;
    }

    private Member existing(Invocation in, UserRefs.Mention who) {
        return members.findByUserKey(in.partnershipId(), who.userKey()).filter(Member::active)
                .orElseThrow(() -> new UserError(in.t("partnership.member.notIn", who.displayName())));
    }

    Agency agency(Invocation in, String name) {
        long partnershipId = in.partnershipId();
        return agencies.findByName(partnershipId, name.strip()).orElseThrow(() -> {
            List<String> names = agencies.list(partnershipId).stream().map(Agency::name).toList();
            return new UserError(in.t("partnership.agency.unknown", name.strip(), names.size(), String.join(", ", names)),
                    in.spec());
        });
    }

    /** The name typed, spaces tidied; refused when too long ({@code tooLongKey}: whose name it is). */
    static String name(Invocation in, String text, String tooLongKey) {
        String name = text.strip().replaceAll("\\s+", " ");
        if (name.length() > MAX_NAME) {
            throw new UserError(in.t(tooLongKey, String.valueOf(name.length()), String.valueOf(MAX_NAME)));
        }
        return name;
    }
}
