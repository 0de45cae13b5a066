package org.partnerbot.core.erasure;

import org.partnerbot.core.partnership.Member;

/** Port: erasing a person's personal data, in the caller's transaction. Irreversible. */
public interface Erasure {

    /**
     * Cuts one membership loose from its person: it keeps its id (so minutes, actions, attendance and the audit log keep
     * their shape) under {@code "former member " + pseudonymNo}, without agency, roles or duties; the person's kudos given
     * and received and their pairing history are deleted, messages waiting to be sent to them are dropped, and mentions
     * of them in the partnership's stored text ({@code <@KEY>}, {@code <@KEY|Name>}, {@code @KEY}) read as the pseudonym.
     */
    void pseudonymise(Member member, String workspace, int pseudonymNo);

    /**
     * Deletes the person (name, user key, time zone) and what the platforms stored under their user key in this workspace
     * (the references to their direct conversation, delivery ids naming them, messages waiting for them). Call once no
     * membership in the workspace points at them any more.
     */
    void forgetPerson(String workspace, String userKey);
}
